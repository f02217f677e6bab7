import Foundation
import Testing

@testable import EgideCore

@Suite(
  "Protection fonctionnelle: the basis by status, the two months of silence")
struct ProtectionRequestTests {
  static let bobigny: Court = {
    guard let court = CourtDirectory.shared.court(code: "tj93008") else {
      preconditionFailure("tj93008 is missing")
    }
    return court
  }()

  static func person(
    _ id: Int, _ role: Role, function: StaffFunction? = nil,
    relatedTo: Int? = nil
  ) -> TargetedPerson {
    TargetedPerson(
      id: PersonID(id), identity: PersonIdentity(name: "Oriane TESSAVEL"),
      role: role, function: function, court: bobigny,
      relatedTo: relatedTo.map(PersonID.init))
  }

  @Test(
    "magistrates rest on ord. 58-1270 art. 11, greffe and staff on the CGFP, each relative on the extension of their relative's text"
  )
  func basisByStatus() {
    let judge = Self.person(1, .judge)
    let prosecutor = Self.person(2, .prosecutor)
    let clerk = Self.person(3, .clerk, function: .greffier)
    let staff = Self.person(4, .staff)
    #expect(ProtectionBasis.of(judge, relative: nil) == .magistrate)
    #expect(ProtectionBasis.of(prosecutor, relative: nil) == .magistrate)
    #expect(ProtectionBasis.of(clerk, relative: nil) == .publicAgent)
    #expect(ProtectionBasis.of(staff, relative: nil) == .publicAgent)
    let spouse = Self.person(5, .family, relatedTo: 1)
    #expect(ProtectionBasis.of(spouse, relative: judge) == .magistrateRelative)
    #expect(ProtectionBasis.of(spouse, relative: clerk) == .agentRelative)
    #expect(ProtectionBasis.of(spouse, relative: nil) == .unsettled)
    #expect(
      ProtectionBasis.magistrate.citation.contains("58-1270 art. 11 al. 1"))
    #expect(
      ProtectionBasis.magistrateRelative.citation.contains("art. 11 al. 2"))
    #expect(ProtectionBasis.publicAgent.citation.contains("L134-1"))
    #expect(
      ProtectionBasis.magistrate.authorityByLaw.contains("garde des Sceaux"))
  }

  @Test(
    "an auditeur de justice's basis is not settled by the texts checked; another trainee is a public agent"
  )
  func trainees() {
    #expect(
      ProtectionBasis.of(
        Self.person(1, .trainee, function: .auditeur), relative: nil)
        == .unsettled)
    #expect(
      ProtectionBasis.of(
        Self.person(2, .trainee, function: .attacheJustice), relative: nil)
        == .publicAgent)
  }

  @Test(
    "silence becomes a refusal two months after the written request, on the last day of a shorter month"
  )
  func twoMonths() {
    #expect(ProtectionRequest.twoMonths(after: "2026-10-02") == "2026-12-02")
    #expect(ProtectionRequest.twoMonths(after: "2026-12-31") == "2027-02-28")
    #expect(ProtectionRequest.twoMonths(after: "2027-12-31") == "2028-02-29")
    let request = ProtectionRequest(
      measure: MeasureID(1), basis: .magistrate, requestedOn: "2026-10-02")
    #expect(
      request.standing(status: .requested, today: "2026-12-01")
        == .awaiting(until: "2026-12-02"))
    #expect(
      request.standing(status: .requested, today: "2026-12-02")
        == .refusedBySilence(since: "2026-12-02"))
    #expect(
      request.standing(status: .granted, today: "2027-01-10")
        == .decided(.granted, on: nil))
    #expect(
      request.summary(status: .requested, today: "2026-12-03").contains(
        "refused by silence since 2026-12-02"))
  }

  @Test(
    "a relative's silence rule cites the décret on requests by ayants droit")
  func relativeSilence() {
    #expect(ProtectionBasis.agentRelative.silenceRule.contains("2014-1303"))
    #expect(ProtectionBasis.publicAgent.silenceRule.contains("L231-4 5°"))
  }
}
