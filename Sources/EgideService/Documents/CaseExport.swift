import EgideCore
import EgideReports
import EgideStore
import Foundation

/// The rows of `egide export cases`: every field of a case, in CSV or
/// JSON, with the identifying ones only when asked for.
///
/// The column names are also the keys of the JSON objects and the columns
/// `egide import` reads, so that an export with identities can be
/// imported again (see ``ImportColumns``).
enum CaseExport {
  /// One cell of an exported case.
  enum Value {
    /// Text, or nothing.
    case text(String?)
    /// Values joined with `separator` in CSV, an array in JSON.
    case list([String], separator: String)
    /// `yes`/`no` in CSV, a boolean in JSON.
    case flag(Bool)
    /// A number.
    case count(Int)
    /// Objects in JSON (each a list of key and text); in CSV, each
    /// object's `csv` text joined with `|`.
    case objects([(csv: String, fields: [(String, String?)])])
  }

  /// The columns every export has, in order.
  static let columns = [
    "reference", "external_reference", "status", "severity", "assessed",
    "reported_severity", "factors", "reported_factors", "kinds", "channel",
    "platform", "court", "appeal_court", "occurred", "occurred_precision",
    "reported_at", "reported_by", "assessment_due", "assessed_at",
    "assigned_to", "closure_reason", "duplicate_of", "ended_at", "targets",
    "person_ids", "measures", "evidence_count", "event_count", "overdue",
  ]

  /// The identifying columns, added at the end with
  /// `--include-identities` only.
  static let identityColumns = [
    "summary", "narrative", "target_names", "authors",
  ]

  /// The separator of values in list cells (kinds, factors, authors).
  static let valueSeparator = ";"
  /// The separator of per-target and per-measure entries.
  static let entrySeparator = "|"

  /// The header of an export.
  static func header(includeIdentities: Bool) -> [String] {
    columns + (includeIdentities ? identityColumns : [])
  }

  /// The occurrence date in a form `egide import` reads back with the
  /// same precision: an instant in UTC to the second when known to the
  /// minute, else the day or the month in the registry's time zone.
  static func occurred(_ date: OccurrenceDate, display: Display) -> String {
    switch date.precision {
    case .minute: ISODate.string(date.start)
    case .day: display.day(date.start)
    case .month: String(display.day(date.start).prefix(7))
    }
  }

  /// `role` or `role:function`.
  static func target(_ person: TargetedPerson) -> String {
    person.role.rawValue + (person.function.map { ":" + $0.rawValue } ?? "")
  }

  /// The cells of one case, in the order of ``header(includeIdentities:)``.
  static func values(
    _ exported: ExportedCase, includeIdentities: Bool, display: Display,
    now: Date
  ) -> [Value] {
    let state = exported.state
    let report = state.report
    func date(_ value: Date?) -> Value { .text(value.map(ISODate.string)) }
    func values<T: DomainValue>(_ list: [T]) -> Value {
      .list(list.map(\.rawValue), separator: valueSeparator)
    }
    var cells: [Value] = [
      .text(state.reference.description),
      .text(exported.externalReference ?? state.reference.description),
      .text(state.status.rawValue), .text(state.severity?.rawValue),
      .flag(state.assessedSeverity != nil),
      .text(report.reportedSeverity?.rawValue), values(state.factors),
      values(report.factors), values(report.kinds),
      .text(report.channel.rawValue), .text(report.platform?.rawValue),
      .text(report.court.code), .text(report.court.appealCourtCode),
      .text(report.occurred.map { occurred($0, display: display) }),
      .text(report.occurred?.precision.rawValue), date(state.reportedAt),
      .text(state.reportedBy), date(report.assessmentDue),
      date(state.assessedAt), .text(state.assignee),
      .text(state.closureReason?.rawValue),
      .text(state.duplicateOf?.description), date(state.endedAt),
      .objects(
        exported.persons.map { person in
          (
            target(person),
            [
              ("person_id", person.id.description),
              ("role", person.role.rawValue),
              ("function", person.function?.rawValue),
              ("related_to", person.relatedTo?.description),
            ]
          )
        }),
      .list(
        exported.persons.map(\.id.description), separator: entrySeparator),
      .objects(
        state.measures.map { measure in
          (
            "\(measure.id):\(measure.kind.rawValue):\(measure.status.rawValue)",
            [
              ("id", measure.id.description), ("kind", measure.kind.rawValue),
              ("status", measure.status.rawValue),
            ]
          )
        }),
      .count(state.evidence.count), .count(state.events.count),
      .flag(state.isOverdue(at: now)),
    ]
    if includeIdentities {
      cells += [
        .text(report.summary), .text(report.narrative),
        .list(
          exported.persons.map(\.identity.name), separator: entrySeparator),
        .list(report.authors, separator: valueSeparator),
      ]
    }
    return cells
  }

  /// One CSV line, in `dialect`.
  static func csvRow(_ values: [Value], dialect: CSVDialect = .standard)
    -> String
  {
    SpreadsheetCell.row(
      values.map { value in
        switch value {
        case .text(let text): text ?? ""
        case .list(let items, let separator): items.joined(separator: separator)
        case .flag(let flag): flag ? "yes" : "no"
        case .count(let count): String(count)
        case .objects(let objects):
          objects.map(\.csv).joined(separator: entrySeparator)
        }
      }, dialect: dialect)
  }

  /// A column name as a JSON key: `external_reference` is
  /// `externalReference`.
  static func camelCase(_ name: String) -> String {
    let words = name.split(separator: "_")
    guard let first = words.first else { return name }
    return String(first) + words.dropFirst().map(\.capitalized).joined()
  }

  /// One JSON object, indented to sit in a top-level array: camelCase keys
  /// in sorted order, as every JSON output of egide.
  static func jsonObject(_ values: [Value], keys: [String]) -> String {
    func string(_ text: String?) -> String {
      text.map(JSONText.string) ?? "null"
    }
    var members: [String] = []
    for (key, value) in zip(keys, values) {
      let rendered: String
      switch value {
      case .text(let text): rendered = string(text)
      case .list(let items, _):
        rendered =
          "[" + items.map(JSONText.string).joined(separator: ", ") + "]"
      case .flag(let flag): rendered = flag ? "true" : "false"
      case .count(let count): rendered = String(count)
      case .objects(let objects):
        rendered =
          "["
          + objects.map { object in
            "{"
              + object.fields.sorted { camelCase($0.0) < camelCase($1.0) }.map {
                "\(JSONText.string(camelCase($0.0))): \(string($0.1))"
              }
              .joined(separator: ", ") + "}"
          }.joined(separator: ", ") + "]"
      }
      members.append("    \(JSONText.string(camelCase(key))): \(rendered)")
    }
    members.sort()
    return "  {\n" + members.joined(separator: ",\n") + "\n  }"
  }
}

/// JSON text written by hand, so that an export streams object by object
/// with its keys in column order.
enum JSONText {
  /// A JSON string literal.
  static func string(_ text: String) -> String { JSONLiteral.string(text) }
}
