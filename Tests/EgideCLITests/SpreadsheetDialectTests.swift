import EgideTestSupport
import Foundation
import Testing

/// `--csv-dialect fr`: CSV for spreadsheets in a French locale
/// (semicolons, decimal commas), opened in LibreOffice Calc without its
/// interface, read back by `egide import`, and refused without CSV.
@Suite("Spreadsheet dialects: CSV for French spreadsheets")
struct SpreadsheetDialectTests {
  /// LibreOffice's import options for a French CSV: separator `;` (59),
  /// text delimiter `"` (34), UTF-8 (76), from line 1, no column formats,
  /// language French (1036, which reads `12,5` as a number).
  static let frenchFilter = "CSV:59,34,76,1,,1036"

  /// A cell of a spreadsheet LibreOffice wrote: its value type (`string`,
  /// `float`, `date`…, empty for an empty cell), its number when it read
  /// one, and its text.
  struct SheetCell: CustomStringConvertible {
    var type: String
    var number: Double?
    var text: String

    var description: String { "\(type):\(number.map { "\($0)" } ?? text)" }
  }

  /// Converts `files` to flat OpenDocument spreadsheets with LibreOffice,
  /// in one run, reading them with the import options `filter`; returns
  /// the rows of each, in the order of `files`.
  static func convert(
    _ files: [URL], filter: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[[SheetCell]]] {
    let soffice = try #require(
      SpreadsheetFormulaTests.soffice, sourceLocation: sourceLocation)
    let work = try #require(files.first, sourceLocation: sourceLocation)
      .deletingLastPathComponent()
    let output = work.appendingPathComponent("converted")
    // A private profile: parallel runs of LibreOffice would collide on the
    // user's.
    let profile = work.appendingPathComponent("profile")
    let child = try ChildProcess(
      executable: soffice,
      arguments: [
        "-env:UserInstallation=file://\(profile.path)", "--headless",
        "--infilter=\(filter)", "--convert-to", "fods", "--outdir",
        output.path,
      ] + files.map(\.path))
    let (termination, timedOut) = child.wait(timeout: 120)
    try #require(
      termination.status == 0 && !timedOut,
      "soffice failed: \(String(decoding: child.standardErrorData(), as: UTF8.self))",
      sourceLocation: sourceLocation)
    return try files.map { file in
      let name = file.deletingPathExtension().lastPathComponent + ".fods"
      let data = try #require(
        FileManager.default.contents(
          atPath: output.appendingPathComponent(name).path),
        "soffice wrote no \(name)", sourceLocation: sourceLocation)
      return rows(ofSpreadsheet: String(decoding: data, as: UTF8.self))
    }
  }

  /// The rows of a flat OpenDocument spreadsheet, each without its
  /// trailing empty cells.
  static func rows(ofSpreadsheet document: String) -> [[SheetCell]] {
    document.matches(
      of: /<table:table-row[^>]*>(.*?)<\/table:table-row>/.dotMatchesNewlines()
    ).map { row in
      var cells: [SheetCell] = []
      for match in row.output.1.matches(
        of:
          /<table:table-cell([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/
          .dotMatchesNewlines())
      {
        let attributes = String(match.output.1)
        func attribute(_ name: String) -> String? {
          guard let found = attributes.range(of: " " + name + "=\"") else {
            return nil
          }
          return attributes[found.upperBound...].split(
            separator: "\"", maxSplits: 1, omittingEmptySubsequences: false
          ).first.map(String.init)
        }
        let type = attribute("office:value-type") ?? ""
        let paragraphs = (match.output.2.map(String.init) ?? "").matches(
          of: /<text:p>(.*?)<\/text:p>/.dotMatchesNewlines()
        ).map { unescape(String($0.output.1)) }
        let cell = SheetCell(
          type: type,
          number: type == "float"
            ? attribute("office:value").flatMap(Double.init) : nil,
          text: paragraphs.joined(separator: "\n"))
        let repeated = attribute("table:number-columns-repeated").flatMap {
          Int($0)
        }
        cells += Array(repeating: cell, count: min(repeated ?? 1, 64))
      }
      while let last = cells.last, last.type.isEmpty, last.text.isEmpty {
        cells.removeLast()
      }
      return cells
    }.filter { !$0.isEmpty }
  }

  /// XML text without its tags and entities.
  static func unescape(_ text: String) -> String {
    text.replacing(/<[^>]*>/, with: "")
      .replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// The rows of semicolon-separated CSV, strict RFC 4180 (CRLF line
  /// ends, the last record too, quotes only around a whole field), read
  /// independently of egide's own readers; nil when the text is not such
  /// CSV.
  static func semicolonCSV(_ text: String) -> [[String]]? {
    guard text.hasSuffix("\r\n") else { return nil }
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    return Formats.csv(body, separator: ";")
  }

  /// The November summary of the demo registry, in French, as CSV.
  static func summary(
    _ extra: [String], in sandbox: Sandbox,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Data {
    let result = try SummaryGoldenTests.summary(
      ["--format", "csv", "--lang", "fr"] + extra, in: sandbox)
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result.stdoutData
  }

  // MARK: - LibreOffice

  @Test(
    "LibreOffice in French reads a --csv-dialect fr summary with every field in its own column and every duration as a number",
    .enabled(
      if: SpreadsheetFormulaTests.soffice != nil,
      SpreadsheetFormulaTests.missing),
    .timeLimit(.minutes(2)))
  func libreOfficeReadsFrenchSummary() throws {
    let sandbox = try Sandbox()
    let standard = try Self.summary([], in: sandbox)
    let french = try Self.summary(["--csv-dialect", "fr"], in: sandbox)
    let standardRows = try #require(
      Formats.csv(String(decoding: standard.dropFirst(3), as: UTF8.self)))
    #expect(
      Self.semicolonCSV(String(decoding: french, as: UTF8.self))?.count
        == standardRows.count, "not semicolon-separated RFC 4180 CSV")
    let frenchFile = URL(fileURLWithPath: sandbox.path("synthese-fr.csv"))
    let standardFile = URL(fileURLWithPath: sandbox.path("synthese-std.csv"))
    try french.write(to: frenchFile)
    try standard.write(to: standardFile)

    let started = Date()
    let sheets = try Self.convert(
      [frenchFile, standardFile], filter: Self.frenchFilter)
    let seconds = Date().timeIntervalSince(started)
    #expect(seconds < 30, "LibreOffice took \(seconds) s")
    let sheet = sheets[0]

    // One spreadsheet row per CSV row, seven columns each.
    try #require(
      sheet.count == standardRows.count,
      "\(sheet.count) rows for \(standardRows.count)")
    #expect(sheet[0].map(\.text) == standardRows[0])
    var durations: [Double] = []
    for (row, expected) in zip(sheet, standardRows).dropFirst() {
      try #require(row.count == 7, "\(row) for \(expected)")
      // Codes stay text, exactly as written.
      for column in [0, 1, 2, 4, 6] {
        #expect(
          row[column].type == "string" && row[column].text == expected[column],
          "\(row[column]) for \(expected)")
      }
      if row[3].type == "string" {
        #expect(row[3].text == expected[3], "\(row) for \(expected)")
      }
      let value = expected[5]
      if value.isEmpty {
        #expect(row[5].type.isEmpty, "\(row) for \(expected)")
      } else if expected[0] != "about" && expected[0] != "tables" {
        // Every figure is a number; every duration keeps its decimals.
        #expect(
          row[5].type == "float" && row[5].number == Double(value),
          "\(row[5]) for \(expected)")
        if expected[4].hasSuffix("_days") { durations.append(Double(value)!) }
      } else if row[5].type == "string" {
        #expect(row[5].text == value, "\(row) for \(expected)")
      }
    }
    #expect(
      durations.contains { $0 != $0.rounded() },
      "no duration with decimals: \(durations)")
    // The rule, which holds a semicolon in French, stays one cell.
    let rule = try #require(sheet.first { $0[2].text == "rule" })
    #expect(rule[5].text.contains(" ; "), "\(rule)")

    // The check can fail: the standard file read the same way puts each
    // row in one column.
    let wrong = sheets[1]
    #expect(
      wrong.filter { $0.count == 7 }.count < wrong.count / 10,
      "the standard file opened in French columns: \(wrong.prefix(3))")
  }

  // MARK: - Summary

  @Test(
    "--csv-dialect standard writes the summary byte for byte as without the option, the golden file"
  )
  func standardSummaryUnchanged() throws {
    let sandbox = try Sandbox()
    let plain = try Self.summary([], in: sandbox)
    let standard = try Self.summary(["--csv-dialect", "standard"], in: sandbox)
    #expect(standard == plain)
    let golden = try #require(
      FileManager.default.contents(
        atPath: SummaryGoldenTests.goldenFolder.appendingPathComponent(
          "summary-2026-11.fr.csv"
        ).path))
    #expect(standard == golden)
    let french = try Self.summary(["--csv-dialect", "fr"], in: sandbox)
    let text = String(decoding: french, as: UTF8.self)
    #expect(text.hasPrefix("\u{FEFF}table;dimension;key;label;column;value;"))
    #expect(
      text.contains(
        "\r\nbacklog_age;figure;age_of_open_cases;Ancienneté des dossiers ouverts;median_days;86,8;false\r\n"
      ), "\(text.prefix(3000))")
  }

  // MARK: - Export and import

  @Test(
    "an export written with --csv-dialect fr imports into a new registry as the same cases"
  )
  func exportImportRoundTrip() throws {
    let f = try ExportImportTests.fixture()
    let sandbox = f.sandbox
    let file = sandbox.path("dossiers.csv")
    try sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      Sandbox.purpose, "--format", "csv", "--csv-dialect", "fr", "--out", file)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let rows = try #require(
      Self.semicolonCSV(text), "not semicolon-separated CSV:\n\(text)")
    #expect(
      rows.first
        == ExportImportTests.columns + ExportImportTests.identityColumns)
    #expect(rows.dropFirst().allSatisfy { $0.count == rows[0].count })
    // A list of values, which holds semicolons, is quoted.
    #expect(text.contains(";\"threat;doxxing\";"), "\(text)")

    let copy = try ExportImportTests.importIntoNewRegistry(
      file, named: "copie.sqlite", in: sandbox)

    _ = try ExportImportTests.expectImportedAsExported(sandbox, into: copy)
    let again = try sandbox.run(["import", file, "--db", copy])
    #expect(again.output == "imported 0, already imported 4, invalid 0")
  }

  // MARK: - Served

  @Test(
    "a served registry answers a summary, an export and a list in the fr dialect, with the cells of the standard one"
  )
  func servedAnswersInFrench() throws {
    // A fixed clock: the summary states when it was made, to the second,
    // and the two dialects are compared cell for cell.
    let served = try ServedRegistry(
      serverEnvironment: ["EGIDE_NOW": "2026-12-04T20:00:00Z"])
    let reported = try served.client(
      ServedRegistry.admin, Sandbox.reportArguments(summary: "Menace; grave"))
    try #require(reported.status == 0, "\(reported)")
    // No figure of an empty month has decimals: both dialects hold the same
    // cells.
    let commands = [
      [
        "summary", "--month", "2025-01", "--format", "csv", "--internal",
        "--min-cell", "1",
      ],
      [
        "export", "cases", "--all", "--include-identities", "--purpose",
        Sandbox.purpose,
      ],
      ["export", "cases", "--all"],
      ["list", "--format", "csv"],
    ]
    for arguments in commands {
      let standard = try served.client(ServedRegistry.admin, arguments)
      let french = try served.client(
        ServedRegistry.admin, arguments + ["--csv-dialect", "fr"])
      #expect(standard.status == 0, "\(standard)")
      #expect(french.status == 0, "\(french)")
      let rows = try #require(Self.semicolonCSV(french.stdout), "\(french)")
      #expect(rows.count > 1, "\(french)")
      let bare = String(standard.stdout.drop { $0 == "\u{FEFF}" })
      #expect(rows == Formats.csv(bare), "\(french)\n\(standard)")
    }
  }

  // MARK: - List

  @Test(
    "list --format csv --csv-dialect fr writes the same cells as the standard list, separated by semicolons"
  )
  func listInFrench() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report(summary: "Menace; grave, répétée")
    _ = try sandbox.report(
      kind: "harassment", channel: "email", summary: "Courriels")
    let arguments = [
      "list", "--format", "csv", "--identities", "--purpose", Sandbox.purpose,
    ]
    let standard = try sandbox.run(arguments + ["--db", sandbox.db])
    try #require(standard.status == 0, "\(standard)")
    let french = try sandbox.run(
      arguments + ["--csv-dialect", "fr", "--db", sandbox.db])
    try #require(french.status == 0, "\(french)")
    #expect(french.stdout.hasPrefix("reference;status;severity;assessed;"))
    #expect(french.stdout.contains(";\"Menace; grave, répétée\"\r\n"))
    let rows = try #require(Self.semicolonCSV(french.stdout), "\(french)")
    #expect(rows == Formats.csv(standard.stdout))
    #expect(rows.count == 3)
  }

  // MARK: - Refusals

  @Test(
    "--csv-dialect without a CSV format, or with an unknown dialect, is refused in one line naming the option and its value",
    arguments: [
      (
        ["summary", "--month", "2026-11", "--csv-dialect", "fr"],
        "egide: error: --csv-dialect 'fr' applies to CSV only, and the format is md; add --format csv, or leave out --csv-dialect"
      ),
      (
        [
          "summary", "--month", "2026-11", "--format", "json", "--csv-dialect",
          "standard",
        ],
        "egide: error: --csv-dialect 'standard' applies to CSV only, and the format is json; add --format csv, or leave out --csv-dialect"
      ),
      (
        ["export", "cases", "--format", "json", "--csv-dialect", "fr"],
        "egide: error: --csv-dialect 'fr' applies to CSV only, and the format is json; add --format csv, or leave out --csv-dialect"
      ),
      (
        ["list", "--csv-dialect", "fr"],
        "egide: error: --csv-dialect 'fr' applies to CSV only, and the format is table; add --format csv, or leave out --csv-dialect"
      ),
      (
        ["list", "--format", "csv", "--csv-dialect", "excel"],
        "egide: error: unknown CSV dialect 'excel'; accepted: standard, fr"
      ),
      (
        ["summary", "--history", "--csv-dialect", "fr"],
        "egide: error: --history lists what was published and takes no --csv-dialect; give --history alone, or with --format json"
      ),
    ])
  func refusals(arguments: [String], message: String) throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let result = try sandbox.run(arguments + ["--db", sandbox.db])
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(result.stderrLines.first == message, "\(result)")
    #expect(sandbox.snapshot() == before)
  }
}
