import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// The hash chains of the case history, the notice history and the access
/// log: written with every row, completed for older registries, and broken
/// by any edit made outside Égide, on real files.
@Suite("Hash chains")
struct HashChainTests {
  /// A registry (sealed under `key` when given) of four cases (invented names) with assessments,
  /// evidence, a takedown notice answered by the platform and five access
  /// entries: events 1-4 are the reports, 5-6 assessments, 7 the measure,
  /// 8-9 evidence; notice events 1-3; access entries 1-5.
  @discardableResult
  static func populate(_ path: String, key: RegistryKey? = nil) throws
    -> [CaseReference]
  {
    let registry = try Registry.create(at: path, key: key)
    let names = [
      "Aurélien QUERVAL", "Bérénice OSSANT", "Cyprien LAVOINE",
      "Domitille FRESSANGE",
    ]
    var references: [CaseReference] = []
    for (index, name) in names.enumerated() {
      references.append(
        try registry.log(
          try StoreFixture.newCase(
            targets: [try StoreFixture.judge(name)],
            summary: "Message menaçant fictif n° \(index)"),
          at: StoreFixture.reportedAt.addingTimeInterval(
            TimeInterval(index * 60))))
    }
    try registry.assess(references[0], .high)
    try registry.assess(references[1], .low)
    let later = StoreFixture.reportedAt.addingTimeInterval(7_200)
    let measure = try registry.transaction { tx in
      try tx.requestMeasure(
        in: references[0], kind: .contentTakedown, authority: "X", due: nil,
        beneficiary: nil, by: StoreFixture.actor, at: later)
    }
    for (index, reference) in references[2...3].enumerated() {
      try registry.transaction { tx in
        _ = try tx.addEvidence(
          to: reference, .url("https://exemple.test/fil/\(index)"),
          description: nil, by: StoreFixture.actor,
          at: later.addingTimeInterval(TimeInterval(60 + index)))
      }
    }
    let sentAt = later.addingTimeInterval(1_800)
    try registry.transaction { tx in
      let notice = try tx.draftNotice(
        for: measure, platform: nil, channel: .trustedFlagger,
        trustedFlagger: "Association de signalement fictive",
        urls: ["https://x.com/compte_imaginaire_1/status/501"],
        notifier: try Notifier(
          name: "Ysaline MORVANEC", email: "ysaline.morvanec@example.org"),
        reasons: "Adresse du domicile publiée", by: StoreFixture.actor,
        at: later.addingTimeInterval(600))
      _ = try tx.sendNotice(
        notice, sentAt: sentAt, by: StoreFixture.actor, at: sentAt)
      _ = try tx.recordReply(
        to: notice, .removed, urls: [], statement: "Retiré",
        decidedAt: sentAt.addingTimeInterval(3_600), by: StoreFixture.actor,
        at: sentAt.addingTimeInterval(3_600))
    }
    for index in 0..<5 {
      try registry.recordAccess(
        AccessEntry(
          actor: index.isMultiple(of: 2) ? "Agent Lormier" : "Agent Sauvel",
          recordedAt: sentAt.addingTimeInterval(TimeInterval(7_200 + index)),
          action: .show, caseReference: references[index % 4],
          purpose: "préparer la plainte n° \(index)"))
    }
    return references
  }

  /// Edits the file with raw SQL as someone outside Égide would: every
  /// append-only trigger is dropped first, foreign keys are off.
  static func tamper(_ path: String, _ sql: String) throws {
    try MaintenanceTests.tamper(
      path, sql,
      dropping: [
        "events_are_append_only_update", "events_are_append_only_delete",
        "events_chain_is_set_once", "notice_events_are_append_only_update",
        "notice_events_are_append_only_delete",
        "notice_events_chain_is_set_once", "access_log_is_append_only_update",
        "access_log_is_append_only_delete",
      ])
  }

  /// The chains of the registry at `path`, opened without a key.
  static func verify(_ path: String) throws -> ChainVerification {
    try Registry.open(at: path).verifyChains()
  }

  /// The chain of `table`.
  static func chain(_ verification: ChainVerification, _ table: String)
    throws -> ChainVerification.Chain
  {
    try #require(verification.chains.first { $0.table == table })
  }

  @Test("every row written through Égide is chained, verified without the key")
  func intactRegistry() throws {
    try withRegistryPath { path in
      try Self.populate(path, key: .generate())
      let verification = try Self.verify(path)
      #expect(verification.isIntact)
      #expect(verification.firstBreak == nil)
      #expect(
        verification.chains.map(\.table) == [
          "events", "notice_events", "access_log", "seal_generations",
        ])
      #expect(verification.chains.map(\.rows) == [9, 3, 5, 0])
      #expect(verification.chains.allSatisfy { $0.state == .intact })
      let registry = try Registry.open(at: path)
      for chain in verification.chains {
        let (unchained, last) = try registry.writer.read { db in
          (
            try Int.fetchOne(
              db,
              sql:
                "SELECT count(*) FROM \(chain.table) WHERE chain_hash IS NULL"),
            try String.fetchOne(
              db,
              sql:
                "SELECT chain_hash FROM \(chain.table) ORDER BY id DESC LIMIT 1"
            )
          )
        }
        #expect(unchained == 0, "\(chain.table)")
        // An empty table's head is its start value.
        if last != nil { #expect(chain.head == last, "\(chain.table)") }
      }
    }
  }

  @Test("a new write chains from the head noted before it")
  func headMovesWithEachWrite() throws {
    try withRegistryPath { path in
      let references = try Self.populate(path)
      let before = try Self.verify(path)
      let registry = try Registry.open(at: path)
      try registry.assess(references[2], .moderate)
      let after = try Self.verify(path)
      #expect(after.isIntact)
      let (events, noted) = (
        try Self.chain(after, "events"), try Self.chain(before, "events")
      )
      #expect(events.rows == 10)
      #expect(events.head != noted.head)
      let previous = try registry.writer.read { db in
        try String.fetchOne(
          db, sql: "SELECT chain_hash FROM events WHERE id = 9")
      }
      #expect(previous == noted.head)
      #expect(
        after.chains.dropFirst().map(\.head)
          == before.chains.dropFirst().map(\.head))
    }
  }

  @Test("an empty registry's chains are intact and start from its identifier")
  func emptyRegistry() throws {
    try withRegistryPath { path in
      let registry = try Registry.create(at: path)
      let verification = try registry.verifyChains()
      #expect(verification.isIntact)
      #expect(verification.chains.map(\.rows) == [0, 0, 0, 0])
      let id = try registry.writer.read { db in try ChainHash.registryID(db) }
      #expect(
        verification.chains.map(\.head)
          == ChainHash.tables.map { ChainHash.start(table: $0, registryID: id) }
      )
      #expect(Set(verification.chains.map(\.head)).count == 4)
    }
  }

  @Test("two registries with the same history have different chains")
  func chainsStartFromTheRegistry() throws {
    try withScratch { directory in
      let heads = try ["a.egide", "b.egide"].map { name in
        let path = directory.appendingPathComponent(name).path
        let registry = try Registry.create(at: path)
        _ = try registry.log(
          try StoreFixture.newCase(), at: StoreFixture.reportedAt)
        return try Self.chain(registry.verifyChains(), "events").head
      }
      #expect(heads[0] != heads[1])
    }
  }

  /// An edit made outside Égide and the break verification must report.
  struct Tampering: Sendable, CustomTestStringConvertible {
    var name: String
    var sql: String
    var table: String
    var row: Int64
    var reason: ChainBreak.Reason
    var testDescription: String { name }
  }

  /// A made-up event row for case 1, as raw SQL values after `id`.
  static let madeUpEvent =
    "1, 50, 'note', 'Intrus Fictif', '2026-07-07T10:00:00.000Z', '{}'"

  static let tamperings = [
    Tampering(
      name: "an event's actor changed",
      sql: "UPDATE events SET actor = 'Quelqu''un d''autre' WHERE id = 5",
      table: "events", row: 5, reason: .changed),
    Tampering(
      name: "an event's facts changed",
      sql:
        "UPDATE events SET facts = json_set(facts, '$.severity', 'low') WHERE id = 5",
      table: "events", row: 5, reason: .changed),
    Tampering(
      name: "the last event's date changed",
      sql:
        "UPDATE events SET recorded_at = '2026-07-01T08:00:00.000Z' WHERE id = 9",
      table: "events", row: 9, reason: .changed),
    Tampering(
      name: "a middle event deleted",
      sql: "DELETE FROM events WHERE id = 5",
      table: "events", row: 6, reason: .unlinked),
    Tampering(
      name: "the first event deleted",
      sql: "DELETE FROM events WHERE id = 1",
      table: "events", row: 2, reason: .unlinked),
    Tampering(
      name: "an event added at the end with a made-up hash",
      sql: """
        INSERT INTO events (id, case_id, sequence, change, actor, recorded_at,
          facts, chain_hash)
        VALUES (10, \(madeUpEvent), printf('%064d', 0))
        """,
      table: "events", row: 10, reason: .changed),
    Tampering(
      name: "an event added at the end with the last row's hash",
      sql: """
        INSERT INTO events (id, case_id, sequence, change, actor, recorded_at,
          facts, chain_hash)
        VALUES (10, \(madeUpEvent),
          (SELECT chain_hash FROM events WHERE id = 9))
        """,
      table: "events", row: 10, reason: .changed),
    Tampering(
      name: "an event inserted in the middle with a copied hash",
      sql: """
        UPDATE events SET id = id + 100 WHERE id >= 5;
        UPDATE events SET id = id - 99 WHERE id >= 105;
        INSERT INTO events (id, case_id, sequence, change, actor, recorded_at,
          facts, chain_hash)
        VALUES (5, \(madeUpEvent), (SELECT chain_hash FROM events WHERE id = 6))
        """,
      table: "events", row: 5, reason: .unlinked),
    Tampering(
      name: "two events swapped",
      sql: """
        UPDATE events SET id = -5 WHERE id = 5;
        UPDATE events SET id = 5 WHERE id = 7;
        UPDATE events SET id = 7 WHERE id = -5;
        """,
      table: "events", row: 5, reason: .unlinked),
    Tampering(
      name: "two neighbouring events swapped",
      sql: """
        UPDATE events SET id = -5 WHERE id = 5;
        UPDATE events SET id = 5 WHERE id = 6;
        UPDATE events SET id = 6 WHERE id = -5;
        """,
      table: "events", row: 5, reason: .unlinked),
    Tampering(
      name: "an event's hash removed",
      sql: "UPDATE events SET chain_hash = NULL WHERE id = 5",
      table: "events", row: 5, reason: .missing),
    Tampering(
      name: "a notice event's actor changed",
      sql: "UPDATE notice_events SET actor = 'Intrus Fictif' WHERE id = 2",
      table: "notice_events", row: 2, reason: .changed),
    Tampering(
      name: "a notice event deleted",
      sql: "DELETE FROM notice_events WHERE id = 2",
      table: "notice_events", row: 3, reason: .unlinked),
    Tampering(
      name: "an access entry's purpose changed",
      sql: "UPDATE access_log SET purpose = 'routine' WHERE id = 3",
      table: "access_log", row: 3, reason: .changed),
    Tampering(
      name: "an access entry's user changed",
      sql: "UPDATE access_log SET actor = 'Agent Sauvel' WHERE id = 1",
      table: "access_log", row: 1, reason: .changed),
    Tampering(
      name: "an access entry deleted",
      sql: "DELETE FROM access_log WHERE id = 3",
      table: "access_log", row: 4, reason: .unlinked),
    Tampering(
      name: "two access entries swapped",
      sql: """
        UPDATE access_log SET id = -2 WHERE id = 2;
        UPDATE access_log SET id = 2 WHERE id = 4;
        UPDATE access_log SET id = 4 WHERE id = -2;
        """,
      table: "access_log", row: 2, reason: .unlinked),
  ]

  @Test("an edit made outside Égide is found at its row", arguments: tamperings)
  func tamperingIsFound(_ tampering: Tampering) throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(path, tampering.sql)
      let verification = try Self.verify(path)
      #expect(!verification.isIntact)
      let link = try #require(verification.firstBreak)
      #expect(link.table == tampering.table)
      #expect(link.rowID == tampering.row)
      #expect(link.reason == tampering.reason)
      #expect(
        link.message.contains("row \(tampering.row) of \(tampering.table)"))
      #expect(link.message.contains("restore the registry from a backup"))
      // The other chains are still intact.
      for chain in verification.chains where chain.table != tampering.table {
        #expect(chain.state == .intact, "\(chain.table)")
      }
    }
  }

  @Test("a break names the case and event number of the row")
  func breakNamesTheCase() throws {
    try withRegistryPath { path in
      let references = try Self.populate(path)
      try Self.tamper(path, "UPDATE events SET actor = 'Intrus' WHERE id = 5")
      let link = try #require(try Self.verify(path).firstBreak)
      #expect(link.subject == "case \(references[0]), event 2")
      #expect(
        link.location == "row 5 of events (case \(references[0]), event 2)")
    }
  }

  @Test("a row inserted with a recomputed hash breaks the link after it")
  func insertedWithRecomputedHash() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      let queue = try DatabaseQueue(path: path)
      let previous = try queue.read { db in
        try String.fetchOne(
          db, sql: "SELECT chain_hash FROM events WHERE id = 4")
      }
      try queue.close()
      let values =
        [Int64(5), 1, 50].map(\.databaseValue)
        + ["note", "Intrus Fictif", "2026-07-07T10:00:00.000Z", "{}"].map(
          \.databaseValue)
      let hash = ChainHash.hash(
        previous: try #require(previous), values: values)
      try Self.tamper(
        path,
        """
        UPDATE events SET id = id + 100 WHERE id >= 5;
        UPDATE events SET id = id - 99 WHERE id >= 105;
        INSERT INTO events (id, case_id, sequence, change, actor, recorded_at,
          facts, chain_hash)
        VALUES (5, \(Self.madeUpEvent), '\(hash)')
        """)
      let link = try #require(try Self.verify(path).firstBreak)
      #expect(link.table == "events")
      #expect(link.rowID == 6)
      #expect(link.reason == .unlinked)
    }
  }

  @Test("the last row deleted is caught only by the head noted before")
  func deletedLastRowChangesTheHead() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      let noted = try Self.chain(Self.verify(path), "access_log").head
      try Self.tamper(path, "DELETE FROM access_log WHERE id = 5")
      let verification = try Self.verify(path)
      #expect(verification.isIntact)
      #expect(try Self.chain(verification, "access_log").head != noted)
    }
  }

  @Test("writes after a broken row go on, and the break stays reported")
  func writesAfterABreak() throws {
    try withRegistryPath { path in
      let references = try Self.populate(path)
      try Self.tamper(path, "UPDATE events SET chain_hash = NULL WHERE id = 9")
      let registry = try Registry.open(at: path)
      try registry.assess(references[3], .high)
      let link = try #require(try registry.verifyChains().firstBreak)
      #expect(link.rowID == 9)
      #expect(link.reason == .missing)
      #expect(try Self.chain(registry.verifyChains(), "events").rows == 10)
    }
  }

  @Test("four writers at once keep every chain intact")
  func concurrentWriters() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      let errors = runOnThreads(4) { thread in
        let registry = try Registry.open(at: path)
        for index in 0..<5 {
          let date = StoreFixture.reportedAt.addingTimeInterval(
            TimeInterval(thread * 100 + index))
          let reference = try registry.log(
            try StoreFixture.newCase(
              targets: [
                try StoreFixture.judge("Juge Fictive T\(thread)N\(index)")
              ], now: date), at: date)
          try registry.recordAccess(
            AccessEntry(
              actor: "Agent \(thread)", recordedAt: date, action: .show,
              caseReference: reference, purpose: "vérification fictive"))
        }
      }
      #expect(errors == [])
      let verification = try Self.verify(path)
      #expect(
        verification.isIntact, "\(String(describing: verification.firstBreak))")
      #expect(verification.chains.map(\.rows) == [20, 0, 20, 0])
    }
  }

  @Test("doctor verifies the chains and names a broken row")
  func doctorReportsTheChain() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      let healthy = try Registry.checkHealth(at: path)
      let intact = try #require(
        healthy.checks.first { $0.name == "hash chain" })
      #expect(intact.name == "hash chain")
      #expect(intact.outcome == .passed)
      #expect(
        intact.summary
          == "intact (events 9, notice_events 3, access_log 5, seal_generations 0 rows)"
      )
      try Self.tamper(path, "DELETE FROM notice_events WHERE id = 1")
      let health = try Registry.checkHealth(at: path)
      let chain = try #require(
        MaintenanceTests.failure(health, "hash chain"))
      #expect(
        chain.summary
          == "broken at row 2 of notice_events (notice N-000001, event 2)")
      #expect(chain.problems.count == 1)
      #expect(
        chain.problems.first?.hasPrefix(
          "hash chain: row 2 of notice_events (notice N-000001, event 2) breaks the hash chain: its hash does not follow the previous row's"
        ) == true, "\(chain.problems)")
    }
  }

  /// A registry at `path` made with the migrations before the chain,
  /// holding the cases and notices of `source` copied row by row.
  static func olderRegistry(at path: String, from source: String) throws {
    let older = Migration.shipped.filter { $0.version < 6 }
    do { _ = try Registry.create(at: path, migrations: older) }
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [source])
      try db.inTransaction {
        for table in [
          "persons", "reference_counters", "cases", "case_kinds",
          "case_targets", "events", "measures", "evidence", "notices",
          "notice_urls", "notice_events",
        ] {
          // The older schema's columns: the chain's are not among them.
          let columns = try db.columns(in: table, in: "main").map(\.name)
            .joined(separator: ", ")
          try db.execute(
            sql: """
              INSERT INTO main.\(table) (\(columns))
              SELECT \(columns) FROM source.\(table)
              """)
        }
        return .commit
      }
      try db.execute(sql: "DETACH DATABASE source")
    }
    try queue.close()
  }

  /// A populated registry in clear (as registries were before sealing),
  /// for copying into an older one.
  static func clearSource(_ path: String) throws {
    let registry = try Registry.create(at: path)
    let references = try (0..<3).map { index in
      try registry.log(
        try StoreFixture.newCase(
          targets: [try StoreFixture.judge("Juge Ancienne N\(index)")],
          summary: "Message fictif ancien n° \(index)"),
        at: StoreFixture.reportedAt.addingTimeInterval(TimeInterval(index)))
    }
    try registry.assess(references[1], .high)
    let later = StoreFixture.reportedAt.addingTimeInterval(7_200)
    try registry.transaction { tx in
      let measure = try tx.requestMeasure(
        in: references[0], kind: .contentTakedown, authority: "X", due: nil,
        beneficiary: nil, by: StoreFixture.actor, at: later)
      let notice = try tx.draftNotice(
        for: measure, platform: nil, channel: .trustedFlagger,
        trustedFlagger: "Association de signalement fictive",
        urls: ["https://x.com/compte_imaginaire_2/status/9"],
        notifier: try Notifier(
          name: "Ysaline MORVANEC", email: "ysaline.morvanec@example.org"),
        reasons: nil, by: StoreFixture.actor, at: later)
      _ = try tx.sendNotice(
        notice, sentAt: later, by: StoreFixture.actor, at: later)
    }
  }

  @Test("an upgraded registry's history is chained when first opened")
  func backfill() throws {
    try withScratch { directory in
      let source = directory.appendingPathComponent("source.egide").path
      try Self.clearSource(source)
      let path = directory.appendingPathComponent("older.egide").path
      try Self.olderRegistry(at: path, from: source)
      // Before its first opening, doctor says the chain is not there.
      let older = try Registry.checkHealth(at: path)
      #expect(
        older.checks.first { $0.name == "hash chain" }?.summary
          == "not present in this registry")
      #expect(
        older.checks.first { $0.name == "hash chain" }?.outcome
          == .informational)

      // Migrated but not yet opened by a writing command: pending, with
      // the heads the completion will give.
      let queue = try DatabaseQueue(path: path)
      try Migrator(migrations: Migration.shipped).migrate(queue)
      let pending = try queue.read { db in try ChainVerifier.verify(db) }
      try queue.close()
      #expect(pending.isIntact)
      #expect(
        pending.chains.map(\.state.name) == [
          "pending", "pending", "intact", "intact",
        ])
      #expect(pending.chains.map(\.rows) == [5, 2, 0, 0])
      let waiting = try #require(
        Registry.checkHealth(at: path).checks.first { $0.name == "hash chain" })
      #expect(waiting.outcome == .informational)
      #expect(waiting.summary.hasPrefix("pending"), "\(waiting.summary)")

      let registry = try Registry.open(at: path)
      let verification = try registry.verifyChains()
      #expect(verification.isIntact)
      #expect(verification.chains.allSatisfy { $0.state == .intact })
      // The upgrade to schema version 9 recorded its seal generation; the
      // histories' heads are the ones the completion promised.
      #expect(verification.chains.map(\.rows) == [5, 2, 0, 1])
      #expect(
        verification.chains.prefix(3).map(\.head)
          == pending.chains.prefix(3).map(\.head))
      let (unchained, marker) = try registry.writer.read { db in
        (
          try Int.fetchOne(
            db,
            sql: """
              SELECT (SELECT count(*) FROM events WHERE chain_hash IS NULL)
                + (SELECT count(*) FROM notice_events WHERE chain_hash IS NULL)
              """),
          try String.fetchOne(
            db, sql: "SELECT value FROM registry_info WHERE key = 'chain'")
        )
      }
      #expect(unchained == 0)
      #expect(marker == nil)

      // New rows chain on from the completed ones.
      let reference = try registry.log(
        try StoreFixture.newCase(), at: StoreFixture.reportedAt)
      try registry.recordAccess(
        AccessEntry(
          actor: "Agent Lormier", recordedAt: StoreFixture.reportedAt,
          action: .show, caseReference: reference, purpose: "contrôle fictif"))
      let after = try Registry.open(at: path).verifyChains()
      #expect(after.isIntact)
      #expect(after.chains.map(\.rows) == [6, 2, 1, 1])
      #expect(try Registry.checkHealth(at: path).isHealthy)
    }
  }

  @Test("after the completion, a row left without a hash is a broken link")
  func unchainedRowAfterBackfill() throws {
    try withScratch { directory in
      let source = directory.appendingPathComponent("source.egide").path
      try Self.clearSource(source)
      let path = directory.appendingPathComponent("older.egide").path
      try Self.olderRegistry(at: path, from: source)
      do { _ = try Registry.open(at: path) }
      try Self.tamper(
        path,
        """
        INSERT INTO events (id, case_id, sequence, change, actor, recorded_at,
          facts)
        VALUES (6, \(Self.madeUpEvent))
        """)
      let link = try #require(try Self.verify(path).firstBreak)
      #expect(link.rowID == 6)
      #expect(link.reason == .missing)
    }
  }
}
