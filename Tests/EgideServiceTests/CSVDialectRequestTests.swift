import EgideCore
import EgideService
import Foundation
import Testing

/// The `csvDialect` field of the summary and export requests, as the CLI
/// and the HTTP API send it.
@Suite("CSV dialect of the summary and export requests")
struct CSVDialectRequestTests {
  typealias Fixture = ServiceFixture

  /// The refusal `body` throws, as a domain error.
  static func refusal(_ body: () throws -> Void) -> DomainError? {
    do {
      try body()
      return nil
    } catch let error as DomainError {
      return error
    } catch {
      Issue.record("not a DomainError: \(error)")
      return nil
    }
  }

  /// The whole text of an export.
  static func text(of export: ExportCases, on service: EgideService)
    throws -> String
  {
    var text = ""
    try export.prepare(on: service, as: Fixture.admin).write { text += $0 }
    return text
  }

  @Test(
    "a summary asked in the fr dialect is separated by semicolons, and in the standard one as without a dialect"
  )
  func summaryDialect() throws {
    let fixture = try Fixture()
    let french = try fixture.service.run(
      SummarizePeriod(
        month: "2026-11", internal: true, format: "csv", csvDialect: "fr"),
      as: Fixture.admin)
    #expect(
      french.text.hasPrefix(
        "\u{FEFF}table;dimension;key;label;column;value;suppressed\r\n"),
      "\(french.text.prefix(200))")
    #expect(french.contentType == "text/csv; charset=utf-8")
    let plain = try fixture.service.run(
      SummarizePeriod(month: "2026-11", internal: true, format: "csv"),
      as: Fixture.admin)
    let standard = try fixture.service.run(
      SummarizePeriod(
        month: "2026-11", internal: true, format: "csv",
        csvDialect: "standard"),
      as: Fixture.admin)
    #expect(standard.text == plain.text)
    #expect(
      plain.text.hasPrefix(
        "\u{FEFF}table,dimension,key,label,column,value,suppressed\r\n"))
  }

  @Test(
    "csvDialect with a format other than csv, or an unknown one, is refused naming csvDialect"
  )
  func refusals() throws {
    let fixture = try Fixture()
    for format in [nil, "md", "json", "html"] {
      let error = Self.refusal {
        _ = try fixture.service.run(
          SummarizePeriod(month: "2026-11", format: format, csvDialect: "fr"),
          as: Fixture.admin)
      }
      #expect(error?.field == "csvDialect", "\(format ?? "nil")")
      #expect(
        error?.message
          == "{csvDialect} 'fr' applies to CSV only, and the format is \(format ?? "md"); add {format} csv, or leave out {csvDialect}"
      )
    }
    let unknown = Self.refusal {
      _ = try fixture.service.run(
        SummarizePeriod(month: "2026-11", format: "csv", csvDialect: "excel"),
        as: Fixture.admin)
    }
    #expect(unknown?.field == "csvDialect")
    #expect(
      unknown?.message.hasPrefix(
        "unknown CSV dialect 'excel'; accepted: standard, fr") == true,
      "\(unknown?.message ?? "")")
    let export = Self.refusal {
      _ = try ExportCases(format: "json", csvDialect: "fr").prepare(
        on: fixture.service, as: Fixture.admin)
    }
    #expect(export?.field == "csvDialect")
    #expect(
      Self.refusal {
        _ = try ExportCases(csvDialect: "comma").prepare(
          on: fixture.service, as: Fixture.admin)
      }?.field == "csvDialect")
  }

  @Test(
    "an export in the fr dialect is separated by semicolons, and imports into a new registry as the same cases"
  )
  func exportImportRoundTrip() throws {
    let fixture = try Fixture()
    try fixture.report(court: "tj93008", name: "Ysolde MARVANNE")
    // Semicolons, commas and quotes in the cells, and lists.
    _ = try fixture.service.run(
      ReportCase(
        kinds: ["threat", "doxxing"], occurred: "2026-11-20",
        channel: "social_network", platform: "x", court: "tj59350",
        targets: [.init(name: "Aurèle QUENTAVIS", role: "clerk")],
        summary: "Menace; adresse, \"domicile\"",
        narrative: "Premier paragraphe, avec virgule.\nSecond ; fin.",
        authors: ["@compte_fictif", "=formule"]),
      as: Fixture.admin)
    let french = try Self.text(
      of: ExportCases(
        filters: CaseFilters(all: true), purpose: "Vérification",
        csvDialect: "fr"),
      on: fixture.service)
    let standard = try Self.text(
      of: ExportCases(filters: CaseFilters(all: true), purpose: "Vérification"),
      on: fixture.service)
    #expect(french.hasPrefix("reference;external_reference;status;"))
    #expect(standard.hasPrefix("reference,external_reference,status,"))
    #expect(french != standard)
    #expect(
      french.contains(";\"Menace; adresse, \"\"domicile\"\"\";"), "\(french)")
    #expect(french.contains(";\"'@compte_fictif;'=formule\"\r\n"), "\(french)")

    let copy = try Fixture()
    let report = try ImportCases(format: "csv").run(
      on: copy.service, as: Fixture.admin, content: Data(french.utf8))
    #expect(report.imported == 2 && report.invalid == 0, "\(report)")
    let copied = try Self.text(
      of: ExportCases(filters: CaseFilters(all: true), purpose: "Vérification"),
      on: copy.service)
    let columns = [
      "external_reference", "kinds", "channel", "platform", "court",
      "targets", "target_names", "summary", "narrative", "authors",
      "occurred", "reported_at",
    ]
    func cells(_ text: String) -> [[String: String]] {
      let rows = CSVReader.rows(of: text)
      return rows.dropFirst().map {
        Dictionary(uniqueKeysWithValues: zip(rows[0], $0))
      }.sorted {
        ($0["external_reference"] ?? "") < ($1["external_reference"] ?? "")
      }
    }
    let before = cells(standard).map { row in columns.map { row[$0] } }
    let after = cells(copied).map { row in columns.map { row[$0] } }
    #expect(after == before)
  }

  @Test("the HTTP API's csvDialect field decodes into both requests")
  func decoding() throws {
    let export = try JSONDecoder().decode(
      ExportCases.self,
      from: Data(#"{"format":"csv","csvDialect":"fr","purpose":"x"}"#.utf8))
    #expect(export.csvDialect == "fr")
    let summary = try JSONDecoder().decode(
      SummarizePeriod.self,
      from: Data(#"{"month":"2026-11","format":"csv","csvDialect":"fr"}"#.utf8))
    #expect(summary.csvDialect == "fr")
    let encoded = String(
      decoding: try JSONEncoder().encode(ExportCases(csvDialect: "fr")),
      as: UTF8.self)
    #expect(encoded.contains(#""csvDialect":"fr""#))
  }
}
