import EgideCore
import EgideStore
import Foundation
import Testing

@testable import EgideCLI

/// Direction controls and zero-width characters are refused at input, and
/// any a registry holds from elsewhere is shown, never obeyed, in every
/// output written to a terminal.
@Suite("Invisible characters")
struct InvisibleCharacterTests {
  @Test(
    "a name or a summary with a right-to-left override or a zero-width space is refused, naming the field and the character"
  )
  func refusedAtInput() throws {
    let fixture = try BadInputTests.fixture()
    try BadInputTests.expectRefused(
      fixture, Sandbox.reportArguments(target: "Valé\u{200B}zane MIROLIN"),
      status: 64, mentions: ["target name", "U+200B", "Valé<U+200B>zane"])
    try BadInputTests.expectRefused(
      fixture, Sandbox.reportArguments(summary: "Menace \u{202E}txt.exe"),
      status: 64, mentions: ["summary", "U+202E", "one line"])
    try BadInputTests.expectRefused(
      fixture, ["note", fixture.open, "Appel \u{2066}isolé\u{2069}"],
      status: 64, mentions: ["note", "U+2066"])
  }

  /// A registry holding a case whose summary and target name carry an
  /// escape sequence and a right-to-left override, as a file written by
  /// an earlier version could.
  static func sandboxWithStoredControls() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let key = try RegistryKey.load(from: sandbox.path("egide.key"))
    let registry = try Registry.open(at: sandbox.db, key: key)
    var newCase = try NewCase(
      kinds: [.threat], occurred: nil, channel: .socialNetwork, platform: .x,
      court: try CourtDirectory.shared.resolve("Bobigny"),
      targets: [
        .new(
          try NewCase.NewPerson(
            identity: PersonIdentity(name: "Ombeline FARVAQUE"), role: .judge,
            function: nil))
      ], reportedSeverity: nil, factors: [], summary: "Menace", narrative: nil,
      authors: [], now: Date())
    newCase.summary = "Menace \u{1B}[2J\u{202E}cod.exe"
    _ = try registry.transaction { tx in
      try tx.report(
        newCase, by: "e2e.tester", at: Date(), deadlines: .standard,
        calendar: BusinessCalendar(timeZone: .gmt))
    }
    return sandbox
  }

  @Test(
    "export with identities to a terminal shows stored controls as codes, never obeys them"
  )
  func exportToTerminalIsPrintable() throws {
    let sandbox = try Self.sandboxWithStoredControls()
    // CSV shows them as codes; JSON has them escaped already.
    for (format, shown) in [
      ("csv", "<U+202E>cod.exe"), ("json", "\\u202ecod.exe"),
    ] {
      let session = try PseudoTerminal.run(
        [
          "export", "cases", "--include-identities", "--purpose",
          Sandbox.purpose, "--format", format, "--db", sandbox.db,
        ], answers: [], in: sandbox)
      #expect(session.status == 0, "\(session.screen)")
      #expect(!session.screen.contains("\u{1B}"), "\(format)")
      #expect(!session.screen.unicodeScalars.contains("\u{202E}"), "\(format)")
      #expect(session.screen.contains(shown), "\(session.screen)")
    }
  }

  @Test(
    "export to a pipe keeps CSV exact and escapes controls in JSON as \\u"
  )
  func exportToPipeKeepsTheData() throws {
    let sandbox = try Self.sandboxWithStoredControls()
    let json = try sandbox.succeed(
      "export", "cases", "--include-identities", "--purpose", Sandbox.purpose,
      "--format", "json")
    #expect(json.stdout.contains("\\u001b[2J\\u202ecod.exe"), "\(json)")
    #expect(!json.stdout.unicodeScalars.contains("\u{202E}"))
    let objects = try Formats.objects(json)
    #expect(
      objects.first?["summary"] as? String == "Menace \u{1B}[2J\u{202E}cod.exe")
  }

  @Test("show and list print stored invisible characters as their code")
  func showIsPrintable() {
    #expect(
      PrintableOutput.printable("Valé\u{200B}zane \u{202E}NILORIM")
        == "Valé<U+200B>zane <U+202E>NILORIM")
    #expect(
      PrintableOutput.printable("x\u{FEFF}y\u{061C}") == "x<U+FEFF>y<U+061C>")
    // A byte-order mark heading a document (a CSV) is kept.
    #expect(PrintableOutput.printable("\u{FEFF}a;b") == "\u{FEFF}a;b")
  }
}
