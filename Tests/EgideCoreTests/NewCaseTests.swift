import Foundation
import Testing

@testable import EgideCore

/// Validation of a new case and the registration of its targets.
@Suite("New case")
struct NewCaseTests {
  @Test("a valid new case keeps its facts, cleaned")
  func valid() throws {
    let newCase = try Fixture.newCase(
      kinds: [.doxxing, .threat, .doxxing],
      summary: "  Adresse publiée avec une menace  ",
      narrative: "   ",
      authors: [" @compte_fictif_1 ", "@compte_fictif_2", "@compte_fictif_1"])
    #expect(newCase.kinds == [.threat, .doxxing])
    #expect(newCase.summary == "Adresse publiée avec une menace")
    #expect(newCase.narrative == nil)
    #expect(newCase.authors == ["@compte_fictif_1", "@compte_fictif_2"])
    #expect(newCase.court.code == "tj93008")
  }

  @Test("a case without a kind is refused, listing the kinds")
  func noKind() {
    expectDomainError(
      .invalidValue, mentioning: ["kind", "threat", "open_data_exposure"]
    ) {
      try Fixture.newCase(kinds: [])
    }
  }

  @Test("a case without a target is refused")
  func noTarget() {
    expectDomainError(.invalidValue, mentioning: ["target"]) {
      try Fixture.newCase(targets: [])
    }
  }

  @Test("an empty summary is refused", arguments: ["", "   ", "\n\t"])
  func emptySummary(summary: String) {
    expectDomainError(.invalidValue, mentioning: ["summary"]) {
      try Fixture.newCase(summary: summary)
    }
  }

  @Test("a summary over 500 characters is refused, 500 are accepted")
  func oversizedSummary() throws {
    expectDomainError(.unacceptableValue, mentioning: ["summary", "500"]) {
      try Fixture.newCase(summary: String(repeating: "é", count: 501))
    }
    let longest = String(repeating: "é", count: 500)
    #expect(try Fixture.newCase(summary: longest).summary == longest)
  }

  @Test("a narrative over 20 000 characters is refused")
  func oversizedNarrative() {
    expectDomainError(.unacceptableValue, mentioning: ["narrative"]) {
      try Fixture.newCase(
        narrative: String(repeating: "x", count: TextRule.longLimit + 1))
    }
  }

  @Test("an empty author handle is refused")
  func emptyAuthor() {
    expectDomainError(.invalidValue, mentioning: ["author"]) {
      try Fixture.newCase(authors: ["@compte_fictif_1", "  "])
    }
  }

  @Test(
    "a platform is refused with an offline channel",
    arguments: [
      Channel.email, .phone, .letter, .inPerson, .hearing, .home, .openData,
    ])
  func platformOffline(channel: Channel) {
    #expect(!channel.hasPlatforms)
    expectDomainError(
      .invalidValue, mentioning: ["platform 'tiktok'", channel.rawValue]
    ) {
      try Fixture.newCase(channel: channel, platform: .tiktok)
    }
  }

  @Test(
    "a platform is accepted with an online or publishing channel",
    arguments: [Channel.socialNetwork, .messaging, .broadcast, .press, .other])
  func platformOnline(channel: Channel) throws {
    #expect(channel.hasPlatforms)
    let newCase = try Fixture.newCase(channel: channel, platform: .telegram)
    #expect(newCase.platform == .telegram)
  }

  @Test("an offline channel without a platform is accepted")
  func offlineWithoutPlatform() throws {
    let newCase = try Fixture.newCase(channel: .letter, platform: nil)
    #expect(newCase.channel == .letter)
  }

  @Test("an occurrence in the future is refused")
  func futureOccurrence() throws {
    let tomorrow = OccurrenceDate(
      start: Fixture.now.addingTimeInterval(86_400), precision: .day)
    expectDomainError(.unacceptableValue, mentioning: ["future"]) {
      try Fixture.newCase(occurred: tomorrow)
    }
    let yesterday = OccurrenceDate(
      start: Fixture.now.addingTimeInterval(-86_400), precision: .day)
    #expect(try Fixture.newCase(occurred: yesterday).occurred == yesterday)
    let justNow = OccurrenceDate(start: Fixture.now, precision: .minute)
    #expect(try Fixture.newCase(occurred: justNow).occurred == justNow)
  }

  @Test("a family member cannot have a court function")
  func familyWithFunction() {
    expectDomainError(.invalidValue, mentioning: ["jap", "family"]) {
      try NewCase.NewPerson(
        identity: PersonIdentity(name: "Léon Vermorelle-Testard"),
        role: .family, function: .jap)
    }
  }

  @Test("a target needs a name")
  func targetName() throws {
    expectDomainError(.invalidValue, mentioning: ["target name"]) {
      try NewCase.NewPerson(
        identity: PersonIdentity(name: "  "), role: .clerk,
        function: .greffier)
    }
    let person = try NewCase.NewPerson(
      identity: PersonIdentity(name: "  Juge Alpha "), role: .judge,
      function: nil)
    #expect(person.identity.name == "Juge Alpha")
  }

  @Test("the same target given twice is kept once")
  func duplicateTargets() throws {
    let judge = try Fixture.judge()
    let newCase = try Fixture.newCase(targets: [
      .existing(PersonID(4)), judge, .existing(PersonID(4)), judge,
    ])
    #expect(newCase.targets == [.existing(PersonID(4)), judge])
  }

  @Test("new targets get consecutive identifiers and the case's court")
  func registrationIdentifiers() throws {
    let newCase = try Fixture.newCase(targets: [
      Fixture.judge("Juge Alpha"),
      Fixture.person("Greffier Bravo", .clerk),
    ])
    let registration = try newCase.registration(
      existing: [:], firstNewID: PersonID(10))
    #expect(registration.targetIDs == [PersonID(10), PersonID(11)])
    #expect(registration.newPersons.map(\.id) == [PersonID(10), PersonID(11)])
    #expect(
      registration.newPersons.map(\.identity.name)
        == ["Juge Alpha", "Greffier Bravo"])
    #expect(registration.newPersons.allSatisfy { $0.court == Fixture.bobigny })
    #expect(registration.newPersons.allSatisfy { $0.relatedTo == nil })
    #expect(registration.newPersons[0].function == .jugeDesEnfants)
  }

  @Test("a family member is linked to the first staff target, wherever given")
  func familyLinkedToFirstStaff() throws {
    let newCase = try Fixture.newCase(targets: [
      Fixture.person("Conjoint Echo", .family),
      Fixture.person("Substitut Foxtrot", .prosecutor),
      Fixture.person("Juge Golf", .judge),
    ])
    let registration = try newCase.registration(
      existing: [:], firstNewID: PersonID(20))
    let family = registration.newPersons[0]
    #expect(family.role == .family)
    #expect(family.relatedTo == PersonID(21))
    #expect(registration.newPersons[2].relatedTo == nil)
  }

  @Test("a family member can be linked to an existing staff member")
  func familyLinkedToExisting() throws {
    let judge = TargetedPerson(
      id: PersonID(3), identity: PersonIdentity(name: "Juge Alpha"),
      role: .judge, function: .jld, court: Fixture.bobigny, relatedTo: nil)
    let newCase = try Fixture.newCase(targets: [
      Fixture.person("Enfant Hotel", .family), .existing(PersonID(3)),
    ])
    let registration = try newCase.registration(
      existing: [PersonID(3): judge], firstNewID: PersonID(8))
    #expect(registration.targetIDs == [PersonID(8), PersonID(3)])
    #expect(registration.newPersons.count == 1)
    #expect(registration.newPersons[0].relatedTo == PersonID(3))
  }

  @Test("an existing family member is not a staff member to link to")
  func existingFamilyIsNotStaff() throws {
    let relative = TargetedPerson(
      id: PersonID(5), identity: PersonIdentity(name: "Parent India"),
      role: .family, function: nil, court: Fixture.bobigny,
      relatedTo: PersonID(3))
    let newCase = try Fixture.newCase(targets: [
      .existing(PersonID(5)), Fixture.person("Enfant Juliet", .family),
    ])
    expectDomainError(.invalidValue, mentioning: ["family"]) {
      try newCase.registration(
        existing: [PersonID(5): relative], firstNewID: PersonID(9))
    }
  }

  @Test("a family member alone is refused")
  func familyAlone() throws {
    let newCase = try Fixture.newCase(targets: [
      Fixture.person("Conjoint Kilo", .family)
    ])
    expectDomainError(.invalidValue, mentioning: ["family"]) {
      try newCase.registration(existing: [:], firstNewID: PersonID(1))
    }
  }

  @Test("an unknown existing person is not found")
  func unknownExisting() throws {
    let newCase = try Fixture.newCase(targets: [.existing(PersonID(404))])
    expectDomainError(.notFound, mentioning: ["P-000404"]) {
      try newCase.registration(existing: [:], firstNewID: PersonID(1))
    }
  }

  @Test("the opening event carries the report and its assessment deadline")
  func openingEvent() throws {
    let occurred = OccurrenceDate(
      start: Fixture.paris(2026, 7, 2, 21, 15), precision: .minute)
    let newCase = try Fixture.newCase(
      occurred: occurred, reportedSeverity: .critical,
      factors: [.deathThreat, .familyTargeted],
      narrative: "Récit détaillé fictif")
    let event = newCase.openingEvent(
      targets: [PersonID(2)], by: "Délégué Lima", at: Fixture.reportedAt,
      deadlines: .standard)
    #expect(event.sequence == 1)
    #expect(event.actor == "Délégué Lima")
    #expect(event.recordedAt == Fixture.reportedAt)
    guard case .reported(let report) = event.change else {
      Issue.record("expected a report, got \(event.change)")
      return
    }
    #expect(report.targets == [PersonID(2)])
    #expect(report.kinds == [.threat])
    #expect(report.occurred == occurred)
    #expect(report.factors == [.deathThreat, .familyTargeted])
    #expect(report.narrative == "Récit détaillé fictif")
    // Critical: one working day after Friday 3 July 2026 is Monday 6 July.
    #expect(report.assessmentDue == Fixture.paris(2026, 7, 6, 23, 59, 59))

    let state = try CaseState(reference: Fixture.reference, events: [event])
    #expect(state.status == .new)
    #expect(state.factors == [.deathThreat, .familyTargeted])
    #expect(state.severity == .critical)
  }
}
