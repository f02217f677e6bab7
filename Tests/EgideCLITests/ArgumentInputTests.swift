import EgideTestSupport
import Foundation
import Testing

@testable import EgideCLI

#if canImport(Glibc)
import Glibc
#endif

/// Names, summaries and narratives can be given from standard input (`-`)
/// or a file (`@FILE`), out of the process list and the shell's history.
@Suite("Identifying options read from standard input or a file")
struct ArgumentInputTests {
  /// Runs `arguments` on the sandbox registry with `text` as standard
  /// input.
  static func run(
    _ sandbox: Sandbox, _ arguments: [String], stdin text: String
  ) throws -> EgideResult {
    let path = sandbox.path("stdin-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    return try sandbox.run(
      arguments + ["--db", sandbox.db], stdin: .descriptor(descriptor))
  }

  /// The names of the persons found under `name`, through `person find -`.
  static func found(_ sandbox: Sandbox, _ name: String) throws -> String {
    let result = try run(
      sandbox, ["person", "find", "-", "--purpose", Sandbox.purpose],
      stdin: name + "\n")
    #expect(result.status == 0, "\(result)")
    return result.stdout
  }

  @Test("--target @FILE records the name the file holds, without its line end")
  func targetFromFile() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let file = sandbox.path("nom.txt")
    try Data("Ombeline FARVAQUE\n".utf8).write(to: URL(fileURLWithPath: file))
    let reference = try sandbox.report(target: "@" + file)
    #expect(try Self.found(sandbox, "Ombeline FARVAQUE").contains("P-000001"))
    let shown = try sandbox.succeed(
      "show", reference, "--identities", "--purpose", Sandbox.purpose)
    #expect(shown.stdout.contains("Ombeline FARVAQUE"), "\(shown)")
    #expect(!shown.stdout.contains("nom.txt"), "\(shown)")
  }

  @Test("--summary - reads the summary from standard input")
  func summaryFromStandardInput() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let result = try Self.run(
      sandbox, Sandbox.reportArguments(summary: "-"),
      stdin: "Menace lue sur l'entrée standard\r\n")
    #expect(result.status == 0, "\(result)")
    let shown = try sandbox.succeed(
      "show", result.output, "--identities", "--purpose", Sandbox.purpose)
    #expect(
      shown.stdout.contains("Menace lue sur l'entrée standard"), "\(shown)")
  }

  @Test("@@ gives a text that starts with @ itself")
  func doubledAtIsLiteral() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(summary: "@@compte a publié l'adresse")
    let shown = try sandbox.succeed(
      "show", reference, "--identities", "--purpose", Sandbox.purpose)
    #expect(shown.stdout.contains("@compte a publié l'adresse"), "\(shown)")
  }

  @Test("two options reading standard input are refused and nothing is written")
  func standardInputOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let result = try Self.run(
      sandbox, Sandbox.reportArguments(target: "-", summary: "-"),
      stdin: "Ombeline FARVAQUE\n")
    #expect(result.status == 64, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("--summary"), "\(result)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("an @FILE that is not a regular file is refused")
  func notARegularFile() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let result = try sandbox.egide(
      "note", "2026-0001", "@/dev/zero")
    #expect(result.status == 66, "\(result)")
    #expect(result.stderr.contains("not a regular file"), "\(result)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("an author handle keeps its @; @ before a path with / reads a file")
  func authorHandles() throws {
    var input = ArgumentInput(standardInput: { Data() })
    #expect(
      try input.value("@corbeau_fictif", option: "--author", form: .handle)
        == "@corbeau_fictif")
    #expect(
      throws: CLIError.self,
      performing: {
        try input.value(
          "@./absent-\(UUID().uuidString)", option: "--author", form: .handle)
      })
  }

  @Test("report warns once on a terminal when names are typed in clear")
  func clearTextWarningOnATerminal() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let session = try PseudoTerminal.run(
      Sandbox.reportArguments(extra: ["--target", "Ombeline FARVAQUE"])
        + ["--db", sandbox.db],
      answers: [], in: sandbox)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 0, "\(session.screen)")
    let warnings = session.screen.components(separatedBy: "warning:").count - 1
    #expect(warnings == 1, "\(session.screen)")
    #expect(session.screen.contains("--target, --summary"), "\(session.screen)")
    #expect(session.screen.contains("@FILE"), "\(session.screen)")
  }

  @Test(
    "report does not warn off a terminal, nor on one for names given by @FILE"
  )
  func noWarningWhenNotNeeded() throws {
    #expect(
      ClearTextWarning.warning(
        clearOptions: ["--target"], standardInputIsTerminal: false) == nil)
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let piped = try sandbox.run(
      Sandbox.reportArguments() + ["--db", sandbox.db])
    #expect(piped.status == 0, "\(piped)")
    #expect(piped.stderr.isEmpty, "\(piped)")
    let name = sandbox.path("nom.txt")
    let summary = sandbox.path("resume.txt")
    try Data("Ombeline FARVAQUE\n".utf8).write(to: URL(fileURLWithPath: name))
    try Data("Menace publiée\n".utf8).write(to: URL(fileURLWithPath: summary))
    let session = try PseudoTerminal.run(
      Sandbox.reportArguments(target: "@" + name, summary: "@" + summary)
        + ["--db", sandbox.db],
      answers: [], in: sandbox)
    #expect(session.status == 0, "\(session.screen)")
    #expect(!session.screen.contains("warning:"), "\(session.screen)")
  }
}
