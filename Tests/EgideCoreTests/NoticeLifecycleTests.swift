import Foundation
import Testing

@testable import EgideCore

/// Notices of content_takedown measures: what DSA article 16 requires, and
/// the lifecycle draft → sent once → replies URL by URL.
@Suite("Notice lifecycle")
struct NoticeLifecycleTests {
  static let first = "https://x.com/compte_fictif_1/status/101"
  static let second = "https://x.com/compte_fictif_1/status/102"
  static var notifier: Notifier {
    get throws {
      try Notifier(
        name: "Ysaline MORVANEC", email: "ysaline.morvanec@example.org")
    }
  }

  /// An assessed case of kinds `kinds` with a content_takedown measure.
  static func state(
    kinds: [IncidentKind] = [.threat, .doxxing], platform: Platform? = .x,
    measureKind: MeasureKind = .contentTakedown
  ) throws -> CaseState {
    var state = try Fixture.openCase(
      Fixture.newCase(kinds: kinds, platform: platform))
    try state.assessed()
    try state.measureRequested(kind: measureKind)
    return state
  }

  /// A drafted notice with two URLs, through `channel`.
  static func drafted(
    _ state: CaseState, channel: NoticeChannel = .platformForm
  ) throws -> TakedownNotice {
    let event = try TakedownNotice.draft(
      id: NoticeID(1), measure: Fixture.measureID, in: state, platform: nil,
      channel: channel, trustedFlagger: "Association de signalement fictive",
      urls: [first, " \(second) "], notifier: try notifier,
      reasons: "Menace de mort avec l'adresse du domicile",
      by: Fixture.actor, at: state.nextTime)
    return try TakedownNotice(id: NoticeID(1), events: [event])
  }

  static func sent(_ state: CaseState, at date: Date) throws -> TakedownNotice {
    var notice = try drafted(state)
    try notice.apply(
      notice.send(at: date, in: state, by: Fixture.actor, at: date))
    return notice
  }

  @Test(
    "a draft holds the URLs, the notifier, the platform and the offences of the case's kinds"
  )
  func draftHoldsArticle16() throws {
    let notice = try Self.drafted(try Self.state())
    #expect(notice.status == .draft)
    #expect(notice.draft.platform == .x)
    #expect(notice.targets.map(\.url) == [Self.first, Self.second])
    #expect(notice.targets.allSatisfy { $0.status == .pending })
    #expect(notice.draft.notifier.email == "ysaline.morvanec@example.org")
    #expect(notice.draft.kinds == [.threat, .doxxing])
  }

  @Test("offences appear once even when two kinds share one")
  func offencesUnique() {
    #expect(
      IncidentKind.offences(
        for: [.harassment, .cyberharassment, .threat],
        against: [.publicServiceAgent])
        == ["C. pén. 222-33-2-2", "C. pén. 433-3 al. 2"])
  }

  @Test("a notice is refused for a measure that is not a content_takedown")
  func draftNeedsTakedown() throws {
    let state = try Self.state(measureKind: .policeProtection)
    expectDomainError(
      .forbiddenTransition,
      mentioning: ["M-000001", "police_protection", "content_takedown"]
    ) { try Self.drafted(state) }
  }

  @Test("a notice is refused for a closed case")
  func draftNeedsOpenCase() throws {
    var state = try Self.state()
    try state.closed()
    expectDomainError(.forbiddenTransition, mentioning: ["closed", "reopen"]) {
      try Self.drafted(state)
    }
  }

  @Test("a case without platform needs one named")
  func draftNeedsPlatform() throws {
    let state = try Self.state(platform: nil)
    expectDomainError(.invalidValue, mentioning: ["{platform}", "bluesky"]) {
      try Self.drafted(state)
    }
    let event = try TakedownNotice.draft(
      id: NoticeID(1), measure: Fixture.measureID, in: state,
      platform: .website, channel: .pharos, urls: [Self.first],
      notifier: try Self.notifier, reasons: nil, by: Fixture.actor,
      at: state.nextTime)
    #expect(
      try TakedownNotice(id: NoticeID(1), events: [event]).draft.platform
        == .website)
  }

  @Test(
    "malformed, duplicate or missing URLs are refused with the value",
    arguments: [
      ["ftp://example.org/x"], ["x.com/status/1"], ["https://"],
      ["https://x.com/a b"], [first, first], [],
    ])
  func badURLs(urls: [String]) throws {
    let state = try Self.state()
    let error = expectDomainError(.invalidValue) {
      try TakedownNotice.draft(
        id: NoticeID(1), measure: Fixture.measureID, in: state, platform: nil,
        channel: .platformForm, urls: urls, notifier: try Self.notifier,
        reasons: nil, by: Fixture.actor, at: state.nextTime)
    }
    #expect(error?.message.contains("url") == true)
    if let url = urls.first {
      #expect(error?.message.contains(url) == true, "\(error?.message ?? "")")
    }
  }

  @Test(
    "a malformed e-mail is refused with the value",
    arguments: ["ysaline", "@example.org", "y@example", "y @example.org", ""])
  func badEmail(email: String) {
    expectDomainError(.invalidValue, mentioning: ["email", "'\(email)'"]) {
      try Notifier(name: "Ysaline MORVANEC", email: email)
    }
  }

  @Test("a notice is sent once")
  func sentOnce() throws {
    let state = try Self.state()
    let at = state.nextTime
    let notice = try Self.sent(state, at: at)
    #expect(notice.status == .sent)
    #expect(notice.sentAt == at)
    expectDomainError(.forbiddenTransition, mentioning: ["already sent"]) {
      try notice.send(at: at, in: state, by: Fixture.actor, at: at)
    }
  }

  @Test("a sending date in the future is refused")
  func sentNotInFuture() throws {
    let state = try Self.state()
    let notice = try Self.drafted(state)
    let now = state.nextTime
    expectDomainError(.unacceptableValue, mentioning: ["future"]) {
      try notice.send(
        at: now.addingTimeInterval(60), in: state, by: Fixture.actor, at: now)
    }
  }

  @Test("URLs can be added to a draft, not to a sent notice")
  func addURL() throws {
    let state = try Self.state()
    var notice = try Self.drafted(state)
    let third = "https://x.com/compte_fictif_1/status/103"
    try notice.apply(
      notice.addURL(third, in: state, by: Fixture.actor, at: state.nextTime))
    #expect(notice.targets.map(\.position) == [1, 2, 3])
    expectDomainError(.invalidValue, mentioning: ["given twice"]) {
      try notice.addURL(third, in: state, by: Fixture.actor, at: state.nextTime)
    }
    try notice.apply(
      notice.send(
        at: state.nextTime, in: state, by: Fixture.actor, at: state.nextTime))
    expectDomainError(.forbiddenTransition, mentioning: ["sent", "new notice"])
    {
      try notice.addURL(
        "https://x.com/compte_fictif_1/status/104", in: state,
        by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("a draft cannot receive a reply")
  func replyNeedsSent() throws {
    let notice = try Self.drafted(try Self.state())
    expectDomainError(.forbiddenTransition, mentioning: ["draft", "send"]) {
      try notice.reply(
        .removed, urls: [], statement: "Retiré", decidedAt: Fixture.later(9),
        by: Fixture.actor, at: Fixture.later(9))
    }
  }

  @Test("replies give each URL its outcome and its time to removal")
  func perURLOutcome() throws {
    let state = try Self.state()
    let sentAt = state.nextTime
    var notice = try Self.sent(state, at: sentAt)
    let removedAt = sentAt.addingTimeInterval(26 * 3_600)
    try notice.apply(
      notice.reply(
        .removed, urls: [Self.first], statement: "Violation des règles",
        decidedAt: removedAt, by: Fixture.actor, at: removedAt))
    #expect(notice.status == .sent)
    #expect(notice.targets.map(\.status) == [.removed, .pending])
    #expect(notice.timeToRemoval(of: notice.targets[0]) == 93_600)
    #expect(notice.timeToRemoval(of: notice.targets[1]) == nil)
    try notice.apply(
      notice.reply(
        .kept, urls: [], statement: "Pas de violation", decidedAt: removedAt,
        by: Fixture.actor, at: removedAt))
    #expect(notice.targets.map(\.status) == [.removed, .kept])
    #expect(notice.status == .answered)
    #expect(notice.replies.map(\.reply.positions) == [[1], [2]])
  }

  @Test("a removed URL cannot be restricted, kept or pending again")
  func removedIsFinal() throws {
    let state = try Self.state()
    let sentAt = state.nextTime
    var notice = try Self.sent(state, at: sentAt)
    try notice.apply(
      notice.reply(
        .removed, urls: [Self.first], statement: "Retiré", decidedAt: sentAt,
        by: Fixture.actor, at: sentAt))
    for decision in [NoticeDecision.kept, .restricted, .removed] {
      expectDomainError(
        .forbiddenTransition, mentioning: [Self.first, "removed"]
      ) {
        try notice.reply(
          decision, urls: [Self.first], statement: "Revu", decidedAt: sentAt,
          by: Fixture.actor, at: sentAt)
      }
    }
    #expect(
      NoticeURLStatus.allCases.allSatisfy { !$0.allowedNext.contains(.pending) }
    )
  }

  @Test("kept content can later be removed")
  func keptThenRemoved() throws {
    let state = try Self.state()
    let sentAt = state.nextTime
    var notice = try Self.sent(state, at: sentAt)
    try notice.apply(
      notice.reply(
        .kept, urls: [], statement: "Pas de violation", decidedAt: sentAt,
        by: Fixture.actor, at: sentAt))
    let later = sentAt.addingTimeInterval(86_400)
    try notice.apply(
      notice.reply(
        .removed, urls: [Self.second], statement: "Retiré après appel",
        decidedAt: later, by: Fixture.actor, at: later))
    #expect(notice.targets.map(\.status) == [.kept, .removed])
    #expect(notice.timeToRemoval(of: notice.targets[1]) == 86_400)
  }

  @Test(
    "a reply about a URL not in the notice, before sending or without reasons is refused"
  )
  func badReplies() throws {
    let state = try Self.state()
    let sentAt = state.nextTime
    let notice = try Self.sent(state, at: sentAt)
    expectDomainError(
      .notFound, mentioning: ["https://x.com/autre", "N-000001"]
    ) {
      try notice.reply(
        .removed, urls: ["https://x.com/autre"], statement: "Retiré",
        decidedAt: sentAt, by: Fixture.actor, at: sentAt)
    }
    expectDomainError(.unacceptableValue, mentioning: ["before"]) {
      try notice.reply(
        .removed, urls: [], statement: "Retiré",
        decidedAt: sentAt.addingTimeInterval(-60), by: Fixture.actor, at: sentAt
      )
    }
    expectDomainError(.invalidValue, mentioning: ["reasons"]) {
      try notice.reply(
        .removed, urls: [], statement: "  ", decidedAt: sentAt,
        by: Fixture.actor, at: sentAt)
    }
  }

  @Test(
    "follow-up dates depend on the channel and only notices awaiting an answer are overdue"
  )
  func followUp() throws {
    let state = try Self.state()
    let sentAt = state.nextTime
    let policy = FollowUpPolicy.standard
    #expect(policy.delay(for: .trustedFlagger) == 2)
    #expect(policy.delay(for: .platformForm) == 7)
    #expect(policy.delay(for: .pharos) == 14)
    var notice = try Self.sent(state, at: sentAt)
    let due = try #require(notice.followUpDue(policy: policy))
    #expect(due == sentAt.addingTimeInterval(7 * 86_400))
    #expect(!notice.isFollowUpOverdue(at: due, policy: policy))
    #expect(
      notice.isFollowUpOverdue(at: due.addingTimeInterval(1), policy: policy))
    var custom = policy
    custom.days[.platformForm] = 10
    #expect(
      !notice.isFollowUpOverdue(at: due.addingTimeInterval(1), policy: custom))
    try notice.apply(
      notice.reply(
        .removed, urls: [], statement: "Retiré", decidedAt: sentAt,
        by: Fixture.actor, at: sentAt))
    #expect(
      !notice.isFollowUpOverdue(
        at: due.addingTimeInterval(86_400), policy: policy))
    let draft = try Self.drafted(state)
    #expect(draft.followUpDue(policy: policy) == nil)
  }

  @Test("channels and decisions are parsed with the accepted values")
  func parsing() throws {
    #expect(try NoticeChannel.parse("Trusted-Flagger") == .trustedFlagger)
    expectDomainError(
      .invalidValue,
      mentioning: [
        "channel", "'pharo'", "platform_form", "trusted_flagger", "pharos",
      ]
    ) { try NoticeChannel.parse("pharo") }
    expectDomainError(
      .invalidValue, mentioning: ["decision", "removed", "kept"]
    ) {
      try NoticeDecision.parse("deleted")
    }
  }
}
