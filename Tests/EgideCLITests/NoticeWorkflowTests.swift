import Foundation
import Testing

/// A delegate goes from a hostile post to a sent notice and a measured
/// removal, with the real binary.
@Suite("Platform notices, end to end")
struct NoticeWorkflowTests {
  static let removedURL = "https://x.com/compte_imaginaire_7/status/9001"
  static let keptURL = "https://x.com/compte_imaginaire_7/status/9002"
  static let notifier = "Ysaline MORVANEC"
  static let email = "ysaline.morvanec@example.org"
  static let goodFaith =
    "Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes."

  /// Runs a command on the sandbox registry at a fixed time; it must
  /// succeed.
  @discardableResult
  static func at(
    _ sandbox: Sandbox, _ now: String, _ arguments: String...,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> EgideResult {
    let result = try sandbox.run(
      arguments + ["--db", sandbox.db], environment: ["EGIDE_NOW": now])
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result
  }

  /// A registry with a threat-and-doxxing case on X and its
  /// content_takedown measure; returns the measure.
  static func caseWithTakedown(_ sandbox: Sandbox) throws -> String {
    try sandbox.initRegistry()
    let report = try sandbox.run(
      Sandbox.reportArguments(
        kind: "threat",
        extra: ["--kind", "doxxing", "--platform", "x"])
        + ["--db", sandbox.db],
      environment: ["EGIDE_NOW": "2026-11-20T09:00Z"])
    try #require(report.status == 0, "\(report)")
    let requested = try at(
      sandbox, "2026-11-20T09:10Z", "measure", "request", report.output,
      "--kind", "content_takedown", "--authority", "X (Twitter)")
    return try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
  }

  @Test(
    "from a hostile post to a sent notice, a measured removal and the follow-up list"
  )
  func hostilePostToRemoval() throws {
    let sandbox = try Sandbox()
    let measure = try Self.caseWithTakedown(sandbox)

    let drafted = try Self.at(
      sandbox, "2026-11-20T09:30Z", "notice", "draft", measure,
      "--url", Self.removedURL, "--url", Self.keptURL,
      "--notifier", Self.notifier, "--email", Self.email,
      "--channel", "platform_form",
      "--reasons", "Menace de mort accompagnée de l'adresse du domicile")
    let notice = try #require(
      drafted.stdout.firstMatch(of: /N-\d+/).map { String($0.output) })
    #expect(notice == "N-000001")

    // The notice text, ready to send, from what the registry knows.
    let french = try Self.at(
      sandbox, "2026-11-20T09:35Z", "notice", "render", measure, "--lang", "fr",
      "--purpose", Sandbox.purpose)
    for expected in [
      "Notification au titre de l'article 16 du règlement (UE) 2022/2065 (DSA)",
      Self.removedURL, Self.keptURL, "433-3", "223-1-1", Self.notifier,
      Self.email, Self.goodFaith, "menace",
      "Menace de mort accompagnée de l'adresse du domicile",
    ] {
      #expect(
        french.stdout.contains(expected), "missing \(expected): \(french)")
    }
    let english = try Self.at(
      sandbox, "2026-11-20T09:35Z", "notice", "render", notice, "--lang", "en",
      "--format", "json", "--purpose", Sandbox.purpose)
    let document = try #require(
      try JSONSerialization.jsonObject(with: english.stdoutData)
        as? [String: Any])
    #expect(document["urls"] as? [String] == [Self.removedURL, Self.keptURL])
    #expect(
      document["offences"] as? [String] == [
        "C. pén. 433-3 al. 1", "C. pén. 434-8", "C. pén. 223-1-1 al. 2",
      ])
    #expect(
      (document["notifier"] as? [String: String])?["email"] == Self.email)
    #expect(
      (document["goodFaithStatement"] as? String)?.contains("in good faith")
        == true)
    #expect(document["status"] as? String == "draft")

    // Sent, then the platform answers URL by URL.
    let sent = try Self.at(
      sandbox, "2026-11-20T11:00Z", "notice", "send", notice, "--at",
      "2026-11-20T10:00Z")
    #expect(sent.stdout.contains("follow up on 2026-11-27"), "\(sent)")
    try Self.at(
      sandbox, "2026-11-21T16:00Z", "notice", "reply", notice, "--decision",
      "removed", "--url", Self.removedURL, "--reasons",
      "Contenu retiré : violation des règles sur les menaces", "--at",
      "2026-11-21T12:30Z")
    let kept = try Self.at(
      sandbox, "2026-11-22T10:00Z", "notice", "reply", notice, "--decision",
      "kept", "--reasons", "Aucune violation constatée")
    #expect(kept.stdout.contains("answered"), "\(kept)")

    // Per-URL status and time to removal, by notice and by measure.
    let shown = try Self.at(
      sandbox, "2026-11-22T10:05Z", "notice", "show", measure, "--identities",
      "--purpose", Sandbox.purpose)
    let lines = shown.stdout.split(separator: "\n").map(String.init)
    let removedLine = try #require(
      lines.first { $0.contains(Self.removedURL) }, "\(shown)")
    let keptLine = try #require(
      lines.first { $0.contains(Self.keptURL) }, "\(shown)")
    #expect(removedLine.contains("removed"))
    #expect(removedLine.contains("time to removal 1 d 2 h"), "\(removedLine)")
    #expect(keptLine.contains("kept"))
    #expect(!keptLine.contains("time to removal"))
    let json = try Self.at(
      sandbox, "2026-11-22T10:05Z", "notice", "show", notice, "--json")
    let shownDocument = try #require(
      try JSONSerialization.jsonObject(with: json.stdoutData)
        as? [String: Any])
    let urls = try #require(shownDocument["urls"] as? [[String: Any]])
    #expect(urls.map { $0["status"] as? String } == ["removed", "kept"])
    #expect(urls[0]["timeToRemovalSeconds"] as? Int == 95_400)
    #expect(urls[1]["timeToRemovalSeconds"] == nil)
    #expect(urls[0]["removedAt"] as? String == "2026-11-21T12:30:00Z")
    #expect(shownDocument["status"] as? String == "answered")

    // The case shows the notice under its measure, in text and JSON.
    let caseText = try Self.at(
      sandbox, "2026-11-22T10:05Z", "show", "2026-0001")
    let noticeLine = try #require(
      caseText.stdout.split(separator: "\n").first { $0.contains(notice) },
      "\(caseText)")
    #expect(noticeLine.contains("1 removed, 1 kept"), "\(noticeLine)")
    #expect(noticeLine.contains("removed after 1 d 2 h"), "\(noticeLine)")
    let caseJSON = try Self.at(
      sandbox, "2026-11-22T10:05Z", "show", "2026-0001", "--json")
    let caseDocument = try #require(
      try JSONSerialization.jsonObject(with: caseJSON.stdoutData)
        as? [String: Any])
    let caseNotices = try #require(
      caseDocument["notices"] as? [[String: Any]])
    #expect(caseNotices.map { $0["id"] as? String } == [notice])
    let caseURLs = try #require(caseNotices.first?["urls"] as? [[String: Any]])
    #expect(caseURLs.first?["timeToRemovalSeconds"] as? Int == 95_400)

    // A second notice, through a trusted flagger, gets no answer.
    try
      "[notices]\ntrusted_flagger_organisation = \"Association de signalement fictive\"\n"
      .write(toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    let second = try Self.at(
      sandbox, "2026-11-22T11:00Z", "notice", "draft", measure,
      "--url", "https://x.com/compte_imaginaire_7/status/9003",
      "--notifier", Self.notifier, "--email", Self.email,
      "--channel", "trusted_flagger")
    #expect(second.stdout.contains("N-000002"))
    try Self.at(sandbox, "2026-11-22T11:05Z", "notice", "send", "N-000002")

    // Not yet due after one day; due after the 2 days of trusted flaggers.
    let early = try Self.at(sandbox, "2026-11-23T11:05Z", "due")
    #expect(!early.stdout.contains("N-000002"), "\(early)")
    let due = try Self.at(sandbox, "2026-11-25T11:05Z", "due")
    #expect(due.stdout.contains("N-000002"), "\(due)")
    #expect(!due.stdout.contains("N-000001"), "\(due)")
    let dueJSON = try Self.at(sandbox, "2026-11-25T11:05Z", "due", "--json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: dueJSON.stdoutData)
        as? [[String: Any]])
    #expect(rows.map { $0["notice"] as? String } == ["N-000002"])
    #expect(rows.first?["daysLate"] as? Int == 1)
    #expect(rows.first?["channel"] as? String == "trusted_flagger")
    #expect(!dueJSON.stdout.contains("compte_imaginaire_7"))

    // The follow-up delay comes from the config file.
    try "[notices]\ntrusted_flagger = 5\n".write(
      toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    let configured = try Self.at(sandbox, "2026-11-25T11:05Z", "due")
    #expect(!configured.stdout.contains("N-000002"), "\(configured)")
  }

  @Test("every notice command has help with an example")
  func help() throws {
    let sandbox = try Sandbox()
    for command in [
      ["notice"], ["notice", "draft"], ["notice", "add-url"],
      ["notice", "send"], ["notice", "reply"], ["notice", "render"],
      ["notice", "show"], ["due"],
    ] {
      let result = try sandbox.run(command + ["--help"])
      #expect(result.status == 0, "\(result)")
      #expect(result.stdout.contains("Example:"), "\(result)")
    }
  }
}
