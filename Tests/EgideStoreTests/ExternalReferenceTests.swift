import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// The external reference of imported cases (migration 2) and the
/// case-by-case reading that exports use.
@Suite("External references and exports")
struct ExternalReferenceTests {
  /// The columns of the cases table.
  static func caseColumns(_ registry: Registry) throws -> [String] {
    try registry.writer.read { db in
      try Row.fetchAll(db, sql: "PRAGMA table_info(cases)").map {
        $0["name"] as String
      }
    }
  }

  /// Reports a case with an external reference in a transaction of its own.
  static func log(
    _ registry: Registry, _ external: String?, name: String = "Ondine CALVERAC"
  ) throws -> CaseReference {
    try registry.transaction { tx in
      try tx.report(
        try StoreFixture.newCase(targets: [try StoreFixture.judge(name)]),
        by: StoreFixture.actor, at: StoreFixture.reportedAt,
        deadlines: .standard, calendar: StoreFixture.calendar,
        externalReference: external)
    }
  }

  @Test(
    "a version-1 registry opened by this egide keeps its cases and gains the external_reference column"
  )
  func upgradeFromVersionOne() throws {
    try withRegistryPath { path in
      var before: [CaseState] = []
      do {
        let old = try Registry.create(
          at: path, migrations: Array(Migration.shipped.prefix(1)))
        #expect(!(try Self.caseColumns(old)).contains("external_reference"))
        let first = try old.log(try StoreFixture.newCase())
        let second = try old.log(
          try StoreFixture.newCase(
            kinds: [.harassment],
            targets: [try StoreFixture.person("Armand VELUZIER", .prosecutor)]))
        try old.assess(first, .high)
        before = [try old.caseState(first), try old.caseState(second)]
      }
      let registry = try Registry.open(at: path)
      #expect(try Self.caseColumns(registry).contains("external_reference"))
      #expect(
        try MigrationTests.applied(registry).map(\.0)
          == Migration.shipped.map(\.version))
      for state in before {
        #expect(try registry.caseState(state.reference) == state)
      }
      var query = CaseQuery(
        now: StoreFixture.reportedAt.addingTimeInterval(2 * 86_400))
      query.statuses = CaseStatus.allCases
      #expect(try registry.list(query).count == 2)
      var exported: [ExportedCase] = []
      try registry.forEachCase(matching: query) { exported.append($0) }
      #expect(exported.count == 2)
      #expect(exported.allSatisfy { $0.externalReference == nil })
      // The new column works on the upgraded registry.
      let imported = try Self.log(registry, "DLG-001")
      let found = try registry.transaction { tx in
        try [
          tx.caseReference(externalReference: "DLG-001"),
          tx.caseReference(externalReference: "DLG-002"),
        ]
      }
      #expect(found == [imported, nil])
    }
  }

  @Test(
    "an external reference is stored once: a second case with it is refused and nothing is written"
  )
  func externalReferenceIsUnique() throws {
    try withRegistryPath { path in
      let registry = try Registry.create(at: path)
      let first = try Self.log(registry, "DLG-001")
      _ = try Self.log(registry, nil)
      _ = try Self.log(registry, nil)
      let persons = try registry.count("persons")
      let error = #expect(throws: DomainError.self) {
        _ = try Self.log(registry, "DLG-001", name: "Armand VELUZIER")
      }
      #expect(error?.message.contains("\(first)") == true)
      #expect(try registry.count("cases") == 3)
      #expect(try registry.count("persons") == persons)
      // The database refuses it too.
      #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(
            sql: "UPDATE cases SET external_reference = 'DLG-001' WHERE id = 2")
        }
      }
      // The reported event keeps it in the history.
      let facts = try registry.writer.read { db in
        try String.fetchOne(
          db,
          sql:
            "SELECT facts FROM events WHERE case_id = 1 AND change = 'reported'"
        )
      }
      #expect(facts?.contains("\"externalReference\":\"DLG-001\"") == true)
    }
  }

  @Test(
    "forEachCase gives the cases list selects, in the same order, with their persons"
  )
  func forEachCaseMatchesList() throws {
    try withRegistry { registry in
      let bobigny = try registry.log(
        try StoreFixture.newCase(
          targets: [
            try StoreFixture.judge("Ondine CALVERAC"),
            try StoreFixture.person("Théo CALVERAC", .family),
          ], severity: .high))
      let lille = try registry.log(
        try StoreFixture.newCase(
          kinds: [.harassment], court: StoreFixture.lille,
          targets: [try StoreFixture.person("Armand VELUZIER", .clerk)],
          severity: .low))
      _ = try registry.log(
        try StoreFixture.newCase(
          kinds: [.outrage], court: StoreFixture.parisTribunal,
          severity: nil))
      try registry.assess(lille, .moderate)
      let now = StoreFixture.reportedAt.addingTimeInterval(30 * 86_400)
      var queries: [CaseQuery] = []
      var query = CaseQuery(now: now)
      queries.append(query)
      query.appealCourt = "ca_paris"
      queries.append(query)
      query = CaseQuery(now: now)
      query.kinds = [.harassment]
      query.statuses = CaseStatus.allCases
      queries.append(query)
      query = CaseQuery(now: now)
      query.overdueOnly = true
      queries.append(query)
      query = CaseQuery(now: now)
      query.order = .reference
      query.limit = 2
      queries.append(query)
      for query in queries {
        var exported: [CaseReference] = []
        try registry.forEachCase(matching: query) {
          exported.append($0.state.reference)
        }
        #expect(exported == (try registry.list(query)).map(\.reference))
      }
      var found: ExportedCase?
      try registry.forEachCase(matching: CaseQuery(now: now)) { exported in
        if exported.state.reference == bobigny { found = exported }
      }
      let exported = try #require(found)
      #expect(
        exported.persons.map(\.identity.name) == [
          "Ondine CALVERAC", "Théo CALVERAC",
        ])
      #expect(exported.persons.last?.relatedTo == exported.persons.first?.id)
    }
  }

  @Test("an error thrown while exporting reaches the caller unchanged")
  func bodyErrorsPassThrough() throws {
    struct Stop: Error, Equatable {}
    try withRegistry { registry in
      _ = try registry.log(try StoreFixture.newCase())
      _ = try registry.log(try StoreFixture.newCase())
      var seen = 0
      #expect(throws: Stop.self) {
        try registry.forEachCase(matching: CaseQuery(now: Date())) { _ in
          seen += 1
          throw Stop()
        }
      }
      #expect(seen == 1)
    }
  }
}
