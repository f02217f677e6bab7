import Foundation
import Testing

@testable import EgideCore

/// The severity floor risk factors set: a death threat, a weapon or
/// physical contact make a case at least high; a death threat or weapon
/// with the home, the family or an announced date or place make it
/// critical; any other factor makes it at least moderate, two at least high.
@Suite("Risk factors")
struct RiskFactorTests {
  static let floors: [([RiskFactor], Severity)] = [
    ([], .low),
    ([.deathThreat], .high),
    ([.weaponMentioned], .high),
    ([.physicalContact], .high),
    ([.homeExposed], .moderate),
    ([.familyTargeted], .moderate),
    ([.repeated], .moderate),
    ([.knownViolentAuthor], .moderate),
    ([.dateOrPlaceAnnounced], .moderate),
    ([.repeated, .knownViolentAuthor], .high),
    ([.homeExposed, .familyTargeted], .high),
    ([.deathThreat, .homeExposed], .critical),
    ([.deathThreat, .familyTargeted], .critical),
    ([.weaponMentioned, .dateOrPlaceAnnounced], .critical),
    ([.weaponMentioned, .homeExposed, .repeated], .critical),
    // Physical contact is grave but is not one of the threats that an
    // exposed home or family turns critical.
    ([.physicalContact, .homeExposed], .high),
    ([.deathThreat, .weaponMentioned], .high),
    ([.deathThreat, .repeated, .knownViolentAuthor], .high),
  ]

  @Test("each combination of factors has the domain's floor", arguments: floors)
  func floor(factors: [RiskFactor], expected: Severity) {
    #expect(RiskFactor.minimumSeverity(for: Set(factors)) == expected)
  }

  @Test("adding a factor never lowers the floor")
  func monotonic() {
    let all = RiskFactor.allCases
    for mask in 0..<(1 << all.count) {
      let set = Set(
        all.indices.filter { mask & (1 << $0) != 0 }.map { all[$0] })
      let floor = RiskFactor.minimumSeverity(for: set)
      for factor in all {
        let more = RiskFactor.minimumSeverity(for: set.union([factor]))
        #expect(more >= floor, "\(set) + \(factor)")
      }
    }
  }

  @Test("severities are ordered from low to critical")
  func severityOrder() {
    #expect(Severity.low < .moderate)
    #expect(Severity.moderate < .high)
    #expect(Severity.high < .critical)
    #expect(Severity.allCases.sorted() == [.low, .moderate, .high, .critical])
  }

  @Test("an assessment below the factors' floor is refused")
  func assessBelowFloor() throws {
    let state = try Fixture.newState()
    expectDomainError(
      .unacceptableValue,
      mentioning: ["'high'", "'critical'", "death_threat", "home_exposed"]
    ) {
      try state.assess(
        severity: .high, factors: [.homeExposed, .deathThreat],
        by: Fixture.actor, at: state.nextTime)
    }
    let event = try state.assess(
      severity: .critical, factors: [.homeExposed, .deathThreat],
      by: Fixture.actor, at: state.nextTime)
    #expect(
      event.change
        == .assessed(
          severity: .critical, factors: [.deathThreat, .homeExposed]))
  }

  @Test("an assessment without factors keeps those reported, and their floor")
  func assessKeepsReportedFactors() throws {
    var state = try Fixture.newState(factors: [.weaponMentioned])
    #expect(state.factors == [.weaponMentioned])
    expectDomainError(.unacceptableValue, mentioning: ["weapon_mentioned"]) {
      try state.assess(
        severity: .moderate, factors: [], by: Fixture.actor,
        at: state.nextTime)
    }
    try state.record {
      try $0.assess(
        severity: .high, factors: [], by: Fixture.actor, at: $0.nextTime)
    }
    #expect(state.factors == [.weaponMentioned])
    #expect(state.status == .assessed)
  }

  @Test("an assessment with factors replaces them, sorted without repeats")
  func assessReplacesFactors() throws {
    var state = try Fixture.newState(factors: [.deathThreat])
    try state.record {
      try $0.assess(
        severity: .high,
        factors: [.repeated, .knownViolentAuthor, .repeated],
        by: Fixture.actor, at: $0.nextTime)
    }
    #expect(state.factors == [.repeated, .knownViolentAuthor])
  }

  @Test("a new case refuses a reported severity below the floor")
  func newCaseBelowFloor() throws {
    expectDomainError(.unacceptableValue, mentioning: ["'low'", "'high'"]) {
      try Fixture.newCase(reportedSeverity: .low, factors: [.physicalContact])
    }
    let accepted = try Fixture.newCase(
      reportedSeverity: nil, factors: [.physicalContact])
    #expect(accepted.reportedSeverity == nil)
    let high = try Fixture.newCase(
      reportedSeverity: .high, factors: [.physicalContact])
    #expect(high.reportedSeverity == .high)
  }

  @Test("a new case's factors are sorted without repeats")
  func newCaseFactorsNormalised() throws {
    let newCase = try Fixture.newCase(
      reportedSeverity: .critical,
      factors: [.homeExposed, .deathThreat, .homeExposed])
    #expect(newCase.factors == [.deathThreat, .homeExposed])
  }
}
