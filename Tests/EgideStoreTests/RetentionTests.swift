import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// The retention purge in the registry: identities of cases finished long
/// ago are erased, from the file and its log too; the facts and the
/// persons other cases still need stay.
@Suite("Retention purge")
struct RetentionTests {
  static let long = StoreFixture.paris(2019, 3, 4, 10)
  static let now = StoreFixture.paris(2026, 11, 26, 12)
  static let policy = RetentionPolicy.standard

  /// Three cases: one resolved in 2019 naming only Ombeline FARGESTRE,
  /// one closed in 2019 naming Ysoline QUERVAIN, and one still open in
  /// 2026 naming Ysoline QUERVAIN again.
  static func populate(_ registry: Registry) throws -> (
    resolved: CaseReference, closed: CaseReference, open: CaseReference
  ) {
    let resolved = try registry.log(
      try StoreFixture.newCase(
        targets: [try StoreFixture.judge("Ombeline FARGESTRE")],
        summary: "Menaces de Trevalgue"),
      at: long)
    try registry.transaction { tx in
      try tx.record(resolved) {
        try $0.assess(
          severity: .moderate, factors: [], by: StoreFixture.actor,
          at: long.addingTimeInterval(60))
      }
      try tx.record(resolved) {
        try $0.note(
          "Appel de Pellistrane", by: StoreFixture.actor,
          at: long.addingTimeInterval(90))
      }
      try tx.record(resolved) {
        try $0.resolve(
          outcome: "Auteur Gravolain condamné", by: StoreFixture.actor,
          at: long.addingTimeInterval(120))
      }
    }
    let closed = try registry.log(
      try StoreFixture.newCase(
        targets: [try StoreFixture.person("Ysoline QUERVAIN", .clerk)],
        summary: "Courrier de Morlandaise"),
      at: long)
    try registry.transaction { tx in
      try tx.record(closed) {
        try $0.close(
          reason: .withdrawn, duplicateOf: nil, by: StoreFixture.actor,
          at: long.addingTimeInterval(300))
      }
    }
    let open = try registry.log(
      try StoreFixture.newCase(
        targets: [.existing(PersonID(2))], summary: "Nouvelle menace"),
      at: StoreFixture.paris(2026, 10, 1, 9))
    return (resolved, closed, open)
  }

  static let purgedSecrets = [
    "Ombeline", "FARGESTRE", "Trevalgue", "Pellistrane", "Gravolain",
    "Morlandaise",
  ]

  static func fileBytes(_ path: String) -> Data {
    var bytes = Data()
    for file in [path, path + "-wal"] {
      bytes.append(FileManager.default.contents(atPath: file) ?? Data())
    }
    return bytes
  }

  @Test(
    "cases finished beyond the period lose their identities, from the file too; facts stay"
  )
  func purge() throws {
    // A registry in clear, so that the file's bytes show what is left.
    try withRegistryPath { path in
      let registry = try Registry.create(at: path)
      let (resolved, closed, open) = try Self.populate(registry)
      for secret in Self.purgedSecrets {
        #expect(IdentityBoundaryTests.contains(Self.fileBytes(path), secret))
      }
      let factsBefore = try registry.caseFacts()
      let outcome = try registry.applyRetention(
        Self.policy, at: Self.now, timeZone: StoreFixture.paris,
        by: "Admin Quelvane", dryRun: false)
      #expect(outcome.cases.map(\.reference) == [resolved, closed])
      #expect(outcome.personsPurged == 1)
      #expect(outcome.personsKept == 1)
      let bytes = Self.fileBytes(path)
      for secret in Self.purgedSecrets {
        #expect(
          !IdentityBoundaryTests.contains(bytes, secret),
          "'\(secret)' is still in the file")
      }
      // The clerk is still named by the open case.
      #expect(IdentityBoundaryTests.contains(bytes, "QUERVAIN"))
      #expect(try registry.caseFacts() == factsBefore)
      let state = try registry.caseState(resolved)
      #expect(state.purgedAt == Self.now)
      #expect(state.report.summary == IdentityVault.purged)
      #expect(state.events.last?.actor == "Admin Quelvane")
      #expect(
        try registry.persons([PersonID(1), PersonID(2)]).map(\.identity.name)
          == [IdentityVault.purged, "Ysoline QUERVAIN"])
      #expect(try registry.caseState(open).report.summary == "Nouvelle menace")
      // Applied again, nothing is left to do.
      let again = try registry.applyRetention(
        Self.policy, at: Self.now, timeZone: StoreFixture.paris,
        by: "Admin Quelvane", dryRun: false)
      #expect(again.cases.isEmpty)
    }
  }

  @Test("a dry run says what would be purged and changes nothing")
  func dryRun() throws {
    try withRegistry { registry in
      let (resolved, closed, _) = try Self.populate(registry)
      let before = try IdentityBoundaryTests.allValues(registry).map {
        "\($0.table).\($0.column)=\($0.value)"
      }
      let outcome = try registry.applyRetention(
        Self.policy, at: Self.now, timeZone: StoreFixture.paris,
        by: "Admin Quelvane", dryRun: true)
      #expect(outcome.cases.map(\.reference) == [resolved, closed])
      #expect(outcome.personsPurged == 1)
      #expect(
        try IdentityBoundaryTests.allValues(registry).map {
          "\($0.table).\($0.column)=\($0.value)"
        } == before)
    }
  }

  @Test("a case ended less than the period ago is kept")
  func withinThePeriod() throws {
    try withRegistry { registry in
      _ = try Self.populate(registry)
      // 2024-03-03: the 2019 cases ended 4 years and 364 days before.
      let outcome = try registry.applyRetention(
        Self.policy, at: StoreFixture.paris(2024, 3, 3, 12),
        timeZone: StoreFixture.paris, by: "Admin Quelvane", dryRun: false)
      #expect(outcome.cases.isEmpty)
      let later = try registry.applyRetention(
        try RetentionPolicy(years: 4), at: StoreFixture.paris(2024, 3, 3, 12),
        timeZone: StoreFixture.paris, by: "Admin Quelvane", dryRun: true)
      #expect(later.cases.count == 2)
    }
  }
}
