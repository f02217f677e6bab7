import Foundation
import Testing

/// A refused command: its exit status, one line on standard error naming
/// the field and the value, and a registry byte-for-byte unchanged.
@Suite("Bad input is refused and writes nothing")
struct BadInputTests {
  /// A registry with one open case (new, unrated), plus a second case
  /// whose only measure has been lifted and which is then closed.
  struct Fixture {
    let sandbox: Sandbox
    let open: String
    let closed: String
    let liftedMeasure: String
  }

  static func fixture() throws -> Fixture {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let open = try sandbox.report(summary: "Message menaçant")
    let closed = try sandbox.report(
      target: "Ysolde FARGIER", role: "clerk", summary: "Appel anonyme")
    let requested = try sandbox.succeed(
      "measure", "request", closed, "--kind", "security_assessment",
      "--authority", "Cour d'appel fictive")
    let measure = try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
    try sandbox.succeed("measure", "update", measure, "--status", "in_place")
    try sandbox.succeed("measure", "update", measure, "--status", "lifted")
    try sandbox.succeed("close", closed, "--reason", "unfounded")
    return Fixture(
      sandbox: sandbox, open: open, closed: closed, liftedMeasure: measure)
  }

  /// Runs `arguments` on the fixture's registry and checks the refusal.
  static func expectRefused(
    _ fixture: Fixture, _ arguments: [String], status: Int32,
    mentions: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let sandbox = fixture.sandbox
    let before = sandbox.snapshot()
    let filesBefore = sandbox.files()
    try #require(before.main != nil, sourceLocation: sourceLocation)
    let result = try sandbox.run(arguments + ["--db", sandbox.db])
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
    let after = sandbox.snapshot()
    #expect(
      after == before,
      "the registry changed (\(before.differences(to: after))): \(result)",
      sourceLocation: sourceLocation)
    #expect(sandbox.files() == filesBefore, sourceLocation: sourceLocation)
  }

  @Test(
    "an unknown kind is refused with the accepted kinds and the closest one")
  func unknownKind() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(kind: "thret"), status: 64,
      mentions: [
        "kind", "'thret'", "threat", "intimidation", "open_data_exposure",
        "did you mean 'threat'",
      ])
  }

  @Test("an unknown court is refused with the closest court suggested")
  func unknownCourt() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(court: "Bobignyy"), status: 64,
      mentions: ["court", "Bobignyy", "did you mean", "tj93008"])
  }

  @Test("an unknown role is refused with the accepted roles")
  func unknownRole() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(role: "juje"), status: 64,
      mentions: [
        "role", "'juje'", "judge", "prosecutor", "clerk", "family",
        "did you mean 'judge'",
      ])
  }

  @Test("an unknown measure status is refused with the accepted statuses")
  func unknownMeasureStatus() throws {
    let fixture = try Self.fixture()
    let requested = try fixture.sandbox.succeed(
      "measure", "request", fixture.open, "--kind", "content_takedown",
      "--authority", "Plateforme fictive")
    let measure = try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
    try Self.expectRefused(
      fixture, ["measure", "update", measure, "--status", "grantd"], status: 64,
      mentions: [
        "status", "'grantd'", "in_place", "withdrawn", "did you mean 'granted'",
      ])
  }

  @Test("an unknown escalation level is refused with the accepted levels")
  func unknownLevel() throws {
    let fixture = try Self.fixture()
    try fixture.sandbox.succeed("assess", fixture.open, "--severity", "high")
    try Self.expectRefused(
      fixture,
      [
        "escalate", fixture.open, "--to", "head_of_cour", "--reason", "Urgence",
      ],
      status: 64,
      mentions: [
        "level", "'head_of_cour'", "head_of_appeal_court", "ministry",
        "did you mean 'head_of_court'",
      ])
  }

  @Test(
    "an impossible date such as 31/02/2026 is refused with the accepted forms")
  func malformedDate() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(extra: ["--occurred", "31/02/2026"]),
      status: 64,
      mentions: ["occurred", "31/02/2026", "DD/MM/YYYY", "YYYY-MM-DD"])
  }

  @Test("a date of occurrence in the future is refused as bad data")
  func futureDate() throws {
    let fixture = try Self.fixture()
    let year =
      Calendar(identifier: .gregorian).component(.year, from: Date()) + 2
    let future = "15/06/\(year)"
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(extra: ["--occurred", future]),
      status: 65,
      mentions: ["occurred", future, "future"])
  }

  @Test("an empty summary is refused")
  func emptySummary() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(summary: ""), status: 64,
      mentions: ["summary", "empty"])
  }

  @Test("a summary of 600 characters is refused with the limit")
  func oversizedSummary() throws {
    let fixture = try Self.fixture()
    let summary = String(repeating: "é", count: 600)
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(summary: summary), status: 65,
      mentions: ["summary", "600", "500"])
  }

  @Test("a narrative @file that does not exist is refused as missing input")
  func missingNarrativeFile() throws {
    let fixture = try Self.fixture()
    let missing = fixture.sandbox.path("recit-absent.txt")
    try Self.expectRefused(
      fixture, Sandbox.reportArguments(extra: ["--narrative", "@" + missing]),
      status: 66,
      mentions: ["narrative", missing])
  }

  @Test("an evidence file that does not exist is refused as missing input")
  func missingEvidenceFile() throws {
    let fixture = try Self.fixture()
    let missing = fixture.sandbox.path("capture-absente.png")
    try Self.expectRefused(
      fixture, ["evidence", "add", fixture.open, "--file", missing], status: 66,
      mentions: ["file", missing])
  }

  @Test(
    "resolving a closed case is refused naming its state and the allowed next steps"
  )
  func resolveClosed() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, ["resolve", fixture.closed, "--outcome", "Fin"], status: 65,
      mentions: [fixture.closed, "closed", "allowed next", "reopen"])
  }

  @Test(
    "requesting a measure on a closed case is refused naming its state and the allowed next steps"
  )
  func measureOnClosed() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture,
      [
        "measure", "request", fixture.closed, "--kind", "police_protection",
        "--authority", "Préfecture fictive",
      ],
      status: 65,
      mentions: [fixture.closed, "closed", "allowed next", "reopen"])
  }

  @Test(
    "updating a lifted measure is refused naming its state and the allowed next steps"
  )
  func updateLifted() throws {
    let fixture = try Self.fixture()
    try fixture.sandbox.succeed(
      "reopen", fixture.closed, "--reason", "Nouveaux faits")
    try Self.expectRefused(
      fixture,
      ["measure", "update", fixture.liftedMeasure, "--status", "in_place"],
      status: 65,
      mentions: [fixture.liftedMeasure, "lifted", "allowed next"])
  }

  @Test("escalating a case not yet assessed is refused naming its state")
  func escalateNew() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture,
      ["escalate", fixture.open, "--to", "ministry", "--reason", "Urgence"],
      status: 65,
      mentions: [fixture.open, "new", "allowed next", "assess"])
  }

  @Test("an unknown case reference is refused as bad data")
  func unknownReference() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, ["note", "2031-0999", "Texte"], status: 65,
      mentions: ["2031-0999"])
    try Self.expectRefused(
      fixture, ["show", "2031-0999"], status: 65, mentions: ["2031-0999"])
  }

  @Test("a malformed case reference is refused as a usage error")
  func malformedReference() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, ["note", "20260001", "Texte"], status: 64,
      mentions: ["reference", "20260001"])
  }

  @Test("a duplicate naming a case that does not exist is refused")
  func duplicateOfUnknown() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture,
      [
        "close", fixture.open, "--reason", "duplicate", "--duplicate-of",
        "2031-0777",
      ],
      status: 65, mentions: ["duplicate-of", "2031-0777"])
  }

  @Test("a missing registry is refused and no file is created")
  func missingRegistry() throws {
    let sandbox = try Sandbox()
    let missing = sandbox.path("absent.sqlite")
    for arguments in [
      ["list"], Sandbox.reportArguments(), ["note", "2026-0001", "Texte"],
      ["show", "2026-0001"],
    ] {
      let result = try sandbox.run(arguments + ["--db", missing])
      #expect(result.status == 66, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.contains(missing), "\(result)")
      #expect(sandbox.files().isEmpty, "files created: \(sandbox.files())")
    }
  }

  @Test(
    "without a terminal, a report with fields missing lists them and writes nothing"
  )
  func missingFieldsWithoutTerminal() throws {
    let fixture = try Self.fixture()
    try Self.expectRefused(
      fixture, ["report"], status: 64,
      mentions: [
        "missing", "--kind", "--channel", "--court", "--target", "--role",
        "--person", "--summary",
      ])
    let result = try fixture.sandbox.egide(
      "report", "--kind", "threat", "--court", "Bobigny")
    #expect(result.status == 64, "\(result)")
    #expect(
      result.stderr.contains("--channel")
        && result.stderr.contains("--summary"), "\(result)")
    #expect(
      !result.stderr.contains("--kind") && !result.stderr.contains("--court"),
      "\(result)")
    try Self.expectRefused(
      fixture, ["report", "--kind", "threat", "--court", "Bobigny"], status: 64,
      mentions: ["--channel", "--target", "--summary"])
  }
}
