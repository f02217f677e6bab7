import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Schema 10: protection fonctionnelle records and the R741-15 route")
struct ProtectionMigrationTests {
  @Test(
    "an older registry's statutory measures get their basis from the person protected, and its occultation requests survive the table's rebuild"
  )
  func upgradeKeepsEverything() throws {
    try withRegistryPath { path in
      let reference: CaseReference
      do {
        let old = try Registry.create(
          at: path, migrations: Array(Migration.shipped.prefix(9)))
        reference = try old.log(
          try StoreFixture.newCase(
            targets: [
              try StoreFixture.person("Ysolde FARGIER", .clerk),
              try StoreFixture.person("Arsène FARGIER", .family),
            ]))
        try old.transaction { tx in
          // 31 December: two months on is the last day of February.
          _ = try tx.requestMeasure(
            in: reference, kind: .statutoryProtection, authority: "SAR",
            due: nil, beneficiary: PersonID(1), by: StoreFixture.actor,
            at: StoreFixture.paris(2026, 12, 31, 10))
          _ = try tx.requestMeasure(
            in: reference, kind: .statutoryProtection, authority: "SAR",
            due: nil, beneficiary: PersonID(2), by: StoreFixture.actor,
            at: StoreFixture.paris(2027, 1, 5, 10))
          let occultation = try tx.requestMeasure(
            in: reference, kind: .openDataOccultation, authority: "Chefs",
            due: nil, beneficiary: PersonID(1), by: StoreFixture.actor,
            at: StoreFixture.paris(2027, 1, 5, 11))
          let filed = try tx.fileOccultation(
            on: occultation,
            decisions: [
              try DecisionReference(
                court: StoreFixture.parisAppeal, number: "25/04411")
            ], by: StoreFixture.actor, at: StoreFixture.paris(2027, 1, 5, 12))
          _ = try tx.decideOccultation(
            filed.id, .refused, notified: nil, by: StoreFixture.actor,
            at: StoreFixture.paris(2027, 1, 20, 12))
        }
        let tables = try old.writer.read { db in
          try db.tableExists("protection_requests")
        }
        #expect(!tables)
      }
      let registry = try Registry.open(at: path)
      let rows = try registry.writer.read { db in
        try Row.fetchAll(
          db,
          sql:
            "SELECT id, basis, requested_on, silence_ends FROM protection_requests ORDER BY id"
        )
      }
      #expect(rows.count == 2)
      #expect(rows.first?["basis"] == "public_agent")
      #expect(rows.first?["requested_on"] == "2026-12-31")
      #expect(rows.first?["silence_ends"] == "2027-02-28")
      #expect(rows.last?["basis"] == "agent_relative")
      #expect(rows.last?["silence_ends"] == "2027-03-05")
      let kept = try registry.occultation(OccultationID(1)).request
      #expect(kept.status == .refused)
      #expect(kept.route == .cassationMagistrate)
      #expect(kept.decisions.first?.court.code == "ca_paris")
      let problems = try registry.writer.read { db in
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      }
      #expect(problems.isEmpty)
      // The rebuilt table takes the new route.
      let administrative = try registry.transaction { tx in
        let measure = try tx.requestMeasure(
          in: reference, kind: .openDataOccultation, authority: "Chefs",
          due: nil, beneficiary: PersonID(1), by: StoreFixture.actor,
          at: StoreFixture.paris(2027, 2, 1, 12))
        return try tx.fileOccultation(
          on: measure,
          decisions: [
            try DecisionReference(
              court: StoreFixture.court("ta_lille"), number: "2401234")
          ], by: StoreFixture.actor, at: StoreFixture.paris(2027, 2, 1, 12))
      }
      #expect(administrative.route == .councilOfStateMember)
      #expect(
        try registry.occultation(administrative.id).request.route
          == .councilOfStateMember)
    }
  }

  @Test(
    "a protection decision's facts, duration and lawyer are sealed at their place and read back only revealed"
  )
  func decisionIsSealed() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      let registry = try Registry.create(at: path, key: key)
      let reference = try registry.log(try StoreFixture.newCase())
      let measure = try registry.transaction { tx in
        try tx.requestMeasure(
          in: reference, kind: .statutoryProtection,
          authority: "Garde des Sceaux", due: nil, beneficiary: nil,
          protectionRequestedOn: "2026-07-01", by: StoreFixture.actor,
          at: StoreFixture.paris(2026, 7, 6, 11))
      }
      try registry.transaction { tx in
        try tx.updateMeasure(
          measure, to: .granted, note: nil, by: StoreFixture.actor,
          at: StoreFixture.paris(2026, 8, 1, 11))
        try tx.recordProtectionDecision(
          for: measure, status: .granted, decidedOn: "2026-07-30",
          decision: ProtectionDecision(
            facts: "Menaces du 2 juillet", duration: "the proceedings",
            lawyer: "Maître Oriane VASSEUX"),
          by: StoreFixture.actor, at: StoreFixture.paris(2026, 8, 1, 11))
      }
      let stored = try #require(
        try registry.protectionRequests(of: [measure])[measure])
      #expect(stored.basis == .magistrate)
      #expect(stored.silenceEnds == "2026-09-01")
      #expect(stored.decidedOn == "2026-07-30")
      #expect(stored.decision?.lawyer == "Maître Oriane VASSEUX")
      let blob = try registry.writer.read { db in
        try Data.fetchOne(
          db, sql: "SELECT identity FROM protection_requests WHERE id = ?",
          arguments: [measure.number])
      }
      let bytes = try #require(blob)
      #expect(bytes.range(of: Data("VASSEUX".utf8)) == nil)
      let concealed = try Registry.open(
        at: path, key: key, revealsIdentities: false)
      #expect(
        try concealed.protectionRequests(of: [measure])[measure]?.decision?
          .lawyer
          != "Maître Oriane VASSEUX")
    }
  }
}
