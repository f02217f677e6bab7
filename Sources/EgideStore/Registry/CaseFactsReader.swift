import EgideCore
import Foundation
import GRDB

/// Reads the anonymous facts of cases one case at a time, so that memory
/// does not grow with the number of cases.
///
/// Two cursors run side by side in case order: the case rows (with their
/// kinds and the roles of the persons they target) and their lifecycle
/// events, whose facts SQLite extracts from the JSON (no JSON decoding in
/// Swift). Reads clear columns and event facts only, never an identity.
struct CaseFactsReader {
  /// The changes that make up the facts of a case.
  static let changes =
    "(" + changeNames.sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"

  let db: Database
  /// The cases to read, by row identifier; every case when nil.
  let ids: [Int64]?

  /// Whether a change of this name is one the facts are made of: a case
  /// changed otherwise (a note, evidence, an assignment) has the same
  /// facts.
  static func readsChange(named name: String) -> Bool {
    changeNames.contains(name)
  }

  private static let changeNames: Set<String> = [
    "reported", "assessed", "escalated", "resolved", "closed", "reopened",
    "measure_requested", "measure_updated",
  ]

  /// Calls `body` with the facts of each selected case, in id order.
  func read(_ body: (CaseFacts) throws -> Void) throws {
    try readByCase { _, facts in try body(facts) }
  }

  /// Calls `body` with the row identifier and the facts of each selected
  /// case, in id order.
  func readByCase(_ body: (Int64, CaseFacts) throws -> Void) throws {
    // SQLite takes no array parameter: a JSON array of the identifiers
    // stands in for one, read once into each query's IN list.
    var arguments = StatementArguments()
    var selected = ""
    if let ids {
      arguments = ["[" + ids.map(String.init).joined(separator: ",") + "]"]
      selected = "IN (SELECT value FROM json_each(?))"
    }
    let cases = try Row.fetchCursor(
      db,
      sql: """
        SELECT c.id, c.reported_at, c.severity, c.appeal_court, c.channel,
          c.platform, c.assessment_due, c.assessed_at,
          (SELECT group_concat(k.kind) FROM case_kinds k WHERE k.case_id = c.id)
            AS kinds,
          (SELECT group_concat(p.role) FROM case_targets t
            JOIN persons p ON p.id = t.person_id WHERE t.case_id = c.id)
            AS roles,
          c.court, c.occurred_at
        FROM cases c
        \(ids == nil ? "" : "WHERE c.id \(selected)")
        ORDER BY c.id
        """, arguments: arguments)
    // `+e.change` keeps SQLite on the (case_id, sequence) index, in the
    // order wanted, rather than on events_by_change then a sort.
    let events = try Row.fetchCursor(
      db,
      sql: """
        SELECT e.case_id, e.change, e.recorded_at,
          CASE e.change
            WHEN 'reported' THEN json_extract(e.facts, '$.reportedSeverity')
            WHEN 'assessed' THEN json_extract(e.facts, '$.severity')
            WHEN 'escalated' THEN json_extract(e.facts, '$.level')
            WHEN 'closed' THEN json_extract(e.facts, '$.closureReason')
            WHEN 'measure_requested' THEN json_extract(e.facts, '$.measureKind')
            WHEN 'measure_updated' THEN json_extract(e.facts, '$.to')
          END AS value,
          CASE WHEN e.change IN ('measure_requested', 'measure_updated')
            THEN json_extract(e.facts, '$.measure') END AS measure,
          CASE WHEN e.change = 'measure_requested'
            THEN json_extract(e.facts, '$.due') END AS due
        FROM events e
        WHERE \(ids == nil ? "" : "e.case_id \(selected) AND")
          +e.change IN \(Self.changes)
        ORDER BY e.case_id, e.sequence
        """, arguments: arguments)
    let protections = try Self.protections(
      in: db, selected: ids == nil ? nil : selected, arguments: arguments)
    var pending = try events.next().map(Event.init)
    while let row = try cases.next() {
      let id: Int64 = row[0]
      var facts = try Self.facts(from: row)
      var measureSlots: [Int: Int] = [:]
      while let event = pending, event.caseID <= id {
        if event.caseID == id {
          try Self.apply(event, to: &facts, measureSlots: &measureSlots)
        }
        pending = try events.next().map(Event.init)
      }
      for (measure, slot) in measureSlots {
        if let (basis, silenceEnds) = protections[measure] {
          facts.measures[slot].protectionBasis = basis
          facts.measures[slot].silenceEnds = silenceEnds
        }
      }
      try body(id, facts)
    }
  }

  /// The basis of each protection fonctionnelle and the instant its
  /// silence becomes a refusal (the start of that day, in Paris: the
  /// summary's months are Europe/Paris months), by measure.
  ///
  /// `selected` (`IN (…)` with its `arguments`) keeps those of some cases
  /// only; nil keeps every one.
  static func protections(
    in db: Database, selected: String? = nil,
    arguments: StatementArguments = StatementArguments()
  ) throws -> [Int: (ProtectionBasis, Date)] {
    guard try db.tableExists("protection_requests") else { return [:] }
    var found: [Int: (ProtectionBasis, Date)] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: selected.map {
        """
        SELECT p.id, p.basis, p.silence_ends FROM protection_requests p
        JOIN measures m ON m.id = p.id WHERE m.case_id \($0)
        """
      } ?? "SELECT id, basis, silence_ends FROM protection_requests",
      arguments: selected == nil ? StatementArguments() : arguments)
    while let row = try rows.next() {
      guard let basis = ProtectionBasis(rawValue: row[1]),
        let start = ProtectionRequest.start(
          of: row[2], in: LocalCalendar.metropolitan.timeZone)
      else {
        throw StoreError(
          .corruptValue,
          "protection request \(row[0] as Int) holds an unknown basis or day; the registry was altered outside Égide"
        )
      }
      found[row[0]] = (basis, start)
    }
    return found
  }

  /// The facts of a case row, before its events (columns by position, in
  /// the order of the query in ``read(_:)``).
  static func facts(from row: Row) throws -> CaseFacts {
    guard let channel = Channel(rawValue: row[4]) else {
      throw StoreError(.corruptValue, "a case row holds an unknown channel")
    }
    let kinds = ((row[8] as String?) ?? "").split(separator: ",")
      .compactMap { IncidentKind(rawValue: String($0)) }
    var categories: [RoleCategory] = []
    for role in ((row[9] as String?) ?? "").split(separator: ",") {
      if let category = Role(rawValue: String(role))?.category,
        !categories.contains(category)
      {
        categories.append(category)
      }
    }
    var facts = CaseFacts(
      reportedAt: try StoredDate.date(from: row[1]),
      kinds: kinds, roleCategories: categories,
      appealCourt: row[3], channel: channel,
      platform: (row[5] as String?).flatMap(Platform.init),
      severity: (row[2] as String?).flatMap(Severity.init),
      assessmentDue: try StoredDate.date(from: row[6]),
      assessedAt: try (row[7] as String?).map {
        text throws(StoreError) in try StoredDate.date(from: text)
      },
      escalations: [], endings: [], measures: [])
    facts.isAdministrative =
      CourtDirectory.shared.court(code: row[10])?.isAdministrative ?? false
    facts.occurred = try (row[11] as String?).map {
      text throws(StoreError) in try StoredDate.date(from: text)
    }
    return facts
  }

  /// One lifecycle event, copied out of its cursor row (columns by
  /// position, in the order of the query in ``read(_:)``).
  struct Event {
    var caseID: Int64
    var change: String
    var recordedAt: String
    /// The one fact of the change a summary uses (severity, level, closure
    /// reason, measure kind or measure status).
    var value: String?
    var measure: Int?
    var due: String?

    init(_ row: Row) {
      caseID = row[0]
      change = row[1]
      recordedAt = row[2]
      value = row[3]
      measure = row[4]
      due = row[5]
    }

    /// The value read as a `T`; nil when absent.
    ///
    /// - Throws: ``StoreError`` `.corruptValue` for a value that is not one.
    func value<T: RawRepresentable<String>>(_: T.Type) throws(StoreError)
      -> T?
    {
      guard let value else { return nil }
      guard let parsed = T(rawValue: value) else {
        throw StoreError(
          .corruptValue,
          "a '\(change)' event holds the unknown value '\(value)'; the registry was altered outside Égide"
        )
      }
      return parsed
    }
  }

  /// Adds one event to the facts of its case.
  static func apply(
    _ event: Event, to facts: inout CaseFacts,
    measureSlots: inout [Int: Int]
  ) throws {
    let at = try StoredDate.date(from: event.recordedAt)
    switch event.change {
    case "reported":
      facts.severity = try event.value(Severity.self)
    case "assessed":
      if let severity = try event.value(Severity.self) {
        facts.assessments.append((severity, at))
      }
    case "escalated":
      if let level = try event.value(EscalationLevel.self) {
        facts.escalations.append((level, at))
      }
    case "resolved":
      facts.endings.append((.resolved, at))
    case "closed":
      if let reason = try event.value(ClosureReason.self) {
        facts.endings.append((.closed(reason), at))
      }
    case "reopened":
      facts.endings.append((.reopened, at))
    case "measure_requested":
      if let id = event.measure, let kind = try event.value(MeasureKind.self) {
        measureSlots[id] = facts.measures.count
        facts.measures.append(
          CaseFacts.MeasureFacts(
            kind: kind, requestedAt: at,
            due: try event.due.map { text throws(StoreError) in
              try StoredDate.date(from: text)
            }, changes: []))
      }
    case "measure_updated":
      if let id = event.measure, let slot = measureSlots[id],
        let status = try event.value(MeasureStatus.self)
      {
        facts.measures[slot].changes.append((status, at))
      }
    default: break
    }
  }
}
