import EgideCore
import Foundation
import Testing

@testable import EgideReports

@Suite("Rendering summaries in every format and language")
struct RenderingTests {
  typealias Fixtures = RenderingFixtures

  static let languages = ReportLanguage.allCases
  static let formats = SummaryFormat.allCases

  @Test("The invented registry gives suppressed, zero and unmeasured cells")
  func fixtureCoversEveryKindOfCell() throws {
    let cells = Fixtures.expectedCells(try Fixtures.report())
    #expect(cells.contains { $0.expected == .suppressed && $0.hidden == 3 })
    #expect(cells.contains { $0.expected == .count(0) })
    #expect(cells.contains { $0.expected == .notApplicable })
    #expect(
      cells.contains { if case .days = $0.expected { true } else { false } })
    #expect(cells.contains { $0.expected == .count(15) })
  }

  @Test(
    "Markdown shows each cell as its figure, s when suppressed, — when unmeasured",
    arguments: languages)
  func markdownCells(language: ReportLanguage) throws {
    let report = try Fixtures.report()
    let text = SummaryRenderer(language: language).render(report, as: .md)
    let tables = Fixtures.markdownTables(text)
    try #require(tables.count == report.tables.count, "\(text)")
    for (table, rows) in zip(report.tables, tables) {
      let expected = Fixtures.expectedCells(report).filter {
        $0.table == table.id
      }
      let shown = rows.flatMap { $0 }
      try #require(
        shown.count == expected.count, "table \(table.id): \(rows)")
      for (cell, text) in zip(expected, shown) {
        #expect(
          Self.reads(text, as: cell.expected, language: language),
          "\(table.id) \(cell.key) \(cell.column): '\(text)', expected \(cell.expected)"
        )
      }
    }
  }

  @Test(
    "HTML shows each cell as its figure, s when suppressed, — when unmeasured",
    arguments: languages)
  func htmlCells(language: ReportLanguage) throws {
    let report = try Fixtures.report()
    let text = SummaryRenderer(language: language).render(report, as: .html)
    let tables = Fixtures.htmlTables(text)
    try #require(tables.count == report.tables.count)
    for (table, rows) in zip(report.tables, tables) {
      let expected = Fixtures.expectedCells(report).filter {
        $0.table == table.id
      }
      let shown = rows.flatMap { $0 }
      try #require(shown.count == expected.count, "table \(table.id)")
      for (cell, td) in zip(expected, shown) {
        #expect(
          Self.reads(td.text, as: cell.expected, language: language),
          "\(table.id) \(cell.key) \(cell.column): '\(td.text)'")
        #expect(
          td.class.split(separator: " ").contains("s")
            == (cell.expected == .suppressed),
          "\(table.id) \(cell.key) \(cell.column): class '\(td.class)'")
      }
    }
  }

  @Test("CSV has an empty value and suppressed true for every hidden cell")
  func csvCells() throws {
    let report = try Fixtures.report()
    let records = Fixtures.csvRecords(
      SummaryRenderer(language: .en).render(report, as: .csv))
    let data = records.filter { !["about", "tables"].contains($0[0]) }
    let expected = Fixtures.expectedCells(report)
    try #require(data.count == expected.count)
    for (cell, record) in zip(expected, data) {
      #expect(record[0] == cell.table && record[2] == cell.key)
      #expect(record[4] == cell.column)
      switch cell.expected {
      case .suppressed:
        #expect(record[5] == "" && record[6] == "true", "\(record)")
      case .notApplicable:
        #expect(record[5] == "" && record[6] == "false", "\(record)")
      case .count(let value):
        #expect(record[5] == String(value) && record[6] == "false", "\(record)")
      case .days(let value):
        #expect(
          record[5] == String(format: "%.1f", value) && record[6] == "false",
          "\(record)")
      }
    }
  }

  @Test("JSON has null and suppressed true for every hidden cell, and no basis")
  func jsonCells() throws {
    let report = try Fixtures.report()
    let text = SummaryRenderer(language: .en).render(report, as: .json)
    // No statistic's basis (the count behind a median) is published.
    #expect(!text.contains("\"basis\""))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let tables = try #require(root["tables"] as? [[String: Any]])
    var cells: [[String: Any]] = []
    for table in tables {
      var rows = try #require(table["rows"] as? [[String: Any]])
      if let total = table["total"] as? [String: Any] { rows.append(total) }
      for row in rows {
        cells += try #require(row["cells"] as? [[String: Any]])
      }
    }
    let expected = Fixtures.expectedCells(report)
    try #require(cells.count == expected.count)
    for (cell, json) in zip(expected, cells) {
      #expect(Set(json.keys) == ["value", "suppressed", "unit"], "\(json)")
      let suppressed = json["suppressed"] as? Bool
      switch cell.expected {
      case .suppressed:
        #expect(json["value"] is NSNull && suppressed == true, "\(json)")
      case .notApplicable:
        #expect(json["value"] is NSNull && suppressed == false, "\(json)")
      case .count(let value):
        #expect(
          (json["value"] as? NSNumber)?.intValue == value
            && suppressed == false && json["unit"] as? String == "count",
          "\(json)")
      case .days(let value):
        let number = try #require(json["value"] as? NSNumber)
        #expect(abs(number.doubleValue - value) < 0.001, "\(json)")
        #expect(json["unit"] as? String == "days")
      }
    }
    // Integers print without a decimal point.
    #expect(text.contains("\"value\": 15\n"))
  }

  @Test(
    "The internal marker appears exactly when k is below 11",
    arguments: [1, 5, 10, 11, 12])
  func internalMarker(minimumCount: Int) throws {
    let report = try Fixtures.report(minimumCount: minimumCount)
    let isInternal = minimumCount < 11
    for language in Self.languages {
      let marker =
        language == .en
        ? "INTERNAL — NOT FOR CIRCULATION" : "INTERNE — NE PAS DIFFUSER"
      let renderer = SummaryRenderer(language: language)
      let md = renderer.render(report, as: .md)
      #expect(md.contains(marker) == isInternal)
      if isInternal {
        #expect(md.hasPrefix("> **\(marker)**"), "marker not at the top")
      }
      let html = renderer.render(report, as: .html)
      #expect(html.contains(marker) == isInternal)
      #expect(html.contains("@top-center") == isInternal)
      if isInternal {
        let body = try #require(html.range(of: "<body>"))
        #expect(
          html[body.upperBound...].trimmingCharacters(
            in: .whitespacesAndNewlines
          )
          .hasPrefix(
            "<div class=\"internal-mark\" role=\"note\">\(marker)</div>"))
      }
      let csv = Fixtures.csvRecords(renderer.render(report, as: .csv))
      #expect(
        csv.contains {
          $0[0] == "about" && $0[2] == "internal" && $0[5] == String(isInternal)
        })
      #expect(
        (csv.first?[2] == "marking" && csv.first?[5] == marker) == isInternal)
      let json = renderer.render(report, as: .json)
      #expect(json.contains("\"internal\": \(isInternal)"))
      #expect(json.contains(marker) == isInternal)
    }
  }

  @Test("Every format states the rule, the periods and when it was made")
  func headerContent() throws {
    let report = try Fixtures.report()
    let english =
      "Counts from 1 to 10 are suppressed (k = 11); further figures are suppressed so that no suppressed count can be recomputed from totals. Durations resting on fewer than 11 cases are suppressed. Zero is shown."
    let french =
      "Les effectifs de 1 à 10 sont masqués (k = 11) ; d'autres valeurs sont masquées"
    for format in Self.formats {
      let en = SummaryRenderer(language: .en).render(report, as: format)
      let fr = SummaryRenderer(language: .fr).render(report, as: format)
      let escape = { (text: String) in
        format == .html ? HTMLSummary.escape(text) : text
      }
      #expect(en.contains(escape(english)), "\(format)")
      #expect(fr.contains(escape(french)), "\(format)")
      #expect(en.contains("Égide — summary: November 2026"), "\(format)")
      #expect(fr.contains("Égide — synthèse : novembre 2026"), "\(format)")
      // What a new case is, in every format.
      #expect(en.contains("reported in the period"), "\(format)")
      #expect(fr.contains("signalé pendant la période"), "\(format)")
      for text in [en, fr] {
        #expect(text.contains("2026-10"), "\(format): no previous period")
      }
      if format == .md || format == .html {
        #expect(en.contains("1 November 2026 to 30 November 2026"))
        #expect(fr.contains("du 1er novembre 2026 au 30 novembre 2026"))
        #expect(en.contains("15 December 2026 at 13:00 (Europe/Paris)"))
        #expect(fr.contains("s = secret statistique"))
        #expect(en.contains("s = suppressed (disclosure control)"))
      }
    }
    let json = SummaryRenderer(language: .en).render(report, as: .json)
    #expect(json.contains("\"start\": \"2026-10-31T23:00:00Z\""))
    #expect(json.contains("\"end\": \"2026-11-30T23:00:00Z\""))
    #expect(json.contains("\"generatedAt\": \"2026-12-15T12:00:00Z\""))
  }

  @Test("HTML is one self-contained file: no script, no external resource")
  func htmlSelfContained() throws {
    let report = try Fixtures.report(minimumCount: 5)
    for language in Self.languages {
      let html = SummaryRenderer(language: language).render(report, as: .html)
      #expect(html.hasPrefix("<!DOCTYPE html>"))
      #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
      #expect(!html.lowercased().contains("<script"))
      #expect(!html.lowercased().contains("<link"))
      #expect(!html.lowercased().contains("<img"))
      #expect(!html.lowercased().contains("@import"))
      #expect(!html.lowercased().contains("<iframe"))
      let withoutNamespace = html.replacingOccurrences(
        of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
      #expect(!withoutNamespace.contains("http://"))
      #expect(!withoutNamespace.contains("https://"))
      #expect(!withoutNamespace.contains("//"), "protocol-relative reference")
      for match in html.matches(of: /url\(([^)]*)\)/) {
        #expect(
          match.output.1.hasPrefix("#"), "external url(\(match.output.1))")
      }
      #expect(html.contains("@page { size: A4; margin: 15mm;"))
      #expect(html.contains("counter(page) \" / \" counter(pages)"))
      #expect(html.contains("break-inside: avoid"))
      #expect(html.components(separatedBy: "<svg").count - 1 == 3)
      #expect(html.hasSuffix("</html>\n"))
    }
  }

  @Test("HTML charts draw suppressed bars as hatched placeholders marked s")
  func chartsMarkSuppressedBars() throws {
    let report = try Fixtures.report()
    let html = SummaryRenderer(language: .en).render(report, as: .html)
    let kinds = try #require(
      html.components(separatedBy: "<svg").first {
        $0.contains("id=\"new_by_kind-title\"")
      })
    // Doxxing (3) and harassment (2) are suppressed: a hatched bar and an s each.
    #expect(
      kinds.components(separatedBy: "fill=\"url(#hatch-new_by_kind)\"").count
        - 1 == 2)
    #expect(kinds.contains(">Doxxing (personal information exposed)</text>"))
    #expect(!kinds.contains(">3</text>"))
    #expect(!kinds.contains(">2</text>"))
    #expect(kinds.contains(">15</text>"))
    #expect(
      kinds.components(separatedBy: "class=\"value marker\"").count - 1 >= 2)
  }

  @Test("HTML escapes text and chart labels")
  func htmlEscapes() throws {
    #expect(
      HTMLSummary.escape("<script>alert('x') & \"y\"</script>")
        == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
    )
    let html = SummaryRenderer(language: .fr).render(
      try RenderingFixtures.report(), as: .html)
    #expect(html.contains("Cour d&#39;appel de Paris"))
    #expect(!html.contains("Cour d'appel"))
  }

  @Test(
    "CSV is UTF-8 with a BOM, CRLF lines, the documented header, and parses back"
  )
  func csvShape() throws {
    let report = try Fixtures.report()
    for language in Self.languages {
      let text = SummaryRenderer(language: language).render(report, as: .csv)
      let bytes = Array(text.utf8)
      #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(text.unicodeScalars.first == "\u{FEFF}")
      let body = String(text.unicodeScalars.dropFirst())
      #expect(
        body.hasPrefix("table,dimension,key,label,column,value,suppressed\r\n"))
      #expect(body.hasSuffix("\r\n"))
      let lines = body.components(separatedBy: "\r\n")
      #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") })
      let rows = CSVReader.rows(of: body)
      #expect(
        rows.first == [
          "table", "dimension", "key", "label", "column", "value", "suppressed",
        ])
      #expect(rows.count == lines.count - 1)
      for row in rows.dropFirst() {
        #expect(row.count == 7, "\(row)")
        #expect(["true", "false"].contains(row[6]), "\(row)")
        #expect(!row[2].isEmpty && !row[3].isEmpty, "\(row)")
      }
      #expect(
        rows.contains {
          $0[0] == "about" && $0[2] == "period" && $0[5] == "2026-11"
        })
      #expect(
        rows.contains {
          $0[0] == "about" && $0[2] == "minimum_count" && $0[5] == "11"
        })
      #expect(
        rows.contains {
          $0[0] == "tables" && $0[2] == "new_by_kind" && $0[5] == "true"
        })
      // Keys stay codes in every language; labels follow the language.
      let threat = try #require(
        rows.first { $0[0] == "new_by_kind" && $0[2] == "threat" })
      #expect(threat[3] == (language == .en ? "Threat" : "Menace"))
    }
  }

  @Test(
    "JSON validates against Schemas/summary-v1.schema.json", arguments: [5, 11])
  func jsonValidates(minimumCount: Int) throws {
    let report = try Fixtures.report(minimumCount: minimumCount)
    for language in Self.languages {
      let json = SummaryRenderer(language: language).render(report, as: .json)
      let result = try Fixtures.validate(json: json)
      #expect(!result.output.contains("IMPORT-FAILED"), "\(result.output)")
      #expect(result.status == 0, "\(language): \(result.output)")
    }
  }

  @Test(
    "The schema rejects a cell that gives its basis or a number while suppressed"
  )
  func schemaRejectsLeaks() throws {
    let json = SummaryRenderer(language: .en).render(
      try Fixtures.report(), as: .json)
    let withBasis = json.replacingOccurrences(
      of: "\"suppressed\": true,", with: "\"basis\": 3, \"suppressed\": true,")
    #expect(withBasis != json)
    let result = try Fixtures.validate(json: withBasis)
    #expect(!result.output.contains("IMPORT-FAILED"), "\(result.output)")
    #expect(result.status == 1, "\(result.output)")
    let numbered = json.replacingOccurrences(
      of:
        "\"suppressed\": true,\n              \"unit\": \"count\",\n              \"value\": null",
      with:
        "\"suppressed\": true,\n              \"unit\": \"count\",\n              \"value\": 3"
    )
    #expect(numbered != json)
    #expect(try Fixtures.validate(json: numbered).status == 1)
  }

  @Test("JSON is stable: sorted keys, the same bytes every time")
  func jsonStable() throws {
    let report = try Fixtures.report()
    let renderer = SummaryRenderer(language: .fr)
    let first = renderer.render(report, as: .json)
    #expect(first == renderer.render(try Fixtures.report(), as: .json))
    let topKeys = first.split(separator: "\n").filter {
      $0.hasPrefix("  \"")
    }.map { $0.split(separator: "\"")[1] }
    #expect(topKeys == topKeys.sorted())
    #expect(
      topKeys == [
        "definitions", "disclosure", "generatedAt", "language", "period",
        "previousPeriod", "provisional", "schema", "schemaVersion", "tables",
        "timeZone", "title",
      ])
  }

  @Test("French output uses French labels; English output English ones")
  func frenchLabels() throws {
    let report = try Fixtures.report()
    for format in Self.formats {
      let fr = SummaryRenderer(language: .fr).render(report, as: format)
      let en = SummaryRenderer(language: .en).render(report, as: format)
      for label in [
        "Menace", "Siège", "Greffe", "Familles",
        "Nouveaux dossiers des juridictions judiciaires",
        "Nouveaux dossiers par nature d", "Chef de juridiction",
        "Protection fonctionnelle", "Retrait de contenu", "Non renseignée",
      ] {
        #expect(
          fr.contains(format == .html ? HTMLSummary.escape(label) : label),
          "\(format): \(label)")
      }
      #expect(fr.lowercased().contains("siège"))
      for label in [
        "Threat", "Bench judges (siège)", "New cases at judicial courts",
        "Families",
        "Head of court", "Content takedown",
      ] {
        #expect(en.contains(label), "\(format): \(label)")
      }
      #expect(!en.contains("Menace"))
      #expect(!fr.contains("Threat"))
    }
  }

  @Test(
    "French documents write days with a decimal comma, CSV and JSON with a point"
  )
  func decimalSeparators() throws {
    let report = try Fixtures.report()
    let days = try #require(
      Fixtures.expectedCells(report).first { cell in
        if case .days(let value) = cell.expected {
          value != value.rounded()
        } else {
          false
        }
      })
    let point = days.expected.description
    let comma = point.replacingOccurrences(of: ".", with: ",")
    #expect(
      SummaryRenderer(language: .fr).render(report, as: .md).contains(
        "| \(comma) |"))
    #expect(
      SummaryRenderer(language: .en).render(report, as: .md).contains(
        "| \(point) |"))
    #expect(
      SummaryRenderer(language: .fr).render(report, as: .csv).contains(
        ",\(point),false"))
    #expect(
      SummaryRenderer(language: .fr).render(report, as: .json).contains(
        ": \(point)\n"))
  }

  /// Whether a rendered cell reads as expected.
  static func reads(
    _ text: String, as expected: Fixtures.Expected, language: ReportLanguage
  ) -> Bool {
    switch expected {
    case .suppressed: text == "s"
    case .notApplicable: text == "—"
    case .count(let value): text == String(value)
    case .days(let value):
      text
        == String(format: "%.1f", value).replacingOccurrences(
          of: ".", with: language == .fr ? "," : ".")
    }
  }
}

/// The HTML document as an institution prints it: its heading, the
/// classification on every page, and tables that do not spend pages on
/// rows with no figure shown.
@Suite("The printed HTML summary")
struct PrintedSummaryTests {
  @Test(
    "the configured heading tops the document and its classification heads every printed page"
  )
  func institutionalHeading() throws {
    let heading = SummaryHeading(
      organisation: "Ministère de la Justice", service: "Mission sûreté",
      classification: "Diffusion restreinte")
    let html = SummaryRenderer(language: .fr, heading: heading).render(
      try RenderingFixtures.report(), as: .html)
    let institution = try #require(
      html.range(of: "<div class=\"institution\">"))
    let title = try #require(html.range(of: "<h1>"))
    #expect(institution.lowerBound < title.lowerBound)
    #expect(
      html.contains("<p class=\"organisation\">Ministère de la Justice</p>"))
    #expect(
      html.contains("<p class=\"classification\">Diffusion restreinte</p>"))
    #expect(html.contains("@top-center { content: \"Diffusion restreinte"))
    let plain = SummaryRenderer(language: .fr).render(
      try RenderingFixtures.report(), as: .html)
    #expect(!plain.contains("class=\"institution\""))
    #expect(!plain.contains("@top-center"))
  }

  @Test("rows with no figure shown are grouped into one line that names them")
  func hiddenRowsGrouped() throws {
    let report = try RenderingFixtures.report()
    let html = SummaryRenderer(language: .en).render(report, as: .html)
    let json = SummaryRenderer(language: .en).render(report, as: .json)
    // The JSON keeps every row; the HTML groups three or more hidden ones.
    guard html.contains("class=\"grouped\"") else {
      #expect(!json.contains("\"suppressed\" : true"))
      return
    }
    for match in html.matches(
      of:
        /<tr class="grouped"><th scope="row">(\d+) more, every figure suppressed: ([^<]*)<\/th>/
    ) {
      let count = try #require(Int(match.output.1))
      #expect(count >= 3)
      #expect(match.output.2.components(separatedBy: " · ").count == count)
    }
  }

  @Test("the period is written in words: novembre 2026, 3e trimestre 2026")
  func periodInWords() throws {
    let html = SummaryRenderer(language: .fr).render(
      try RenderingFixtures.report(), as: .html)
    #expect(html.contains("<dd>novembre 2026 — du 1er novembre 2026"))
  }
}
