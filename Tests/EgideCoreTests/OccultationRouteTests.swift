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

  @Test(
    "a member of an administrative court goes to its president (CJA R741-14), not to the formation's"
  )
  func administrativeMember() throws {
    let lille = try Self.request(
      decisionCourt: "ta_lille", person: Self.person(court: "ta_lille"))
    #expect(lille.relation == .member)
    #expect(lille.route == .administrativePresident)
    #expect(lille.route.legalBasis == "CJA L10 and R741-14")
    #expect(lille.authority == "Président, Tribunal administratif de Lille")
    let douai = try Self.request(
      decisionCourt: "caa_douai", person: Self.person(court: "caa_douai"))
    #expect(
      douai.authority == "Président, Cour administrative d'appel de Douai")
    let council = try Self.request(
      decisionCourt: "ce", person: Self.person(court: "ce"))
    #expect(
      council.authority
        == "Président de la section du contentieux, Conseil d'État")
    #expect(!lille.route.allowsAppeal)
  }

  @Test(
    "anyone else asks a member of the Conseil d'État designated by its vice-president (CJA R741-15), with no appeal"
  )
  func administrativeOther() throws {
    let request = try Self.request(decisionCourt: "ta_lille")
    #expect(request.relation == .other)
    #expect(request.route == .councilOfStateMember)
    #expect(request.route.legalBasis == "CJA L10 and R741-15")
    #expect(
      request.authority
        == "Membre du Conseil d'État désigné par le vice-président du Conseil d'État"
    )
    #expect(!request.route.allowsAppeal)
    #expect(request.route.appealAuthority == nil)
  }

  @Test(
    "the appeal window is counted in the Cour de cassation's calendar, whatever the registry's clock"
  )
  func appealWindowInParis() throws {
    // Notified on Tuesday 1 June 2027 at 23:30 in Paris, which is still
    // 1 June in Paris but 2 June in Nouméa: the window ends on 1 August
    // 2027, a Sunday, moved to Monday 2 August.
    let refused = try Self.request(decisionCourt: "ca_paris").deciding(
      .refused, notified: Fixture.paris(2027, 6, 1, 23, 30),
      at: Fixture.paris(2027, 6, 2))
    let window = try #require(refused.appealWindow())
    #expect(window.lastDayText == "2027-08-02")
    #expect(window.calendar.timeZone.identifier == "Europe/Paris")
  }

  @Test(
    "a person serving overseas is warned that a délai de distance (CPC 643) may apply, one in metropolitan France is not"
  )
  func distanceWarning() throws {
    for code in ["tj98818", "tj98735", "tj98613", "tpi_saint_pierre"] {
      let court = Self.court(code)
      let warning = try #require(
        DistanceDelay.warning(forPersonServingAt: court), "\(code)")
      #expect(warning.contains("CPC art. 643"))
      #expect(warning.contains(court.name))
    }
    #expect(
      DistanceDelay.warning(forPersonServingAt: Self.court("tj67482")) == nil)
    #expect(
      DistanceDelay.warning(forPersonServingAt: Self.court("tj93008")) == nil)
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
      at: Fixture.paris(2027, 4, 20))
    #expect(appealed.status == .appealed)
    // COJ R111-13 al. 3: the appeal goes to the first president.
    #expect(
      refused.decidingAuthority
        == "Magistrat de la Cour de cassation désigné par le premier président")
    #expect(
      appealed.decidingAuthority.hasPrefix(
        "Premier président de la Cour de cassation"))
    let again = #expect(throws: DomainError.self) {
      try appealed.appealing(
        at: Fixture.paris(2027, 4, 21))
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
        at: Fixture.paris(2027, 5, 4, 8))
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
        at: Fixture.paris(2027, 3, 3))
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
