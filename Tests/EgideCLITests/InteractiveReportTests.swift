import Foundation
import Testing

/// In a terminal, `egide report` asks for the fields it was not given.
@Suite("Reporting interactively in a terminal")
struct InteractiveReportTests {
  @Test(
    "in a terminal, report asks for each missing field and records the case")
  func asksForMissingFields() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      ["report", "--db", sandbox.db],
      answers: [
        "threat\n", "social_network\n", "Bobigny\n", "Oriane VELARÈDE\n",
        "judge\n",
        "Threat left at the court's reception\n",
      ], in: sandbox)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 0, "\(session.screen)")
    for prompt in ["Kind", "Channel", "Court", "name", "Role", "Summary"] {
      #expect(
        session.screen.contains(prompt),
        "no \(prompt) prompt:\n\(session.screen)")
    }
    #expect(
      session.screen.firstMatch(of: /\d{4}-\d{4}/) != nil, "\(session.screen)")

    let cases = try Formats.objects(
      try sandbox.succeed(
        "list", "--format", "json", "--identities", "--purpose", Sandbox.purpose
      ))
    #expect(cases.count == 1)
    #expect(cases.first?["court"] as? String == "tj93008")
    #expect(cases.first?["kinds"] as? [String] == ["threat"])
    #expect(cases.first?["channel"] as? String == "social_network")
    #expect(
      cases.first?["summary"] as? String
        == "Threat left at the court's reception")
    let reference = try #require(cases.first?["reference"] as? String)
    let document = try Formats.object(
      try sandbox.succeed(
        "show", reference, "--json", "--identities", "--purpose",
        Sandbox.purpose))
    let people = try #require(document["people"] as? [[String: Any]])
    #expect(people.first?["name"] as? String == "Oriane VELARÈDE")
    #expect(people.first?["role"] as? String == "judge")
  }

  @Test(
    "in a terminal, a bad answer is asked again with an error line instead of aborting"
  )
  func reasksAfterBadAnswer() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      ["report", "--db", sandbox.db],
      answers: [
        "thret\n", "threat\n", "social_network\n", "Bobignyy\n", "Bobigny\n",
        "Oriane VELARÈDE\n", "juje\n", "judge\n",
        "Threat left at the court's reception\n",
      ], in: sandbox)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 0, "\(session.screen)")
    #expect(
      session.screen.contains("unknown kind 'thret'"), "\(session.screen)")
    #expect(
      session.screen.contains("did you mean 'threat'"), "\(session.screen)")
    #expect(session.screen.contains("Bobignyy"), "\(session.screen)")
    #expect(session.screen.contains("unknown role 'juje'"), "\(session.screen)")
    #expect(session.screen.ranges(of: "Kind (").count == 2, "\(session.screen)")
    #expect(
      session.screen.ranges(of: "Court (").count == 2, "\(session.screen)")
    let cases = try Formats.objects(
      try sandbox.succeed(
        "list", "--format", "json", "--identities", "--purpose", Sandbox.purpose
      ))
    #expect(cases.count == 1)
    #expect(cases.first?["court"] as? String == "tj93008")
  }

  @Test(
    "in a terminal, only the fields not given on the command line are asked")
  func asksOnlyWhatIsMissing() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      [
        "report", "--db", sandbox.db, "--kind", "doxxing", "--channel", "press",
        "--court", "tj69123", "--target", "Corentin ABELARD", "--role",
        "prosecutor",
      ],
      answers: ["Adresse du domicile publiée\n"], in: sandbox)
    #expect(session.status == 0, "\(session.screen)")
    #expect(session.screen.contains("Summary"), "\(session.screen)")
    #expect(!session.screen.contains("Kind ("), "\(session.screen)")
    #expect(!session.screen.contains("Court ("), "\(session.screen)")
    let cases = try Formats.objects(
      try sandbox.succeed(
        "list", "--format", "json", "--identities", "--purpose", Sandbox.purpose
      ))
    #expect(cases.first?["court"] as? String == "tj69123")
    #expect(cases.first?["summary"] as? String == "Adresse du domicile publiée")
  }

  @Test(
    "in a terminal, input ending before every field is given records nothing")
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
    #expect(session.screen.contains("missing"), "\(session.screen)")
    #expect(sandbox.snapshot() == before)
  }
}
