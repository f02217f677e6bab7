import Foundation
import Testing

@testable import EgideCore

@Suite("Occultation requests: authority, lifecycle and appeal window")
struct OccultationRouteTests {
  static func court(_ code: String) -> Court {
    guard let court = CourtDirectory.shared.court(code: code) else {
      preconditionFailure("court \(code) is missing")
    }
    return court
  }

  static func person(
    court code: String = "tj93008", role: Role = .judge
  ) -> TargetedPerson {
    TargetedPerson(
      id: PersonID(7), identity: PersonIdentity(name: "Valézane MIROLIN"),
      role: role, function: role == .family ? nil : .jld, court: court(code),
      relatedTo: nil)
  }

  static func request(
    decisionCourt: String = "tj93008", person: TargetedPerson = person(),
    at date: Date = Fixture.paris(2027, 2, 1, 10)
  ) throws -> OccultationRequest {
    try OccultationRequest(
      id: OccultationID(1), measure: MeasureID(3), person: person,
      decisions: [
        DecisionReference(court: court(decisionCourt), number: "24/01234")
      ], by: Fixture.actor, at: date)
  }

  @Test(
    "a member of the tribunal that rendered the decision goes to its president (R111-12)"
  )
  func tribunalMember() throws {
    let request = try Self.request()
    #expect(request.relation == .member)
    #expect(request.route == .courtPresident)
    #expect(request.authority == "Président, Tribunal judiciaire de Bobigny")
    #expect(request.route.legalBasis == "COJ L111-13 and R111-12")
  }

  @Test(
    "a member of a cour d'appel or of the Cour de cassation goes to its first president"
  )
  func firstPresidents() throws {
    let appeal = try Self.request(
      decisionCourt: "ca_paris", person: Self.person(court: "ca_paris"))
    #expect(appeal.authority == "Premier président, Cour d'appel de Paris")
    let cassation = try Self.request(
      decisionCourt: "cc", person: Self.person(court: "cc"))
    #expect(cassation.route == .courtPresident)
    #expect(cassation.authority == "Premier président, Cour de cassation")
  }

  @Test(
    "a person of another court or a relative goes to a Cour de cassation magistrate (R111-13)"
  )
  func otherCourt() throws {
    let request = try Self.request(decisionCourt: "ca_paris")
    #expect(request.relation == .other)
    #expect(request.route == .cassationMagistrate)
    #expect(request.authority.contains("Cour de cassation désigné"))
    let relative = try Self.request(person: Self.person(role: .family))
    #expect(relative.route == .cassationMagistrate)
  }

  @Test("a decision of the administrative order follows CJA R741-14")
  func administrative() throws {
    let tribunal = try #require(
      CourtDirectory.shared.courts.first { $0.kind == .administrative })
    let request = try Self.request(decisionCourt: tribunal.code)
    #expect(request.route == .administrativePresident)
    #expect(request.route.legalBasis == "CJA L10 and R741-14")
    #expect(request.authority.hasSuffix(tribunal.name))
    let council = try Self.request(decisionCourt: "ce")
    #expect(council.authority.hasSuffix("Conseil d'État"))
  }

  @Test("decisions going to different authorities are refused in one request")
  func mixedAuthorities() throws {
    #expect(throws: DomainError.self) {
      try OccultationRequest(
        id: OccultationID(1), measure: MeasureID(3), person: Self.person(),
        decisions: [
          DecisionReference(court: Self.court("tj93008"), number: "24/1"),
          DecisionReference(court: Self.court("tj59350"), number: "24/2"),
        ], by: Fixture.actor, at: Fixture.paris(2027, 2, 1))
    }
  }

  @Test("a decision needs a case number or a Judilibre id, in plain characters")
  func decisionIdentifiers() throws {
    let court = Self.court("tj93008")
    let missing = #expect(throws: DomainError.self) {
      try DecisionReference(court: court, day: "2027-03-12")
    }
    #expect(missing?.message.contains("{decisionNumber}") == true)
    let bad = #expect(throws: DomainError.self) {
      try DecisionReference(court: court, number: "24/0123;DROP")
    }
    #expect(bad?.message.contains("decision number '24/0123;DROP'") == true)
    let ok = try DecisionReference(court: court, judilibreID: "67f0c2a9e1")
    #expect(ok.label == "tj93008 Judilibre 67f0c2a9e1")
  }

  @Test(
    "the window ends two months after notification, moved to the next working day"
  )
  func windowDates() {
    // 1 March 2027 + 2 months = Saturday 1 May 2027 (a holiday too): Monday 3 May.
    let window = AppealWindow(
      notified: Fixture.paris(2027, 3, 1, 15), calendar: Fixture.calendar)
    #expect(window.lastDayText == "2027-05-03")
    #expect(window.daysLeft(at: Fixture.paris(2027, 5, 1, 9)) == 2)
    #expect(!window.isExpired(at: Fixture.paris(2027, 5, 3, 23, 59)))
    #expect(window.isExpired(at: Fixture.paris(2027, 5, 4, 0, 0)))
    // 31 December: there is no 31 February, so the last day of February
    // (Tuesday 29 February 2028).
    let leap = AppealWindow(
      notified: Fixture.paris(2027, 12, 31), calendar: Fixture.calendar)
    #expect(leap.lastDayText == "2028-02-29")
  }

  @Test(
    "a refusal under R111-13 is appealed within the window, then ruled on again"
  )
  func appealLifecycle() throws {
    let request = try Self.request(decisionCourt: "ca_paris")
    let refused = try request.deciding(
      .refused, notified: Fixture.paris(2027, 3, 1),
      at: Fixture.paris(2027, 3, 2))
    #expect(refused.status == .refused)
    #expect(!refused.isSettled)
    let appealed = try refused.appealing(
      at: Fixture.paris(2027, 4, 20), calendar: Fixture.calendar)
    #expect(appealed.status == .appealed)
    let again = #expect(throws: DomainError.self) {
      try appealed.appealing(
        at: Fixture.paris(2027, 4, 21), calendar: Fixture.calendar)
    }
    #expect(again?.code == .forbiddenTransition)
    let granted = try appealed.deciding(
      .granted, at: Fixture.paris(2027, 6, 1))
    #expect(granted.status == .granted)
    #expect(granted.isSettled)
  }

  @Test("an appeal after the window closed is refused, naming the last day")
  func lateAppeal() throws {
    let refused = try Self.request(decisionCourt: "ca_paris").deciding(
      .refused, notified: Fixture.paris(2027, 3, 1),
      at: Fixture.paris(2027, 3, 2))
    let late = #expect(throws: DomainError.self) {
      try refused.appealing(
        at: Fixture.paris(2027, 5, 4, 8), calendar: Fixture.calendar)
    }
    #expect(late?.message.contains("2027-05-03") == true)
  }

  @Test("a refusal by the court president cannot be appealed")
  func noAppealUnderR11112() throws {
    let refused = try Self.request().deciding(
      .refused, at: Fixture.paris(2027, 3, 2))
    #expect(refused.isSettled)
    let error = #expect(throws: DomainError.self) {
      try refused.appealing(
        at: Fixture.paris(2027, 3, 3), calendar: Fixture.calendar)
    }
    #expect(error?.message.contains("R111-13") == true)
  }

  @Test("a ruling cannot be notified in the future nor recorded twice")
  func rulingChecks() throws {
    let request = try Self.request()
    #expect(throws: DomainError.self) {
      try request.deciding(
        .granted, notified: Fixture.paris(2027, 3, 5),
        at: Fixture.paris(2027, 3, 2))
    }
    let granted = try request.deciding(.granted, at: Fixture.paris(2027, 3, 2))
    let twice = #expect(throws: DomainError.self) {
      try granted.deciding(.refused, at: Fixture.paris(2027, 3, 3))
    }
    #expect(twice?.code == .forbiddenTransition)
  }
}
