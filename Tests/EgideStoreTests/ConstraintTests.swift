import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// One enumerated column, the values the Swift side writes to it, and the
/// row it is tried on.
struct EnumeratedColumn: Sendable, CustomTestStringConvertible {
  var table: String
  var column: String
  var values: [String]
  /// Picks the row to update (a WHERE clause).
  var row: String = "1 = 1"

  var testDescription: String { "\(table).\(column)" }
}

@Suite("Schema constraints")
struct ConstraintTests {
  static let columns: [EnumeratedColumn] = [
    .init(
      table: "persons", column: "role", values: Role.acceptedValues,
      row: "function IS NULL"),
    .init(
      table: "persons", column: "function",
      values: StaffFunction.acceptedValues, row: "role <> 'family'"),
    .init(
      table: "cases", column: "status", values: CaseStatus.acceptedValues),
    .init(
      table: "cases", column: "severity", values: Severity.acceptedValues),
    .init(table: "cases", column: "channel", values: Channel.acceptedValues),
    .init(
      table: "cases", column: "platform", values: Platform.acceptedValues),
    .init(
      table: "cases", column: "closure_reason",
      values: ClosureReason.acceptedValues),
    .init(
      table: "cases", column: "occurred_precision",
      values: ["minute", "day", "month"], row: "occurred_at IS NOT NULL"),
    .init(
      table: "case_kinds", column: "kind",
      values: IncidentKind.acceptedValues),
    .init(
      table: "measures", column: "kind", values: MeasureKind.acceptedValues),
    .init(
      table: "measures", column: "status",
      values: MeasureStatus.acceptedValues),
    .init(
      table: "evidence", column: "source", values: ["url"],
      row: "content IS NULL"),
  ]

  /// A registry holding one row in every table: a case with a judge and a
  /// family member, a measure, a URL and a file.
  static func populated(_ body: (Registry) throws -> Void) throws {
    try withRegistry { registry in
      let newCase = try StoreFixture.newCase(
        occurred: OccurrenceDate(
          start: StoreFixture.paris(2026, 7, 1), precision: .day),
        targets: [
          try StoreFixture.judge(),
          try StoreFixture.person("Ilvane VAUOLIN", .family),
        ])
      let reference = try registry.log(newCase)
      let later = StoreFixture.reportedAt.addingTimeInterval(3_600)
      try registry.transaction { tx in
        _ = try tx.requestMeasure(
          in: reference, kind: .policeProtection,
          authority: "Préfecture imaginaire", due: nil, beneficiary: nil,
          by: StoreFixture.actor, at: later)
        _ = try tx.addEvidence(
          to: reference, .url("https://exemple.test/publication/1"),
          description: nil, by: StoreFixture.actor, at: later)
        _ = try tx.addEvidence(
          to: reference, .file(name: "capture.png", bytes: Data([1, 2, 3])),
          description: nil, by: StoreFixture.actor, at: later)
      }
      try body(registry)
    }
  }

  /// Runs an UPDATE and returns the SQLite error, if any.
  static func update(
    _ registry: Registry, _ column: EnumeratedColumn, to value: String
  ) -> DatabaseError? {
    do {
      try registry.writer.write { db in
        try db.execute(
          sql:
            "UPDATE \(column.table) SET \(column.column) = ? WHERE \(column.row)",
          arguments: [value])
        #expect(db.changesCount > 0, "no \(column.table) row to update")
      }
      return nil
    } catch let error as DatabaseError {
      return error
    } catch {
      Issue.record("unexpected \(error)")
      return nil
    }
  }

  @Test(
    "a value outside the enumeration is refused by the CHECK constraint",
    arguments: columns)
  func bogusValueRefused(_ column: EnumeratedColumn) throws {
    try Self.populated { registry in
      for bogus in ["bogus", "", "JUDGE", "Threat", " new"] {
        let error = Self.update(registry, column, to: bogus)
        #expect(
          error?.extendedResultCode == .SQLITE_CONSTRAINT_CHECK,
          "\(column.testDescription) accepted '\(bogus)'")
      }
    }
  }

  @Test(
    "every value the Swift enumeration writes is accepted",
    arguments: columns)
  func everyEnumValueAccepted(_ column: EnumeratedColumn) throws {
    try Self.populated { registry in
      #expect(!column.values.isEmpty)
      for value in column.values {
        let error = Self.update(registry, column, to: value)
        #expect(
          error == nil,
          "\(column.testDescription) refused '\(value)': \(String(describing: error))"
        )
      }
    }
  }

  @Test("the CHECK of each enumerated column lists every Swift value")
  func checkTextListsEveryValue() throws {
    try withRegistry { registry in
      for column in Self.columns {
        let sql = try registry.writer.read { db in
          try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE name = ?",
            arguments: [column.table])
        }
        let text = try #require(sql)
        for value in column.values {
          #expect(
            text.contains("'\(value)'"),
            "\(column.testDescription): '\(value)' missing")
        }
      }
    }
  }

  /// Appends an event with this change name to case 1.
  static func insertEvent(_ registry: Registry, change: String) throws {
    try registry.writer.write { db in
      let next =
        try Int.fetchOne(
          db, sql: "SELECT max(sequence) + 1 FROM events WHERE case_id = 1")
        ?? 1
      try db.execute(
        sql: """
          INSERT INTO events (case_id, sequence, change, actor, recorded_at,
            facts)
          VALUES (1, ?, ?, 'Délégué Orvanne', '2026-07-06T09:00:00.000Z', '{}')
          """, arguments: [next, change])
    }
  }

  @Test("an event with an unknown change name is refused")
  func bogusEventChangeRefused() throws {
    try Self.populated { registry in
      let before = try registry.count("events")
      for bogus in ["bogus", "noted", "Reported", ""] {
        let error = #expect(throws: DatabaseError.self) {
          try Self.insertEvent(registry, change: bogus)
        }
        #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
      }
      #expect(try registry.count("events") == before)
    }
  }

  @Test("every CaseChange name is accepted by the events table")
  func everyChangeNameAccepted() throws {
    try Self.populated { registry in
      let before = try registry.count("events")
      for name in CaseChange.names {
        try Self.insertEvent(registry, change: name)
      }
      #expect(try registry.count("events") == before + CaseChange.names.count)
    }
  }

  @Test("CaseChange.names holds the name of every kind of change")
  func changeNamesAreComplete() throws {
    let court = StoreFixture.bobigny
    let report = IncidentReport(
      kinds: [.threat], occurred: nil, channel: .email, platform: nil,
      court: court, targets: [PersonID(1)], reportedSeverity: nil,
      factors: [], summary: "s", narrative: nil, authors: [],
      assessmentDue: Date())
    let changes: [CaseChange] = [
      .reported(report), .assessed(severity: .low, factors: []),
      .escalated(level: .headOfCourt, authority: nil, reason: "r"),
      .assigned(to: "a"), .noted("n"),
      .evidenceAdded(
        EvidenceItem(
          id: EvidenceID(1), source: .url("u"), description: nil,
          capturedBy: "a", capturedAt: Date())),
      .measureRequested(
        Measure(
          id: MeasureID(1), kind: .other, authority: "a",
          beneficiary: PersonID(1), requestedAt: Date(), due: nil)),
      .measureUpdated(
        id: MeasureID(1), from: .requested, to: .granted, note: nil),
      .resolved(outcome: "o"), .closed(reason: .unfounded, duplicateOf: nil),
      .reopened(reason: "r"), .purged(retentionYears: 5),
    ]
    #expect(changes.map(\.name) == CaseChange.names)
  }

  @Test("the events table refuses UPDATE and DELETE")
  func eventsAreAppendOnly() throws {
    try Self.populated { registry in
      let before = try registry.writer.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY id")
      }
      #expect(before.count >= 2)
      let statements = [
        "UPDATE events SET actor = 'Faussaire Quelmont'",
        "UPDATE events SET facts = '{}' WHERE id = 1",
        "DELETE FROM events WHERE id = 1",
        "DELETE FROM events",
      ]
      for statement in statements {
        let error = #expect(throws: DatabaseError.self, "\(statement)") {
          try registry.writer.write { try $0.execute(sql: statement) }
        }
        #expect(
          error?.message?.contains("append-only") == true,
          "\(statement): \(String(describing: error))")
      }
      let after = try registry.writer.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY id")
      }
      #expect(after == before)
    }
  }

  @Test("a family member cannot hold a court function")
  func familyHasNoFunction() throws {
    try Self.populated { registry in
      let error = #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(
            sql: "UPDATE persons SET function = 'jld' WHERE role = 'family'")
        }
      }
      #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
    }
  }

  @Test("a stored file needs its content and its SHA-256; a URL has neither")
  func evidenceSourceMatchesContent() throws {
    try Self.populated { registry in
      for statement in [
        "UPDATE evidence SET content = NULL WHERE source = 'file'",
        "UPDATE evidence SET sha256 = NULL WHERE source = 'file'",
        "UPDATE evidence SET sha256 = 'abc' WHERE source = 'file'",
        "UPDATE evidence SET source = 'file' WHERE source = 'url'",
      ] {
        let error = #expect(throws: DatabaseError.self, "\(statement)") {
          try registry.writer.write { try $0.execute(sql: statement) }
        }
        #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
      }
    }
  }
}
