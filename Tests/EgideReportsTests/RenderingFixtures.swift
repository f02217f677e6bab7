import EgideCore
import EgideTestSupport
import Foundation
import Testing

@testable import EgideReports

/// A small invented registry, its November 2026 summary and readers for
/// every format, written independently of the renderers.
enum RenderingFixtures {
  static let paris = TimeZone(identifier: "Europe/Paris") ?? .current

  /// An instant in Paris time: `2026-11-05 10:00`.
  static func date(_ text: String) -> Date {
    let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap {
      Int($0)
    }
    let components = DateComponents(
      year: parts[0], month: parts[1], day: parts[2],
      hour: parts.count > 3 ? parts[3] : 12,
      minute: parts.count > 4 ? parts[4] : 0)
    return Calendar.gregorian(in: paris).date(from: components) ?? .distantPast
  }

  /// Invented cases: 15 threats against judges in Paris (with takedowns),
  /// 3 doxxing cases against prosecutors in Lyon, 12 outrages against
  /// clerks in Douai (resolved), 2 harassments of families at a national
  /// court (closed), and 14 threats in October.
  static var cases: [CaseFacts] {
    var cases: [CaseFacts] = []
    for index in 0..<15 {
      let reported = date("2026-11-\(3 + index / 2) 09:00")
      let measures =
        index < 4
        ? [
          CaseFacts.MeasureFacts(
            kind: .contentTakedown,
            requestedAt: reported.addingTimeInterval(3_600),
            due: nil,
            changes: [
              (.granted, reported.addingTimeInterval(3 * 86_400)),
              (.inPlace, reported.addingTimeInterval(4 * 86_400)),
            ])
        ] : []
      cases.append(
        CaseFacts(
          reportedAt: reported, kinds: [.threat], roleCategories: [.siege],
          appealCourt: "ca_paris", channel: .socialNetwork, platform: .x,
          severity: .high,
          assessmentDue: reported.addingTimeInterval(3 * 86_400),
          assessedAt: reported.addingTimeInterval(
            2 * 86_400 + 3_600 * Double(index)),
          escalations: [
            (.headOfCourt, reported.addingTimeInterval(3 * 86_400))
          ],
          endings: [], measures: measures))
    }
    for index in 0..<3 {
      let reported = date("2026-11-20 15:00")
      cases.append(
        CaseFacts(
          reportedAt: reported.addingTimeInterval(Double(index) * 600),
          kinds: [.doxxing], roleCategories: [.parquet],
          appealCourt: "ca_lyon", channel: .email, platform: nil,
          severity: .critical,
          assessmentDue: reported.addingTimeInterval(86_400), assessedAt: nil,
          escalations: [], endings: [],
          measures: [
            CaseFacts.MeasureFacts(
              kind: .contentTakedown,
              requestedAt: reported.addingTimeInterval(60),
              due: nil, changes: [])
          ]))
    }
    for index in 0..<12 {
      let reported = date("2026-11-05 11:00").addingTimeInterval(
        Double(index) * 3_600)
      cases.append(
        CaseFacts(
          reportedAt: reported, kinds: [.outrage], roleCategories: [.greffe],
          appealCourt: "ca_douai", channel: .hearing, platform: nil,
          severity: .moderate,
          assessmentDue: reported.addingTimeInterval(7 * 86_400),
          assessedAt: reported.addingTimeInterval(86_400),
          escalations: [],
          endings: [(.resolved, date("2026-11-25 10:00"))], measures: []))
    }
    for index in 0..<2 {
      let reported = date("2026-11-10 08:00").addingTimeInterval(
        Double(index) * 600)
      cases.append(
        CaseFacts(
          reportedAt: reported, kinds: [.harassment], roleCategories: [.family],
          appealCourt: nil, channel: .letter, platform: nil, severity: .low,
          assessmentDue: reported.addingTimeInterval(7 * 86_400),
          assessedAt: reported.addingTimeInterval(3_600), escalations: [],
          endings: [(.closed(.withdrawn), date("2026-11-12 10:00"))],
          measures: []))
    }
    for index in 0..<14 {
      let reported = date("2026-10-\(2 + index) 10:00")
      cases.append(
        CaseFacts(
          reportedAt: reported, kinds: [.threat], roleCategories: [.siege],
          appealCourt: "ca_paris", channel: .socialNetwork, platform: .x,
          severity: .high,
          assessmentDue: reported.addingTimeInterval(3 * 86_400),
          assessedAt: reported.addingTimeInterval(86_400), escalations: [],
          endings: [(.resolved, date("2026-10-30 10:00"))], measures: []))
    }
    return cases
  }

  /// The November 2026 summary of ``cases`` with disclosure control at k.
  static func report(minimumCount: Int = 11) throws -> SummaryReport {
    let period = try ReportingPeriod.month("2026-11", timeZone: paris)
    let built = SummaryBuilder(
      period: period, generatedAt: date("2026-12-15 13:00")
    ).build(cases)
    return DisclosureControl(rule: DisclosureRule(minimumCount: minimumCount))
      .apply(to: built)
  }

  /// What a cell must read as: `s` when suppressed, `—` when there is
  /// nothing to measure, else the figure (a count as an integer, days
  /// with one decimal).
  enum Expected: Equatable, CustomStringConvertible {
    case suppressed
    case notApplicable
    case count(Int)
    case days(Double)

    init(_ statistic: Statistic) {
      if statistic.isSuppressed {
        self = .suppressed
      } else if let value = statistic.value {
        self =
          statistic.kind == .count
          ? .count(Int(value)) : .days((value * 10).rounded() / 10)
      } else {
        self = .notApplicable
      }
    }

    var description: String {
      switch self {
      case .suppressed: "s"
      case .notApplicable: "—"
      case .count(let value): String(value)
      case .days(let value): String(format: "%.1f", value)
      }
    }
  }

  /// Every cell of every table, in display order, with what it must read
  /// as: the rows, then the total row.
  static func expectedCells(_ report: SummaryReport) -> [(
    table: String, key: String, column: String, expected: Expected,
    hidden: Double?
  )] {
    report.tables.flatMap { table in
      (table.rows + (table.total.map { [$0] } ?? [])).flatMap { row in
        zip(table.columns, row.cells).map { column, id in
          (
            table.id, row.key, column, Expected(report[id]),
            report[id].isSuppressed ? report[id].value : nil
          )
        }
      }
    }
  }

  // MARK: - Readers

  /// The data rows of each Markdown table, by table, in order: the cells
  /// after the label, with bold marks removed.
  static func markdownTables(_ text: String) -> [[[String]]] {
    let sections = text.components(separatedBy: "\n## ").dropFirst()
    return sections.map { section in
      let lines = section.split(separator: "\n").map(String.init).filter {
        $0.hasPrefix("| ")
      }
      return lines.dropFirst(1).filter { !$0.hasPrefix("| --- |") }.map {
        line in
        let inner = line.dropFirst(2).dropLast(2)
        return inner.components(separatedBy: " | ").dropFirst().map {
          $0.replacingOccurrences(of: "**", with: "")
        }
      }
    }
  }

  /// The cells of each HTML table, by table, in order: class and text of
  /// every `td`.
  static func htmlTables(_ text: String) -> [[[(class: String, text: String)]]]
  {
    let sections = text.components(
      separatedBy: "<section class=\"table-block\""
    )
    .dropFirst()
    return sections.map { section in
      let body = section.components(separatedBy: "</table>")[0]
      return body.components(separatedBy: "<tr>").dropFirst().filter {
        $0.contains("<td")
      }.map { row in
        row.matches(of: /<td class="([^"]*)"[^>]*>([^<]*)<\/td>/).map {
          (String($0.output.1), String($0.output.2))
        }
      }
    }
  }

  /// The rows of the CSV, without the header.
  static func csvRecords(_ text: String) -> [[String]] {
    Array(CSVReader.rows(of: text).dropFirst())
  }

  // MARK: - Files

  /// The folder holding Package.swift.
  static var packageRoot: URL {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(
        atPath: url.appendingPathComponent("Package.swift").path)
      {
        return url
      }
      url.deleteLastPathComponent()
    }
    return url
  }

  /// The JSON Schema of the summary.
  static var schemaURL: URL {
    packageRoot.appendingPathComponent("Schemas/summary-v1.schema.json")
  }

  /// What the validator said.
  struct Validation {
    var status: Int32
    var output: String
  }

  /// Validates a JSON document against the summary schema with Python's
  /// `jsonschema` (draft 2020-12).
  static func validate(json: String) throws -> Validation {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-render-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("summary.json")
    try Data(json.utf8).write(to: document)
    let validator = try ChildProcess(
      executable: "/usr/bin/env",
      arguments: [
        "python3", "-c",
        """
        import json, sys
        try:
            import jsonschema
        except ImportError as error:
            print("IMPORT-FAILED: python3 cannot import jsonschema:", error)
            sys.exit(3)
        schema = json.load(open(sys.argv[2]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = sorted(
            jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[1]))),
            key=lambda e: list(e.path))
        for error in errors[:5]:
            print(list(error.path), error.message)
        sys.exit(1 if errors else 0)
        """,
        document.path, schemaURL.path,
      ])
    let termination = validator.wait().termination
    let output = validator.standardOutputData() + validator.standardErrorData()
    return Validation(
      status: termination.status,
      output: String(decoding: output, as: UTF8.self))
  }
}
