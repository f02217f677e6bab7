import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service runs platform notices, from the draft to the follow-up")
struct NoticeRequestTests {
  static let first = "https://x.com/compte_imaginaire_4/status/101"
  static let second = "https://x.com/compte_imaginaire_4/status/102"

  @Test(
    "a notice is drafted, sent and answered, its follow-up dated by the service's policy"
  )
  func draftSendReply() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure()
    let drafted = try fixture.service.run(
      DraftNotice(
        measure: measure, urls: [Self.first], notifier: ServiceFixture.notifier,
        email: ServiceFixture.email, channel: "platform_form",
        reasons: "Menace de mort"),
      as: ServiceFixture.bobignyDelegate)
    #expect(drafted.notice == "N-000001")
    #expect(drafted.urls == 1)
    let added = try fixture.service.run(
      AddNoticeURLs(notice: drafted.notice, urls: [Self.second]),
      as: ServiceFixture.bobignyDelegate)
    #expect(added.urls == 2)
    let sent = try fixture.service.run(
      SendNotice(notice: drafted.notice, at: "04/12/2026 09:30"),
      as: ServiceFixture.bobignyDelegate)
    #expect(sent.sentAt == "2026-12-04T08:30:00Z")
    // platform_form: 7 days.
    #expect(sent.followUpDue == "2026-12-11T08:30:00Z")
    let reply = try fixture.service.run(
      ReplyToNotice(
        notice: drafted.notice, decision: "removed", urls: [Self.first],
        reasons: "Contenu retiré", at: "06/12/2026"),
      as: ServiceFixture.bobignyDelegate)
    #expect(reply.urls == 1)
    #expect(reply.pending == 1)
    #expect(reply.status == "sent")
    let shown = try fixture.service.run(
      ShowNotices(subject: measure), as: ServiceFixture.bobignyDelegate)
    #expect(shown.measure == measure)
    let notice = try #require(shown.notices.first?.notice)
    #expect(notice.caseReference == reference)
    #expect(notice.urls.map(\.status) == ["removed", "pending"])
    // A day alone is the end of that day in Paris.
    #expect(notice.urls.first?.decidedAt == "2026-12-06T22:59:59Z")
    #expect(notice.followUpDue == "2026-12-11T08:30:00Z")
    #expect(!notice.followUpOverdue)
    #expect(
      shown.notices.first?.history.map(\.change) == [
        "drafted", "url_added", "sent", "replied",
      ])
    #expect(shown.notices.first?.history.last?.actor == "delegue.bobigny")
  }

  @Test("a notice shown without a purpose keeps its URLs and notifier sealed")
  func showHidesWithoutPurpose() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure()
    let notice = try fixture.notice(for: measure, urls: [Self.first])
    let shown = try fixture.service.run(
      ShowNotices(subject: notice), as: ServiceFixture.admin)
    #expect(shown.measure == nil)
    #expect(!shown.identitiesRevealed)
    let document = try #require(shown.notices.first?.notice)
    #expect(document.urls.first?.url == IdentityVault.concealed)
    #expect(document.notifier.name == IdentityVault.concealed)
    #expect(try fixture.service.registry.accessLog().isEmpty)
  }

  @Test(
    "a notice shown with a purpose is logged first, with the service's time")
  func showRevealIsLogged() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure()
    let notice = try fixture.notice(for: measure, urls: [Self.first])
    let shown = try fixture.service.run(
      ShowNotices(subject: notice, purpose: "vérifier les adresses"),
      as: ServiceFixture.bobignyDelegate)
    #expect(shown.identitiesRevealed)
    #expect(shown.notices.first?.notice.urls.first?.url == Self.first)
    #expect(
      shown.notices.first?.notice.notifier.name == ServiceFixture.notifier)
    let log = try fixture.service.registry.accessLog()
    #expect(log.count == 1)
    let entry = try #require(log.first)
    #expect(entry.actor == "delegue.bobigny")
    #expect(entry.action == .notice)
    #expect(entry.caseReference?.description == reference)
    #expect(entry.recordedAt == ServiceFixture.now)
    #expect(entry.details == ["command": "notice show", "notice": notice])
  }

  @Test(
    "rendering always reveals: refused without a purpose, logged with one, a measure standing for its only notice"
  )
  func renderRequiresPurpose() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure()
    let notice = try fixture.notice(for: measure, urls: [Self.first])
    try fixture.expectFieldRefused(
      RenderNotice(subject: notice, purpose: nil), field: "purpose",
      mentioning: "{purpose}")
    #expect(try fixture.service.registry.accessLog().isEmpty)
    let rendered = try fixture.service.run(
      RenderNotice(
        subject: measure, purpose: "envoyer à la plateforme", lang: "en",
        format: "json"),
      as: ServiceFixture.bobignyDelegate)
    #expect(rendered.contentType == "application/json")
    #expect(rendered.text.contains(Self.first))
    #expect(rendered.text.contains(ServiceFixture.email))
    let text = try fixture.service.run(
      RenderNotice(subject: notice, purpose: "envoyer à la plateforme"),
      as: ServiceFixture.bobignyDelegate)
    #expect(text.contentType.hasPrefix("text/plain"))
    #expect(text.text.contains("Notification au titre de l'article 16"))
    let log = try fixture.service.registry.accessLog()
    #expect(log.map(\.action) == [.notice, .notice])
    #expect(log.map(\.details) == [["notice": measure], ["notice": notice]])
    #expect(log.allSatisfy { $0.caseReference?.description == reference })
  }

  @Test("a notice outside the caller's scope is refused and nothing is written")
  func outOfScopeIsRefused() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure(court: ServiceFixture.paris)
    let notice = try fixture.notice(for: measure, urls: [Self.first])
    let delegate = ServiceFixture.bobignyDelegate
    try fixture.expectRefusal(
      DraftNotice(
        measure: measure, urls: [Self.second],
        notifier: ServiceFixture.notifier, email: ServiceFixture.email,
        channel: "pharos"),
      as: delegate, throws: DomainError.self)
    try fixture.expectRefusal(
      AddNoticeURLs(notice: notice, urls: [Self.second]), as: delegate,
      throws: DomainError.self)
    try fixture.expectRefusal(
      SendNotice(notice: notice), as: delegate, throws: DomainError.self)
    try fixture.expectRefusal(
      ShowNotices(subject: notice, purpose: "vérifier"), as: delegate,
      throws: DomainError.self)
    try fixture.expectRefusal(
      RenderNotice(subject: notice, purpose: "envoyer"), as: delegate,
      throws: DomainError.self)
    try fixture.expectRefusal(
      ShowNotices(subject: notice), as: ServiceFixture.liaison,
      throws: AccessRefusal.self)
    #expect(try fixture.service.registry.accessLog().isEmpty)
  }

  @Test(
    "due notices are those past their channel's delay, within the caller's scope"
  )
  func dueNotices() throws {
    let fixture = try ServiceFixture()
    let (bobigny, bobignyMeasure) = try fixture.measure()
    let (_, parisMeasure) = try fixture.measure(court: ServiceFixture.paris)
    let late = try fixture.notice(
      for: bobignyMeasure, urls: [Self.first], channel: "trusted_flagger")
    let other = try fixture.notice(for: parisMeasure, urls: [Self.second])
    let recent = try fixture.notice(for: bobignyMeasure, urls: [Self.second])
    for (notice, at) in [
      (late, "01/12/2026 10:00"), (other, "20/11/2026 10:00"),
      (recent, "03/12/2026 10:00"),
    ] {
      _ = try fixture.service.run(
        SendNotice(notice: notice, at: at), as: ServiceFixture.admin)
    }
    let all = try fixture.service.run(
      ListDueNotices(), as: ServiceFixture.admin)
    #expect(all.notices.map(\.notice) == [other, late])
    #expect(all.asOf == ISODate.string(ServiceFixture.now))
    let row = try #require(all.notices.last)
    #expect(row.caseReference == bobigny)
    #expect(row.followUpDue == "2026-12-03T09:00:00Z")
    #expect(row.daysLate == 4)
    #expect(row.pendingUrls == 1)
    let scoped = try fixture.service.run(
      ListDueNotices(), as: ServiceFixture.bobignyDelegate)
    #expect(scoped.notices.map(\.notice) == [late])
    try fixture.expectRefusal(
      ListDueNotices(), as: ServiceFixture.liaison, throws: AccessRefusal.self)

    // The delays are the configuration's: three days for the platform form.
    let configured = EgideService(
      registry: fixture.service.registry,
      configuration: ServiceConfiguration(
        followUp: FollowUpPolicy(days: [.platformForm: 3]),
        trustedFlagger: ServiceFixture.trustedFlagger),
      clock: { ServiceFixture.now })
    let due = try configured.run(ListDueNotices(), as: ServiceFixture.admin)
    #expect(due.notices.map(\.notice) == [other, late, recent])
  }

  @Test("a refused value names its field and nothing is written")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure()
    let notice = try fixture.notice(for: measure, urls: [Self.first])
    func draft(
      channel: String = "pharos", notifier: String = ServiceFixture.notifier,
      email: String = ServiceFixture.email
    ) -> DraftNotice {
      DraftNotice(
        measure: measure, urls: [Self.second], notifier: notifier,
        email: email, channel: channel)
    }
    try fixture.expectFieldRefused(
      draft(channel: "pharo"), field: "channel", mentioning: "'pharo'")
    try fixture.expectFieldRefused(
      draft(email: "ysaline.example.org"), field: "email",
      mentioning: "'ysaline.example.org'")
    try fixture.expectFieldRefused(
      draft(notifier: " "), field: "notifier", mentioning: "notifier")
    try fixture.expectFieldRefused(
      AddNoticeURLs(notice: notice, urls: []), field: "urls",
      mentioning: "{urls}")
    try fixture.expectFieldRefused(
      SendNotice(notice: notice, at: "08/12/2026"), field: "at",
      mentioning: "future")
    try fixture.expectFieldRefused(
      SendNotice(notice: notice, at: "2026-12"), field: "at",
      mentioning: "names a month")
    try fixture.expectFieldRefused(
      ReplyToNotice(notice: notice, decision: "deleted", reasons: "x"),
      field: "decision", mentioning: "'deleted'")
    try fixture.expectFieldRefused(
      RenderNotice(subject: notice, purpose: "envoyer", lang: "de"),
      field: "lang", mentioning: "'de'")
    try fixture.expectFieldRefused(
      RenderNotice(subject: notice, purpose: "envoyer", format: "pdf"),
      field: "format", mentioning: "'pdf'")
    try fixture.expectFieldRefused(
      ShowNotices(subject: "12"), field: "notice", mentioning: "'12'")
    #expect(try fixture.service.registry.accessLog().isEmpty)
  }

  @Test("a reply to a draft is refused by the notice's lifecycle")
  func replyToDraftIsRefused() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure()
    let notice = try fixture.notice(for: measure, urls: [Self.first])
    let error = try fixture.expectRefusal(
      ReplyToNotice(notice: notice, decision: "removed", reasons: "Retiré"),
      as: ServiceFixture.admin, throws: DomainError.self)
    #expect(error?.code == .forbiddenTransition)
    #expect(error?.message.contains("draft") == true)
    #expect(error?.message.contains("egide") == false)
  }

  @Test(
    "the trusted flagger channel needs the server's configured organisation, which the notice names"
  )
  func trustedFlaggerNeedsServerConfiguration() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure()
    let unconfigured = EgideService(
      registry: fixture.service.registry, configuration: ServiceConfiguration(),
      clock: { ServiceFixture.now })
    let request = DraftNotice(
      measure: measure, urls: [Self.first], notifier: ServiceFixture.notifier,
      email: ServiceFixture.email, channel: "trusted_flagger")
    let error = #expect(throws: DomainError.self) {
      try unconfigured.run(request, as: ServiceFixture.admin)
    }
    #expect(
      error?.message.contains("notices.trusted_flagger_organisation") == true,
      "\(error?.message ?? "")")
    let notice = try fixture.service.run(request, as: ServiceFixture.admin)
      .notice
    let text = try fixture.service.run(
      RenderNotice(subject: notice, purpose: "envoyer à la plateforme"),
      as: ServiceFixture.admin)
    #expect(text.text.contains("Nom : \(ServiceFixture.trustedFlagger)"))
  }

  @Test("an unknown kind is refused naming the kinds field")
  func unknownKindNamesItsField() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure()
    try fixture.expectFieldRefused(
      DraftNotice(
        measure: measure, urls: [Self.first],
        notifier: ServiceFixture.notifier, email: ServiceFixture.email,
        channel: "platform_form", kinds: ["menace"]),
      field: "kinds", mentioning: "'menace'")
  }
}
