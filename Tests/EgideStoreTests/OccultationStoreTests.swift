import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Occultation requests in the registry")
struct OccultationStoreTests {
  static let decision: DecisionReference = {
    do {
      return try DecisionReference(
        court: StoreFixture.bobigny, day: "2027-03-12", number: "24/01234")
    } catch { preconditionFailure("\(error)") }
  }()

  /// A registry with one case and its open_data_occultation measure.
  static func withMeasure(
    kind: MeasureKind = .openDataOccultation,
    _ body: (Registry, CaseReference, MeasureID) throws -> Void
  ) throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase())
      let measure = try registry.transaction { tx in
        try tx.requestMeasure(
          in: reference, kind: kind, authority: "Chefs de juridiction",
          due: nil, beneficiary: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(60))
      }
      try body(registry, reference, measure)
    }
  }

  @Test("a request is stored with its authority and read back")
  func roundTrip() throws {
    try Self.withMeasure { registry, reference, measure in
      let filed = try registry.transaction { tx in
        try tx.fileOccultation(
          on: measure, decisions: [Self.decision], by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(120))
      }
      let (read, readReference) = try registry.occultation(filed.id)
      #expect(read == filed)
      #expect(readReference == reference)
      #expect(read.authority == "Président, Tribunal judiciaire de Bobigny")
      #expect(read.decisions.first?.number == "24/01234")
    }
  }

  @Test("the decision's number and date are sealed, its court is a clear fact")
  func sealedDecision() throws {
    try Self.withMeasure { registry, _, measure in
      _ = try registry.transaction { tx in
        try tx.fileOccultation(
          on: measure, decisions: [Self.decision], by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(120))
      }
      let clear = try registry.writer.read { db in
        try Row.fetchAll(
          db,
          sql: "SELECT court, request_id, position FROM occultation_decisions")
      }
      #expect(clear.count == 1)
      #expect(clear.first?["court"] == "tj93008")
      let dump = try registry.writer.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT o.id, o.measure_id, o.relation, o.route, o.authority,
              o.status, o.requested_at, o.requested_by, o.updated_at, d.court
            FROM occultation_requests o
            JOIN occultation_decisions d ON d.request_id = o.id
            """
        ).map(\.description)
      }
      #expect(!dump.joined().contains("2027-03-12"))
      #expect(!dump.joined().contains("24/01234"))
    }
  }

  @Test("a measure of another kind cannot carry an occultation request")
  func wrongKind() throws {
    try Self.withMeasure(kind: .policeProtection) { registry, _, measure in
      let error = #expect(throws: DomainError.self) {
        try registry.transaction { tx in
          try tx.fileOccultation(
            on: measure, decisions: [Self.decision], by: StoreFixture.actor,
            at: StoreFixture.reportedAt.addingTimeInterval(120))
        }
      }
      #expect(error?.message.contains("police_protection") == true)
      let count = try registry.count("occultation_requests")
      #expect(count == 0)
    }
  }

  @Test(
    "a refusal refuses the measure at once, saying until when it may be appealed; an appeal granted grants it"
  )
  func rulingsReachTheCase() throws {
    try Self.withMeasure { registry, reference, measure in
      let start = StoreFixture.reportedAt
      let appealCourtDecision = try DecisionReference(
        court: StoreFixture.parisAppeal, number: "25/04411")
      let filed = try registry.transaction { tx in
        try tx.fileOccultation(
          on: measure, decisions: [appealCourtDecision],
          by: StoreFixture.actor, at: start.addingTimeInterval(120))
      }
      #expect(filed.route == .cassationMagistrate)
      _ = try registry.transaction { tx in
        try tx.decideOccultation(
          filed.id, .refused, notified: nil, by: StoreFixture.actor,
          at: start.addingTimeInterval(86_400))
      }
      var state = try registry.caseState(reference)
      #expect(state.measures.first?.status == .refused)
      #expect(
        state.events.last.map { "\($0.change)" }?.contains("appeal possible")
          == true)
      #expect(
        state.events.last.map { "\($0.change)" }?.contains(
          "by Magistrat de la Cour de cassation") == true)
      _ = try registry.transaction { tx in
        try tx.appealOccultation(
          filed.id, by: StoreFixture.actor,
          at: start.addingTimeInterval(2 * 86_400))
      }
      _ = try registry.transaction { tx in
        try tx.decideOccultation(
          filed.id, .granted, notified: nil, by: StoreFixture.actor,
          at: start.addingTimeInterval(30 * 86_400))
      }
      state = try registry.caseState(reference)
      #expect(state.measures.first?.status == .granted)
      // The way back from refused is the appeal's, recorded as such.
      #expect(
        state.events.contains {
          if case .measureUpdated(_, .refused, .granted, _) = $0.change {
            return true
          }
          return false
        })
      // The ruling on the appeal is the first president's (R111-13 al. 3).
      #expect(
        state.events.map { "\($0.change)" }.contains {
          $0.contains(
            "granted on appeal by Premier président de la Cour de cassation")
        })
      let final = try registry.occultation(filed.id).request
      #expect(final.status == .granted)
    }
  }

  @Test("persons are streamed with their identities and courts")
  func streamPersons() throws {
    try withRegistry { registry in
      _ = try registry.log(
        try StoreFixture.newCase(targets: [
          try StoreFixture.judge("Zénarine VAUOLIN"),
          try StoreFixture.person("Ysolde FARGIER", .clerk),
        ]))
      var seen: [String] = []
      try registry.forEachPerson { person in
        seen.append("\(person.id) \(person.identity.name) \(person.court.code)")
      }
      #expect(
        seen == [
          "P-000001 Zénarine VAUOLIN tj93008",
          "P-000002 Ysolde FARGIER tj93008",
        ])
    }
  }
}
