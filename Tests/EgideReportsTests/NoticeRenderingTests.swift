import EgideCore
import Foundation
import Testing

@testable import EgideReports

/// Notices and PHAROS reports as the renderers write them.
@Suite("Notice and PHAROS report rendering")
struct NoticeRenderingTests {
  static let drafted = Date(timeIntervalSince1970: 1_795_000_000)
  static let paris = TimeZone(identifier: "Europe/Paris") ?? .current

  static func notice(
    channel: NoticeChannel, capacities: [ProtectedCapacity],
    trustedFlagger: String? = nil
  ) throws -> TakedownNotice {
    let draft = NoticeDraft(
      measure: MeasureID(3),
      caseReference: try CaseReference.parse("2026-0001"),
      platform: .x, channel: channel, kinds: [.threat, .doxxing],
      capacities: capacities, urls: ["https://x.com/compte_fictif/status/1"],
      notifier: Notifier(stored: "Ysaline MORVANEC", email: "y@example.org"),
      reasons: nil, trustedFlagger: trustedFlagger)
    return try TakedownNotice(
      id: NoticeID(1),
      events: [
        NoticeEvent(
          sequence: 1, actor: "delegue.test", recordedAt: drafted,
          change: .drafted(draft))
      ])
  }

  @Test("a PHAROS report in English is no DSA notice and dates each URL")
  func pharosReportInEnglish() throws {
    let text = PharosReportRenderer(language: .en, timeZone: Self.paris)
      .render(
        try Self.notice(channel: .pharos, capacities: [.magistrate]),
        as: .txt, now: Self.drafted)
    #expect(text.hasPrefix("Report to PHAROS"))
    #expect(!text.contains("Article 16"))
    #expect(text.contains("targets a magistrate"))
    #expect(text.contains("C. pén. 433-3 al. 1; C. pén. 434-8"))
    #expect(text.contains("(seen on or before 2026-11-18 "))
  }

  @Test("the notice renderer hands a PHAROS notice to the PHAROS report")
  func noticeRendererHandsOverPharos() throws {
    let notice = try Self.notice(channel: .pharos, capacities: [.relative])
    let text = NoticeRenderer(language: .fr, timeZone: Self.paris).render(
      notice, as: .txt, now: Self.drafted)
    #expect(text.hasPrefix("Signalement PHAROS"))
    #expect(text.contains("C. pén. 433-3 al. 4"))
  }

  @Test("a relative's notice cites the articles that protect relatives")
  func relativeNotice() throws {
    let notice = try Self.notice(
      channel: .platformForm, capacities: [.relative])
    let text = NoticeRenderer(language: .fr, timeZone: Self.paris).render(
      notice, as: .txt, now: Self.drafted)
    #expect(text.contains("un proche d'un magistrat ou d'un agent de justice"))
    #expect(text.contains("C. pén. 433-3 al. 4 ; C. pén. 223-1-1 al. 1"))
    #expect(!text.contains("434-8"))
  }
}
