import Foundation
import Testing

/// The path a union delegate and a court security officer follow, from an
/// empty registry to a resolved, reopened and closed case.
@Suite("A case followed from report to resolution")
struct HappyPathTests {
  @Test(
    "a delegate and a security officer follow a case from report to close through every command"
  )
  func fullLifecycle() throws {
    let sandbox = try Sandbox()
    let created = try sandbox.run(["init", "--db", sandbox.db])
    #expect(created.status == 0, "\(created)")
    #expect(FileManager.default.fileExists(atPath: sandbox.db))

    // The delegate logs the case.
    let reference = try sandbox.report(
      kind: "threat", channel: "social_network", court: "Bobigny",
      target: "Valézane MIROLIN", role: "judge", severity: "high",
      summary: "Menace de mort sous un jugement",
      extra: ["--platform", "x", "--author", "@corbeau_fictif"])
    #expect(reference.wholeMatch(of: /\d{4}-\d{4}/) != nil)
    let another = try sandbox.egide(
      "report", "--kind", "outrage", "--channel", "hearing", "--court",
      "tj93008",
      "--target", "Ombeline TESSARD", "--role", "clerk", "--summary",
      "Insultes à l'audience")
    #expect(another.status == 0, "\(another)")
    #expect(
      another.stdout.wholeMatch(of: /\d{4}-\d{4}\n/) != nil,
      "report must print only the reference: \(another)")
    #expect(another.output != reference)

    let listed = try sandbox.succeed("list")
    #expect(listed.stdout.contains(reference), "\(listed)")
    #expect(listed.stdout.contains("tj93008"), "\(listed)")
    let listedJSON = try Formats.references(
      try sandbox.succeed("list", "--format", "json"))
    #expect(Set(listedJSON) == [reference, another.output])

    // The security officer assesses, escalates and assigns it.
    try sandbox.succeed(
      "assess", reference, "--severity", "critical", "--factor", "death_threat")
    try sandbox.succeed(
      "escalate", reference, "--to", "head_of_court", "--reason",
      "Menace de mort",
      "--authority", "Présidente du tribunal fictif")
    try sandbox.succeed(
      "user", "add", "securite.bobigny", "--role", "security_officer",
      "--court", "tj93008")
    try sandbox.succeed("assign", reference, "--to", "securite.bobigny")
    try sandbox.succeed(
      "note", reference, "Rappel de la collègue : publication toujours en ligne"
    )

    // Evidence: a file comes back out byte for byte, never over a file.
    var bytes = Data(
      (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
    bytes.append(contentsOf: Array("capture d'écran fictive".utf8))
    let evidencePath = sandbox.path("capture.png")
    try bytes.write(to: URL(fileURLWithPath: evidencePath))
    let added = try sandbox.succeed(
      "evidence", "add", reference, "--file", evidencePath, "--description",
      "Capture du message")
    let fileID = try #require(
      added.stdout.firstMatch(of: /E-\d+/).map { String($0.output) }, "\(added)"
    )
    try sandbox.succeed(
      "evidence", "add", reference, "--url", "https://example.org/post/4242")

    let outPath = sandbox.path("restored.png")
    try sandbox.succeed(
      "evidence", "get", fileID, "--out", outPath, "--purpose", Sandbox.purpose)
    #expect(FileManager.default.contents(atPath: outPath) == bytes)

    let existing = sandbox.path("already-there.png")
    let kept = Data("ne pas écraser".utf8)
    try kept.write(to: URL(fileURLWithPath: existing))
    let refused = try sandbox.egide(
      "evidence", "get", fileID, "--out", existing, "--purpose", Sandbox.purpose
    )
    #expect(refused.status == 73, "\(refused)")
    #expect(refused.stderrLines.count == 1, "\(refused)")
    #expect(FileManager.default.contents(atPath: existing) == kept)

    // A protective measure, requested then granted.
    let requested = try sandbox.succeed(
      "measure", "request", reference, "--kind", "police_protection",
      "--authority", "Préfecture fictive")
    let measureID = try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) },
      "\(requested)")
    try sandbox.succeed(
      "measure", "update", measureID, "--status", "granted", "--note",
      "Rondes de nuit")

    try sandbox.succeed(
      "resolve", reference, "--outcome", "Auteur identifié et poursuivi")

    // The timeline lists every event, each signed.
    let timeline = try sandbox.succeed(
      "timeline", reference, "--identities", "--purpose", Sandbox.purpose)
    let eventLines = timeline.stdout.split(separator: "\n").dropFirst()
    #expect(eventLines.count == 10, "\(timeline)")
    for line in eventLines {
      #expect(line.contains("e2e.tester"), "unsigned event: \(line)")
    }
    for word in [
      "reported", "assessed", "escalated", "assigned", "note", fileID, "E-",
      measureID,
      "granted", "resolved",
    ] {
      #expect(
        timeline.stdout.contains(word),
        "timeline lacks \(word):\n\(timeline.stdout)")
    }

    let text = try sandbox.succeed(
      "show", reference, "--identities", "--purpose", Sandbox.purpose)
    for section in [
      "Case \(reference)", "resolved", "tj93008", "Deadlines", "People",
      "Valézane MIROLIN",
      "Measures", measureID, "Evidence", fileID, "Timeline",
    ] {
      #expect(
        text.stdout.contains(section), "show lacks \(section):\n\(text.stdout)")
    }

    // show --json: the contract other tools rely on.
    let shown = try sandbox.succeed(
      "show", reference, "--json", "--identities", "--purpose", Sandbox.purpose)
    let document = try Formats.object(shown)
    #expect(document["reference"] as? String == reference)
    #expect(document["status"] as? String == "resolved")
    #expect(document["court"] as? String == "tj93008")
    #expect(document["severity"] as? String == "critical")
    #expect(document["assignee"] as? String == "securite.bobigny")
    let people = try #require(document["people"] as? [[String: Any]])
    #expect(people.count == 1)
    #expect(people.first?["name"] as? String == "Valézane MIROLIN")
    #expect(people.first?["role"] as? String == "judge")
    let measures = try #require(document["measures"] as? [[String: Any]])
    #expect(measures.count == 1)
    #expect(measures.first?["id"] as? String == measureID)
    #expect(measures.first?["status"] as? String == "granted")
    let evidence = try #require(document["evidence"] as? [[String: Any]])
    #expect(evidence.count == 2)
    let timelineJSON = try #require(document["timeline"] as? [[String: Any]])
    #expect(timelineJSON.count == 10)
    #expect(timelineJSON.allSatisfy { $0["actor"] as? String == "e2e.tester" })

    for (path, keys) in Formats.objectKeys(in: shown.stdout) {
      #expect(keys == keys.sorted(), "keys of \(path) are not sorted: \(keys)")
      for key in keys {
        #expect(
          key.wholeMatch(of: /[a-z][a-zA-Z0-9]*/) != nil,
          "key \(key) is not camelCase")
      }
    }
    let dates = Formats.strings(in: document).filter {
      $0.key.hasSuffix("At") || $0.key == "due" || $0.key == "occurred"
    }
    #expect(dates.count >= 10, "\(dates)")
    for (key, value) in dates {
      #expect(
        Formats.isUTCInstant(value), "\(key) '\(value)' is not ISO 8601 UTC")
    }
    for (key, value) in Formats.strings(in: document)
    where value.wholeMatch(of: /\d{4}-\d{2}-\d{2}T.*/) != nil {
      #expect(value.hasSuffix("Z"), "\(key) '\(value)' is not in UTC")
    }

    // Reopen, then close as a duplicate of another case.
    try sandbox.succeed(
      "reopen", reference, "--reason", "Nouvelles menaces du même compte")
    let original = try sandbox.report(
      court: "tj93008", target: "Valézane MIROLIN",
      summary: "Premier signalement")
    try sandbox.succeed(
      "close", reference, "--reason", "duplicate", "--duplicate-of", original)
    let closed = try Formats.object(
      try sandbox.succeed("show", reference, "--json"))
    #expect(closed["status"] as? String == "closed")
    #expect(closed["closureReason"] as? String == "duplicate")
    #expect(closed["duplicateOf"] as? String == original)
    let finalTimeline = try #require(closed["timeline"] as? [[String: Any]])
    #expect(finalTimeline.count == 12)
    #expect(
      finalTimeline.map { $0["change"] as? String ?? "" }.suffix(2) == [
        "reopened", "closed",
      ])

    // The original cannot in turn be closed as a duplicate of its copy.
    let before = sandbox.snapshot()
    let circular = try sandbox.run([
      "close", original, "--reason", "duplicate", "--duplicate-of", reference,
      "--db", sandbox.db,
    ])
    expectCleanFailure(
      circular, status: 65,
      mentioning: [reference, "--duplicate-of \(original)"])
    #expect(sandbox.snapshot() == before)
  }

  @Test("the same person targeted again is one record showing the other cases")
  func repeatVictimisation() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let first = try sandbox.report(
      target: "Ombeline TESSARD", summary: "Premier message")
    let firstDoc = try Formats.object(
      try sandbox.succeed("show", first, "--json"))
    let person = try #require(
      (firstDoc["people"] as? [[String: Any]])?.first?["id"] as? String)
    let third = try sandbox.run(
      [
        "report", "--kind", "doxxing", "--channel", "press", "--court",
        "Bobigny",
        "--person", person, "--summary", "Adresse publiée", "--db", sandbox.db,
      ])
    #expect(third.status == 0, "\(third)")
    let thirdDoc = try Formats.object(
      try sandbox.succeed("show", third.output, "--json"))
    let people = try #require(thirdDoc["people"] as? [[String: Any]])
    #expect(people.first?["id"] as? String == person)
    #expect(people.first?["otherCases"] as? [String] == [first])
    let listed = try Formats.references(
      try sandbox.succeed("list", "--person", person, "--format", "json"))
    #expect(Set(listed) == [first, third.output])
  }

  @Test("reading commands leave the registry byte-for-byte as it was")
  func readsDoNotWrite() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let before = sandbox.snapshot()
    #expect(before.main != nil)
    try sandbox.succeed("list")
    try sandbox.succeed("list", "--all", "--format", "json")
    try sandbox.succeed("show", reference)
    try sandbox.succeed("show", reference, "--json")
    try sandbox.succeed("timeline", reference)
    let after = sandbox.snapshot()
    #expect(
      after == before, "the registry changed: \(before.differences(to: after))")
  }
}
