import Foundation
import Testing

@testable import EgideCore

/// A notice names only the kinds its content carries, and goes through a
/// trusted flagger only for a designated organisation.
@Suite("What a notice says about its content")
struct NoticeContentTests {
  typealias Lifecycle = NoticeLifecycleTests

  static func draft(
    _ state: CaseState, channel: NoticeChannel = .platformForm,
    kinds: [IncidentKind]? = nil, trustedFlagger: String? = nil,
    capacities: [ProtectedCapacity] = [.publicServiceAgent]
  ) throws -> TakedownNotice {
    let event = try TakedownNotice.draft(
      id: NoticeID(1), measure: Fixture.measureID, in: state, platform: nil,
      channel: channel, kinds: kinds, capacities: capacities,
      trustedFlagger: trustedFlagger, urls: [Lifecycle.first],
      notifier: try Lifecycle.notifier, reasons: nil, by: Fixture.actor,
      at: state.nextTime)
    return try TakedownNotice(id: NoticeID(1), events: [event])
  }

  @Test("by default a notice names the case's online kinds, not an assault")
  func defaultKindsAreTheOnlineOnes() throws {
    let state = try Lifecycle.state(kinds: [.threat, .assault, .doxxing])
    let notice = try Self.draft(state)
    #expect(notice.draft.kinds == [.threat, .doxxing])
    #expect(
      notice.offences == ["C. pén. 433-3 al. 2", "C. pén. 223-1-1 al. 2"])
  }

  @Test("the kinds chosen are kept, in the case's order")
  func chosenKindsAreKept() throws {
    let state = try Lifecycle.state(kinds: [.threat, .doxxing, .outrage])
    let notice = try Self.draft(state, kinds: [.outrage, .threat])
    #expect(notice.draft.kinds == [.threat, .outrage])
  }

  @Test(
    "a kind that is not online content is refused, naming the accepted ones")
  func offlineKindIsRefused() throws {
    let state = try Lifecycle.state(kinds: [.threat, .assault])
    expectDomainError(
      .invalidValue, mentioning: ["'assault'", "not online content", "threat"]
    ) { try Self.draft(state, kinds: [.assault]) }
  }

  @Test("a kind the case does not carry is refused")
  func kindOutsideTheCaseIsRefused() throws {
    let state = try Lifecycle.state(kinds: [.threat])
    expectDomainError(
      .invalidValue, mentioning: ["'outrage'", "not a kind of case", "threat"]
    ) { try Self.draft(state, kinds: [.outrage]) }
  }

  @Test("a case with no online kind gets no notice")
  func caseWithoutOnlineKindIsRefused() throws {
    let state = try Lifecycle.state(kinds: [.assault])
    expectDomainError(
      .forbiddenTransition, mentioning: ["no kind online content", "assault"]
    ) { try Self.draft(state) }
  }

  @Test(
    "the trusted flagger channel is refused without a designated organisation, saying what to configure"
  )
  func trustedFlaggerNeedsOrganisation() throws {
    let state = try Lifecycle.state()
    for missing in [nil, "  "] {
      expectDomainError(
        .forbiddenTransition,
        mentioning: [
          "trusted_flagger", "notices.trusted_flagger_organisation", "Arcom",
        ]
      ) {
        try Self.draft(state, channel: .trustedFlagger, trustedFlagger: missing)
      }
    }
    let notice = try Self.draft(
      state, channel: .trustedFlagger,
      trustedFlagger: " Association de signalement fictive ")
    #expect(notice.draft.trustedFlagger == "Association de signalement fictive")
    let other = try Self.draft(
      state, trustedFlagger: "Association de signalement fictive")
    #expect(other.draft.trustedFlagger == nil)
  }
}
