import Foundation
import Testing

@Suite(
  "Protection fonctionnelle: basis by status, written request, silence, decision"
)
struct ProtectionCommandTests {
  /// The measure line and the protection line under it in `show`.
  static func protectionLine(
    _ sandbox: Sandbox, _ reference: String, now: String
  )
    throws -> String
  {
    let shown = try sandbox.run(
      ["show", reference, "--db", sandbox.db], environment: ["EGIDE_NOW": now])
    #expect(shown.status == 0, "\(shown)")
    return shown.stdout.split(separator: "\n").map(String.init).first {
      $0.contains("protection fonctionnelle, basis")
    } ?? ""
  }

  @Test(
    "a clerk's protection rests on the CGFP, is due when silence becomes a refusal, and shows that refusal once two months have run"
  )
  func clerkSilence() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(
      target: "Ysolde FARGIER", role: "clerk", summary: "Menaces au guichet")
    let requested = try sandbox.run(
      [
        "measure", "request", reference, "--kind", "statutory_protection",
        "--authority", "Service administratif régional", "--requested-on",
        "2026-10-31", "--db", sandbox.db,
      ], environment: ["EGIDE_NOW": "2026-11-03T09:00Z"])
    #expect(requested.status == 0, "\(requested)")
    let awaiting = try Self.protectionLine(
      sandbox, reference, now: "2026-12-30T09:00Z")
    #expect(awaiting.contains("basis public_agent"), "\(awaiting)")
    #expect(awaiting.contains("L134-1"))
    #expect(awaiting.contains("written request of 2026-10-31"))
    // Two months from 31 October: there is no 31 December short month
    // here, so 31 December; silence is a refusal from that day.
    #expect(awaiting.contains("CRPA L231-4 5°), on 2026-12-31"), "\(awaiting)")
    let json = try Formats.object(
      try sandbox.run(
        ["show", reference, "--json", "--db", sandbox.db],
        environment: ["EGIDE_NOW": "2026-12-30T09:00Z"]))
    let measure = try #require((json["measures"] as? [[String: Any]])?.first)
    #expect(measure["protectionBasis"] as? String == "public_agent")
    // No --due: the measure falls due when silence becomes a refusal.
    #expect((measure["due"] as? String)?.hasPrefix("2026-12-31") == true)
    let silent = try Self.protectionLine(
      sandbox, reference, now: "2027-01-02T09:00Z")
    #expect(silent.contains("refused by silence since 2026-12-31"), "\(silent)")
    // The basis is in the case's history too.
    let timeline = try sandbox.succeed("timeline", reference)
    #expect(
      timeline.stdout.contains(
        "protection fonctionnelle, basis public_agent (Code général de la fonction publique L134-1 and L134-5)"
      ), "\(timeline.stdout)")
  }

  @Test(
    "a magistrate's protection rests on ord. 58-1270 art. 11; the decision's facts, duration and lawyer are shown and sealed"
  )
  func magistrateDecision() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    try sandbox.succeed(
      "measure", "request", reference, "--kind", "statutory_protection",
      "--authority", "Garde des Sceaux")
    let pending = try Self.protectionLine(
      sandbox, reference, now: ISO8601DateFormatter().string(from: Date()))
    #expect(pending.contains("basis magistrate"), "\(pending)")
    #expect(pending.contains("ordonnance n° 58-1270 art. 11 al. 1"))
    try sandbox.succeed(
      "measure", "update", "M-000001", "--status", "granted", "--facts",
      "Menaces publiées le 2 novembre sous pseudonyme", "--duration",
      "the proceedings", "--lawyer", "Maître Oriane VASSEUX-DELMOTTE")
    let shown = try sandbox.succeed(
      "show", reference, "--identities", "--purpose", "Test the decision")
    #expect(
      shown.stdout.contains(
        "facts covered: Menaces publiées le 2 novembre sous pseudonyme"),
      "\(shown.stdout)")
    #expect(shown.stdout.contains("duration: the proceedings"))
    #expect(shown.stdout.contains("lawyer: Maître Oriane VASSEUX-DELMOTTE"))
    let file = try #require(FileManager.default.contents(atPath: sandbox.db))
    let wal =
      FileManager.default.contents(atPath: sandbox.db + "-wal") ?? Data()
    for bytes in [file, wal] {
      #expect(bytes.range(of: Data("VASSEUX".utf8)) == nil)
    }
  }

  @Test(
    "a judge's relative rests on art. 11 al. 2, a clerk's relative on the CGFP extension"
  )
  func relatives() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    for (role, basis) in [
      ("judge", "magistrate_relative"), ("clerk", "agent_relative"),
    ] {
      let reference = try sandbox.report(
        target: "Maëlis QUERANTEC", role: role,
        extra: ["--target", "Arsène QUERANTEC", "--role", "family"])
      let shown = try Formats.object(
        try sandbox.succeed("show", reference, "--json"))
      let people = try #require(shown["people"] as? [[String: Any]])
      let relative = try #require(
        people.first { $0["role"] as? String == "family" }?["id"] as? String)
      try sandbox.succeed(
        "measure", "request", reference, "--kind", "statutory_protection",
        "--authority", "Garde des Sceaux", "--beneficiary", relative)
      let measures =
        try Formats.object(
          try sandbox.succeed("show", reference, "--json"))["measures"]
        as? [[String: Any]]
      #expect(measures?.last?["protectionBasis"] as? String == basis, "\(role)")
    }
  }

  @Test(
    "protection details on another kind or with a status that is not a decision are refused with one line, registry unchanged"
  )
  func badInput() throws {
    let fixture = try BadInputTests.fixture()
    try BadInputTests.expectRefused(
      fixture,
      [
        "measure", "request", fixture.open, "--kind", "police_protection",
        "--authority", "Préfecture", "--requested-on", "2026-10-01",
      ], status: 64,
      mentions: ["requested on '2026-10-01'", "statutory_protection"])
    try BadInputTests.expectRefused(
      fixture,
      [
        "measure", "request", fixture.open, "--kind", "statutory_protection",
        "--authority", "Garde des Sceaux", "--requested-on", "2099-01-01",
      ], status: 65, mentions: ["requested on '2099-01-01'", "future"])
    try BadInputTests.expectRefused(
      fixture,
      [
        "measure", "update", fixture.liftedMeasure, "--status", "in_place",
        "--facts", "Menaces",
      ], status: 64, mentions: ["in_place", "not a decision"])
  }
}
