import Foundation
import Testing

/// In a terminal, `egide report` asks for the fields it was not given,
/// checks each answer as it is given, shows a recap and asks to confirm.
@Suite("Reporting interactively in a terminal")
struct InteractiveReportTests {
  /// The answers of a whole interview, from scratch, in English.
  static let wholeInterview = [
    "threat, doxxing\n", "20/11/2026 21:40\n", "social_network\n", "x\n",
    "Bobigny\n", "Oriane VELARÈDE\n", "judge\n", "jld\n",
    "Côme VELARÈDE\n", "family\n", "\n", "?\n", "high\n", "?\n",
    "home_exposed, family_targeted\n",
    "Threat left at the court's reception\n",
    "A paragraph on what happened.\n", "@corbeau_13\n", "y\n",
  ]

  /// The cases of a sandbox, as JSON objects with identities.
  static func cases(_ sandbox: Sandbox) throws -> [[String: Any]] {
    try Formats.objects(
      try sandbox.succeed(
        "list", "--all", "--format", "json", "--identities", "--purpose",
        Sandbox.purpose))
  }

  @Test(
    "from scratch, every field a delegate knows is asked in order, recapped, and recorded on yes"
  )
  func wholeInterview() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      ["report", "--db", sandbox.db], answers: Self.wholeInterview,
      in: sandbox)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 0, "\(session.screen)")
    var position = session.screen.startIndex
    for prompt in [
      "Kinds", "When it happened", "Channel", "Platform", "Court",
      "Name of the person targeted", "Role", "Function", "Another person",
      "Role", "Another person", "Severity", "Risk factors", "Summary",
      "Narrative", "Authors", "Please check:", "Record this case? [y/N]",
    ] {
      let found = session.screen.range(
        of: prompt, range: position..<session.screen.endIndex)
      #expect(found != nil, "no '\(prompt)' in order:\n\(session.screen)")
      if let found { position = found.upperBound }
    }
    // ? explains the severities and the factors.
    #expect(session.screen.contains("a death threat, violence, a weapon"))
    #expect(session.screen.contains("the home address or its surroundings"))
    // The recap shows what will be recorded.
    #expect(session.screen.contains("Côme VELARÈDE — family"))
    // The answers were typed ahead: the reference follows the question.
    #expect(
      session.screen.firstMatch(of: /\[y\/N\] \d{4}-\d{4}\s/) != nil,
      "\(session.screen)")
    let recorded = try #require(try Self.cases(sandbox).first)
    #expect(recorded["court"] as? String == "tj93008")
    #expect(recorded["kinds"] as? [String] == ["threat", "doxxing"])
    #expect(recorded["platform"] as? String == "x")
    #expect(recorded["severity"] as? String == "high")
    let reference = try #require(recorded["reference"] as? String)
    let document = try Formats.object(
      try sandbox.succeed(
        "show", reference, "--json", "--identities", "--purpose",
        Sandbox.purpose))
    let people = try #require(document["people"] as? [[String: Any]])
    #expect(people.map { $0["role"] as? String } == ["judge", "family"])
    #expect(people.first?["function"] as? String == "jld")
    #expect(document["narrative"] as? String == "A paragraph on what happened.")
    #expect(document["authors"] as? [String] == ["@corbeau_13"])
    #expect(
      document["factors"] as? [String] == ["home_exposed", "family_targeted"])
  }

  @Test("a bad answer is asked again with the reason, in place of aborting")
  func reasksAfterBadAnswer() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      [
        "report", "--db", sandbox.db, "--channel", "letter", "--summary",
        "Lettre de menaces",
      ],
      answers: [
        "thret\n", "threat\n", "Bobignyy\n", "Bobigny\n", "Oriane VELARÈDE\n",
        "juje\n", "judge\n", "y\n",
      ], in: sandbox)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 0, "\(session.screen)")
    #expect(
      session.screen.contains("unknown kind 'thret'"), "\(session.screen)")
    #expect(
      session.screen.contains("did you mean 'threat'"), "\(session.screen)")
    #expect(session.screen.contains("Bobignyy"), "\(session.screen)")
    #expect(session.screen.contains("unknown role 'juje'"), "\(session.screen)")
    #expect(
      session.screen.ranges(of: "Kinds (").count == 2, "\(session.screen)")
    #expect(
      session.screen.ranges(of: "Court (").count == 2, "\(session.screen)")
    // Given on the command line: not asked.
    #expect(!session.screen.contains("Channel ("), "\(session.screen)")
    #expect(try Self.cases(sandbox).first?["court"] as? String == "tj93008")
  }

  @Test(
    "a delegate scoped to Douai who types Bobigny is told at once, and reports in Lille"
  )
  func courtCheckedAgainstScopeAtOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    try sandbox.succeed(
      "user", "add", "delegue.douai", "--role", "delegate", "--ressort", "Douai"
    )
    let session = try PseudoTerminal.run(
      [
        "report", "--db", sandbox.db, "--kind", "threat", "--channel", "letter",
      ],
      answers: [
        "Bobigny\n", "tj59350\n", "Oriane VELARÈDE\n", "judge\n",
        "Lettre de menaces\n", "y\n",
      ], in: sandbox, environment: ["EGIDE_ACTOR": "delegue.douai"])
    #expect(session.status == 0, "\(session.screen)")
    let told = try #require(
      session.screen.range(of: "outside your scope (ressort ca_douai)"),
      "\(session.screen)")
    // Told before the next question, not after the last.
    let name = try #require(session.screen.range(of: "Name of the person"))
    #expect(told.lowerBound < name.lowerBound)
    #expect(try Self.cases(sandbox).first?["court"] as? String == "tj59350")
  }

  @Test("in French, the questions, the values and the recap are French")
  func frenchInterview() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      [
        "report", "--db", sandbox.db, "--channel", "courrier", "--summary",
        "Lettre de menaces",
      ],
      answers: [
        "menace\n", "Bobigny\n", "Oriane VELARÈDE\n", "greffière\n", "o\n",
      ], in: sandbox, environment: ["LANG": "fr_FR.UTF-8"])
    #expect(session.status == 0, "\(session.screen)")
    for text in [
      "Natures (séparées par des virgules) (menace, pressions",
      "Juridiction (code ou nom", "Rôle (magistrat du siège",
      "Vérifiez :", "Nature :      menace", "greffier",
      "Enregistrer ce dossier ? [o/N]",
    ] {
      #expect(session.screen.contains(text), "'\(text)':\n\(session.screen)")
    }
    let recorded = try #require(try Self.cases(sandbox).first)
    #expect(recorded["kinds"] as? [String] == ["threat"])
  }

  @Test("declining at the recap writes nothing and says so")
  func decliningWritesNothing() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let session = try PseudoTerminal.run(
      [
        "report", "--db", sandbox.db, "--kind", "doxxing", "--channel", "press",
        "--court", "tj69123", "--target", "Corentin ABELARD", "--role",
        "prosecutor",
      ],
      answers: ["Adresse du domicile publiée\n", "n\n"], in: sandbox)
    #expect(session.status == 0, "\(session.screen)")
    #expect(session.screen.contains("Summary"), "\(session.screen)")
    #expect(!session.screen.contains("Kinds ("), "\(session.screen)")
    #expect(session.screen.contains("nothing was written"), "\(session.screen)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("Ctrl-D before the end records nothing and says so")
  func endOfInputWritesNothing() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    // Ctrl-D at the start of a line ends the input.
    let session = try PseudoTerminal.run(
      ["report", "--db", sandbox.db], answers: ["threat\n", "\u{04}"],
      in: sandbox)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 64, "\(session.screen)")
    #expect(
      session.screen.contains("nothing was recorded"), "\(session.screen)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("Ctrl-C during the questions records nothing, says so and exits 130")
  func interruptWritesNothing() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let session = try PseudoTerminal.run(
      ["report", "--db", sandbox.db], answers: ["threat\n"], in: sandbox,
      interruptAfter: "When it happened")
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 130, "\(session.screen)")
    #expect(
      session.screen.contains("interrupted; nothing was recorded"),
      "\(session.screen)")
    // The registry is as it was; at most its write-ahead log, opened for
    // reading, is left empty.
    let after = sandbox.snapshot()
    #expect(after.main == before.main)
    #expect(after.wal?.isEmpty ?? true)
  }

  @Test("the narrative is written in $EDITOR, in a file removed afterwards")
  func narrativeInEditor() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    // An editor that writes two lines and records where the file was.
    let editor = sandbox.path("editor.sh")
    try """
    #!/bin/sh
    printf 'Premier paragraphe.\\n\\nSecond paragraphe.\\n' > "$1"
    ls -l "$1" > \(sandbox.path("seen.txt"))
    echo "$1" >> \(sandbox.path("seen.txt"))
    """.write(toFile: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o700], ofItemAtPath: editor)
    var answers = Self.wholeInterview
    answers[16] = "e\n"
    let session = try PseudoTerminal.run(
      ["report", "--db", sandbox.db], answers: answers, in: sandbox,
      environment: ["EDITOR": editor])
    #expect(session.status == 0, "\(session.screen)")
    let reference = try #require(
      try Self.cases(sandbox).first?["reference"] as? String)
    let document = try Formats.object(
      try sandbox.succeed(
        "show", reference, "--json", "--identities", "--purpose",
        Sandbox.purpose))
    #expect(
      document["narrative"] as? String
        == "Premier paragraphe.\n\nSecond paragraphe.")
    let seen = try String(
      contentsOfFile: sandbox.path("seen.txt"), encoding: .utf8)
    #expect(seen.hasPrefix("-rw-------"), "\(seen)")
    let file = try #require(seen.split(separator: "\n").last.map(String.init))
    #expect(!FileManager.default.fileExists(atPath: file))
  }
}
