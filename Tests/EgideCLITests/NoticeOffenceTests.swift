import Foundation
import Testing

/// Notices cite the offences of the kinds their content carries for the
/// person targeted; PHAROS reports and trusted flaggers are what they are.
@Suite("Notices: offences by person, PHAROS and trusted flaggers")
struct NoticeOffenceTests {
  static let url = "https://x.com/compte_imaginaire_12/status/4401"
  static let organisation = "Association de signalement fictive"

  /// A registry with a case of threat, outrage and assault against a
  /// person of `role` on X and its content_takedown measure; returns the
  /// measure.
  static func takedown(_ sandbox: Sandbox, role: String) throws -> String {
    try sandbox.initRegistry()
    let report = try sandbox.run(
      Sandbox.reportArguments(
        kind: "threat", target: "Orlane PERVIAC", role: role,
        extra: ["--kind", "outrage", "--kind", "assault", "--platform", "x"])
        + ["--db", sandbox.db],
      environment: ["EGIDE_NOW": "2026-11-20T09:00Z"])
    try #require(report.status == 0, "\(report)")
    let requested = try NoticeWorkflowTests.at(
      sandbox, "2026-11-20T09:10Z", "measure", "request", report.output,
      "--kind", "content_takedown", "--authority", "X (Twitter)")
    return try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
  }

  static func draft(
    _ sandbox: Sandbox, _ measure: String, channel: String = "platform_form",
    _ extra: String...
  ) throws {
    try NoticeWorkflowTests.at(
      sandbox, "2026-11-20T09:40Z", "notice", "draft", measure, "--url", url,
      "--notifier", "Ysaline MORVANEC", "--email",
      "ysaline.morvanec@example.org", "--channel", channel,
      extra.first ?? "--reasons", extra.dropFirst().first ?? "Injures publiées")
  }

  static func render(_ sandbox: Sandbox, _ extra: String...) throws -> String {
    let result = try sandbox.run(
      ["notice", "render", "N-000001"] + extra
        + ["--purpose", Sandbox.purpose, "--db", sandbox.db],
      environment: ["EGIDE_NOW": "2026-11-20T09:45Z"])
    #expect(result.status == 0, "\(result)")
    return result.stdout
  }

  @Test(
    "a notice for a case against a greffier cites 433-5 and 433-3, not 434-24 or 434-8, and names no assault"
  )
  func greffierNoticeCitesPublicServiceArticles() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedown(sandbox, role: "clerk")
    try Self.draft(sandbox, measure)
    let text = try Self.render(sandbox)
    for expected in [
      "C. pén. 433-3 al. 2", "C. pén. 433-5",
      "loi du 29 juillet 1881, art. 31 et 33 al. 1",
      "un agent du greffe ou de la juridiction",
      "menace, outrage, injure, diffamation",
    ] {
      #expect(text.contains(expected), "missing \(expected): \(text)")
    }
    for absent in ["434-24", "434-8", "222-13", "222-7", "agression"] {
      #expect(!text.contains(absent), "\(absent) cited: \(text)")
    }
    let json = try Self.render(sandbox, "--format", "json")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8))
        as? [String: Any])
    #expect(document["kinds"] as? [String] == ["threat", "outrage"])
  }

  @Test("a notice for a case against a judge cites 434-24 and 434-8")
  func judgeNoticeCitesMagistrateArticles() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedown(sandbox, role: "judge")
    try Self.draft(sandbox, measure, "--kinds", "outrage")
    let text = try Self.render(sandbox)
    #expect(text.contains("C. pén. 434-24"), "\(text)")
    #expect(!text.contains("433-5"), "\(text)")
    #expect(!text.contains("433-3"), "\(text)")
  }

  @Test(
    "a kind that is not online content is refused in one line and nothing is written"
  )
  func offlineKindIsRefused() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedown(sandbox, role: "clerk")
    try NoticeBadInputTests.expectRefused(
      .init(sandbox: sandbox),
      NoticeBadInputTests.draft(measure) + ["--kinds", "threat,assault"],
      status: 64, mentions: ["kind", "'assault'", "threat", "outrage"])
  }

  @Test(
    "the trusted flagger channel is refused in one line without a configured organisation"
  )
  func trustedFlaggerNeedsConfiguration() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedown(sandbox, role: "clerk")
    try NoticeBadInputTests.expectRefused(
      .init(sandbox: sandbox),
      NoticeBadInputTests.draft(measure, channel: "trusted_flagger"),
      status: 65,
      mentions: ["trusted_flagger", "notices.trusted_flagger_organisation"])
  }

  @Test("a trusted flagger's notice names the organisation as the notifier")
  func trustedFlaggerNoticeNamesOrganisation() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedown(sandbox, role: "clerk")
    try "[notices]\ntrusted_flagger_organisation = \"\(Self.organisation)\"\n"
      .write(toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    try Self.draft(sandbox, measure, channel: "trusted_flagger")
    let text = try Self.render(sandbox)
    for expected in [
      "   Nom : \(Self.organisation)",
      "signaleur de confiance désigné (art. 22 DSA)",
      "   Pour lui : Ysaline MORVANEC",
      "Ysaline MORVANEC pour \(Self.organisation)",
    ] {
      #expect(text.contains(expected), "missing \(expected): \(text)")
    }
    #expect(!text.contains("   Nom : Ysaline MORVANEC"), "\(text)")
  }

  @Test(
    "a PHAROS report is its own document: the URLs, when seen, what the content is and the offences"
  )
  func pharosReportIsItsOwnDocument() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedown(sandbox, role: "clerk")
    try Self.draft(sandbox, measure, channel: "pharos")
    let text = try Self.render(sandbox)
    for expected in [
      "Signalement PHAROS", "internet-signalement.gouv.fr",
      "\(Self.url) (constaté au plus tard le 20/11/2026 à 10:40)",
      "menace", "C. pén. 433-5", "3. Signalant",
    ] {
      #expect(text.contains(expected), "missing \(expected): \(text)")
    }
    for absent in ["article 16", "art. 16", "bonne foi", "Destinataire"] {
      #expect(!text.contains(absent), "\(absent) in: \(text)")
    }
    let json = try Self.render(sandbox, "--format", "json", "--lang", "en")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8))
        as? [String: Any])
    #expect(document["goodFaithStatement"] == nil)
    #expect(
      (document["recipient"] as? String)?.contains("PHAROS") == true)
    let content = try #require(document["content"] as? [[String: String]])
    #expect(
      content == [["url": Self.url, "seenOnOrBefore": "2026-11-20T09:40:00Z"]])
  }
}
