import EgideCore
import Foundation
import Testing

@testable import EgideStore

@Suite("Anonymous case facts for summaries")
struct CaseFactsTests {
  @Test("the facts of a case follow its whole history, without identities")
  func factsFollowHistory() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(
          kinds: [.threat, .doxxing], court: StoreFixture.lille,
          targets: [
            try StoreFixture.judge(),
            try StoreFixture.person("Ilodric SAUNIQUE", .family),
          ]))
      let t0 = StoreFixture.reportedAt
      try registry.assess(reference, .high)
      try registry.decide(reference) {
        try $0.escalate(
          to: .lawEnforcement, authority: nil, reason: "Raison fictive",
          by: StoreFixture.actor, at: t0.addingTimeInterval(7_200))
      }
      let measure = try registry.transaction { tx in
        try tx.requestMeasure(
          in: reference, kind: .contentTakedown, authority: "Plateforme",
          due: nil, beneficiary: nil, by: StoreFixture.actor,
          at: t0.addingTimeInterval(8_000))
      }
      try registry.transaction { tx in
        try tx.updateMeasure(
          measure, to: .granted, note: nil, by: StoreFixture.actor,
          at: t0.addingTimeInterval(90_000))
      }
      try registry.decide(reference) {
        try $0.resolve(
          outcome: "Issue fictive", by: StoreFixture.actor,
          at: t0.addingTimeInterval(200_000))
      }
      try registry.decide(reference) {
        try $0.reopen(
          reason: "Nouveau message", by: StoreFixture.actor,
          at: t0.addingTimeInterval(300_000))
      }
      let facts = try #require(try registry.caseFacts().first)
      #expect(facts.reportedAt == t0)
      #expect(Set(facts.kinds) == [.threat, .doxxing])
      #expect(Set(facts.roleCategories) == [.siege, .family])
      #expect(facts.appealCourt == "ca_douai")
      #expect(facts.platform == .x)
      #expect(facts.severity == .moderate)
      #expect(facts.assessments.map(\.severity) == [.high])
      #expect(facts.severity(at: t0.addingTimeInterval(60)) == .moderate)
      #expect(facts.severity(at: t0.addingTimeInterval(7_200)) == .high)
      #expect(facts.assessedAt == t0.addingTimeInterval(3_600))
      #expect(facts.escalations.map(\.level) == [.lawEnforcement])
      #expect(facts.endings.map(\.ending) == [.resolved, .reopened])
      #expect(facts.isOpen(at: t0.addingTimeInterval(250_000)) == false)
      #expect(facts.isOpen(at: t0.addingTimeInterval(400_000)))
      #expect(facts.measures.map(\.kind) == [.contentTakedown])
      #expect(facts.measures.first?.changes.map(\.status) == [.granted])
    }
  }
}
