import EgideStore
import Foundation
import Testing

/// What every command-line user expects: a version, a suggestion for a
/// mistyped command, colour on a terminal only, output to a pipe never
/// cut.
@Suite("Command-line habits")
struct CommandLineHabitsTests {
  @Test(
    "egide --version and egide version print the same line, naming the schema")
  func version() throws {
    let sandbox = try Sandbox()
    let flag = try sandbox.run(["--version"])
    let command = try sandbox.run(["version"])
    #expect(flag.status == 0, "\(flag)")
    #expect(command.status == 0, "\(command)")
    #expect(flag.stdout == command.stdout)
    let schema = try #require(Migration.shipped.map(\.version).max())
    #expect(
      flag.stdout.firstMatch(
        of: /^egide \d+\.\d+\.\d+ \(registry schema (\d+)/)?
        .1 == "\(schema)"[...], "\(flag)")
    #expect(sandbox.files().isEmpty)
  }

  @Test(
    "a mistyped command is refused with the closest one, in English or French")
  func mistypedCommand() throws {
    let sandbox = try Sandbox()
    let english = try sandbox.run(["lsit"])
    #expect(english.status == 64, "\(english)")
    #expect(english.stderrLines.count == 1, "\(english)")
    #expect(english.stderr.contains("did you mean 'list'?"), "\(english)")
    let french = try sandbox.run(["lsit"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(french.stderr.contains("vouliez-vous dire « list » ?"), "\(french)")
  }

  @Test("a pipe gets whole lines, however narrow COLUMNS says the terminal is")
  func pipeIsNeverCut() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let summary = String(
      repeating: "Menace réitérée sous la décision ", count: 4)
    _ = try sandbox.report(summary: summary)
    let listed = try sandbox.run(
      [
        "list", "--identities", "--purpose", Sandbox.purpose, "--db",
        sandbox.db,
      ],
      environment: ["COLUMNS": "60"])
    #expect(listed.status == 0, "\(listed)")
    #expect(
      listed.stdout.contains(summary.trimmingCharacters(in: .whitespaces)),
      "\(listed)")
    #expect(!listed.stdout.contains("…"), "\(listed)")
  }

  @Test(
    "on a terminal LATE is red and critical bold; NO_COLOR and --no-color remove them"
  )
  func colours() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    try sandbox.succeed("assess", reference, "--severity", "critical")
    // A case reported a month ago and never assessed is late.
    let early = try sandbox.run(
      Sandbox.reportArguments() + ["--db", sandbox.db],
      environment: ["EGIDE_NOW": "2026-11-02T10:00:00Z"])
    try #require(early.status == 0, "\(early)")
    let painted = try PseudoTerminal.run(
      ["list", "--db", sandbox.db], answers: [], in: sandbox)
    #expect(painted.status == 0, "\(painted.screen)")
    #expect(painted.screen.contains("\u{1B}[31mLATE"), "\(painted.screen)")
    #expect(painted.screen.contains("\u{1B}[1mcritical"), "\(painted.screen)")
    for (arguments, environment) in [
      (["list", "--db", sandbox.db, "--no-color"], [:]),
      (["list", "--db", sandbox.db], ["NO_COLOR": "1"]),
    ] as [([String], [String: String?])] {
      let plain = try PseudoTerminal.run(
        arguments, answers: [], in: sandbox, environment: environment)
      #expect(plain.status == 0, "\(plain.screen)")
      #expect(plain.screen.contains("LATE"), "\(plain.screen)")
      #expect(!plain.screen.contains("\u{1B}["), "\(plain.screen)")
    }
    let piped = try sandbox.run(["list", "--db", sandbox.db])
    #expect(piped.stdout.contains("LATE"), "\(piped)")
    #expect(!piped.stdout.contains("\u{1B}"), "\(piped)")
  }
}
