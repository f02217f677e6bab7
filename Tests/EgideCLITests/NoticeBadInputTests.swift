import Foundation
import Testing

/// Notice commands that are refused: one line on standard error naming
/// the field and the value, the exit status, and a registry byte-for-byte
/// unchanged.
@Suite("Bad notice input is refused and writes nothing")
struct NoticeBadInputTests {
  static let now = "2026-11-24T12:00Z"
  static let url = "https://x.com/compte_imaginaire_8/status/77"

  /// A registry with a content_takedown measure (M-000001), a
  /// police_protection measure (M-000002), a draft notice N-000001 and a
  /// sent notice N-000002 whose URL was removed.
  struct Fixture {
    let sandbox: Sandbox
  }

  static func fixture() throws -> Fixture {
    let sandbox = try Sandbox()
    let measure = try NoticeWorkflowTests.caseWithTakedown(sandbox)
    #expect(measure == "M-000001")
    let reference = "2026-0001"
    try NoticeWorkflowTests.at(
      sandbox, "2026-11-20T09:20Z", "measure", "request", reference, "--kind",
      "police_protection", "--authority", "Préfecture fictive")
    for (time, channel) in [
      ("2026-11-20T09:30Z", "platform_form"), ("2026-11-20T09:40Z", "pharos"),
    ] {
      try NoticeWorkflowTests.at(
        sandbox, time, "notice", "draft", measure, "--url", url,
        "--notifier", "Ysaline MORVANEC", "--email",
        "ysaline.morvanec@example.org", "--channel", channel)
    }
    try NoticeWorkflowTests.at(
      sandbox, "2026-11-20T10:00Z", "notice", "send", "N-000002")
    try NoticeWorkflowTests.at(
      sandbox, "2026-11-21T10:00Z", "notice", "reply", "N-000002",
      "--decision", "removed", "--reasons", "Retiré")
    return Fixture(sandbox: sandbox)
  }

  /// Runs `arguments` and checks the refusal and that nothing changed.
  static func expectRefused(
    _ fixture: Fixture, _ arguments: [String], status: Int32,
    mentions: [String], never: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let sandbox = fixture.sandbox
    let before = sandbox.snapshot()
    let filesBefore = sandbox.files()
    try #require(before.main != nil, sourceLocation: sourceLocation)
    let result = try sandbox.run(
      arguments + ["--db", sandbox.db], environment: ["EGIDE_NOW": now])
    #expect(
      result.status == status, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.stderrLines.count == 1, "expected one line on stderr: \(result)",
      sourceLocation: sourceLocation)
    for text in mentions {
      #expect(
        result.stderr.contains(text),
        "stderr does not mention \(text): \(result)",
        sourceLocation: sourceLocation)
    }
    for text in never {
      #expect(
        !result.stderr.contains(text), "stderr reveals \(text): \(result)",
        sourceLocation: sourceLocation)
    }
    let after = sandbox.snapshot()
    #expect(
      after == before,
      "the registry changed (\(before.differences(to: after))): \(result)",
      sourceLocation: sourceLocation)
    #expect(sandbox.files() == filesBefore, sourceLocation: sourceLocation)
  }

  static func draft(
    _ measure: String = "M-000001", url: String = url,
    email: String = "ysaline.morvanec@example.org",
    channel: String = "platform_form"
  ) -> [String] {
    [
      "notice", "draft", measure, "--url", url, "--notifier",
      "Ysaline MORVANEC", "--email", email, "--channel", channel,
    ]
  }

  @Test("an unknown channel is refused with the accepted channels")
  func unknownChannel() throws {
    try Self.expectRefused(
      try Self.fixture(), Self.draft(channel: "pharo"), status: 64,
      mentions: [
        "channel", "'pharo'", "platform_form", "trusted_flagger",
        "did you mean 'pharos'",
      ])
  }

  @Test("a malformed e-mail is refused with the value")
  func badEmail() throws {
    try Self.expectRefused(
      try Self.fixture(), Self.draft(email: "ysaline.example.org"), status: 64,
      mentions: ["email", "'ysaline.example.org'", "name@example.org"])
  }

  @Test("a URL that is not an address is refused with the value")
  func badURL() throws {
    try Self.expectRefused(
      try Self.fixture(), Self.draft(url: "x.com/status/77"), status: 64,
      mentions: ["url", "'x.com/status/77'", "https://"])
  }

  @Test("a notice for a measure that is not a content_takedown is refused")
  func wrongMeasureKind() throws {
    try Self.expectRefused(
      try Self.fixture(), Self.draft("M-000002"), status: 65,
      mentions: ["M-000002", "police_protection", "content_takedown"])
  }

  @Test("a notice for an unknown measure is refused")
  func unknownMeasure() throws {
    try Self.expectRefused(
      try Self.fixture(), Self.draft("M-000099"), status: 65,
      mentions: ["M-000099"])
  }

  @Test("a draft cannot receive a reply")
  func replyToDraft() throws {
    try Self.expectRefused(
      try Self.fixture(),
      [
        "notice", "reply", "N-000001", "--decision", "removed", "--reasons",
        "Retiré",
      ],
      status: 65, mentions: ["N-000001", "draft", "record its sending"])
  }

  @Test(
    "a notice is sent once, and the refusal gives the sending in local time, not UTC"
  )
  func sendTwice() throws {
    // Sent at 10:00 UTC, 11:00 in Paris.
    try Self.expectRefused(
      try Self.fixture(), ["notice", "send", "N-000002"], status: 65,
      mentions: ["N-000002", "already sent on 2026-11-20 11:00"],
      never: ["T10:00Z"])
  }

  @Test("a sending date in the future is refused")
  func sendInFuture() throws {
    try Self.expectRefused(
      try Self.fixture(), ["notice", "send", "N-000001", "--at", "30/11/2026"],
      status: 65, mentions: ["at", "30/11/2026", "future"])
  }

  @Test("a removed URL cannot be kept again")
  func removedStaysRemoved() throws {
    try Self.expectRefused(
      try Self.fixture(),
      [
        "notice", "reply", "N-000002", "--decision", "kept", "--url", Self.url,
        "--reasons", "Rétabli",
      ], status: 65, mentions: [Self.url, "removed", "stays removed"])
  }

  @Test("a URL of a sent notice cannot be added")
  func addURLToSent() throws {
    try Self.expectRefused(
      try Self.fixture(),
      [
        "notice", "add-url", "N-000002", "--url",
        "https://x.com/compte_imaginaire_8/status/78",
      ], status: 65, mentions: ["N-000002", "sent", "new notice"])
  }

  @Test(
    "a reply about a URL not in the notice is refused without printing the notice's sealed URLs"
  )
  func replyUnknownURL() throws {
    try Self.expectRefused(
      try Self.fixture(),
      [
        "notice", "reply", "N-000002", "--decision", "removed", "--url",
        "https://x.com/autre/status/1", "--reasons", "Retiré",
      ], status: 65,
      mentions: [
        "https://x.com/autre/status/1", "not in notice",
        "revealed with a --purpose",
      ],
      never: ["compte_imaginaire"])
  }

  @Test("an unknown decision is refused with the accepted decisions")
  func unknownDecision() throws {
    try Self.expectRefused(
      try Self.fixture(),
      [
        "notice", "reply", "N-000002", "--decision", "deleted", "--reasons",
        "x",
      ],
      status: 64,
      mentions: ["decision", "'deleted'", "removed", "restricted", "kept"])
  }

  @Test("an unknown language or format for render is refused")
  func renderOptions() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, ["notice", "render", "N-000001", "--lang", "de"], status: 64,
      mentions: ["lang", "'de'", "fr", "en"])
    try Self.expectRefused(
      fixture, ["notice", "render", "N-000001", "--format", "pdf"], status: 64,
      mentions: ["format", "'pdf'", "txt", "json"])
    try Self.expectRefused(
      fixture, ["notice", "render", "12"], status: 64,
      mentions: ["'12'", "N-000001", "M-000003"])
  }

  @Test("a follow-up delay out of range in the config file is refused")
  func badDelay() throws {
    let fixture = try Self.fixture()
    try "[notices]\npharos = 0\n".write(
      toFile: fixture.sandbox.configPath, atomically: true, encoding: .utf8)
    try Self.expectRefused(
      fixture, ["due"], status: 64,
      mentions: ["notices.pharos", "'0'", "1 to 90"])
  }
}
