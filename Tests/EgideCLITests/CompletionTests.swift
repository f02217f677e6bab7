import EgideTestSupport
import Foundation
import Testing

/// Shell completion, as bash runs it: the script egide generates completes
/// commands, the values of typed options, courts, and the case references
/// of the user's scope.
@Suite("Shell completion")
struct CompletionTests {
  /// What bash offers for `line` (the cursor at its end), with the
  /// completion script egide generated loaded.
  static func complete(_ line: String, in sandbox: Sandbox) throws -> [String] {
    guard let binary = EgideBinary.url else { throw EgideBinaryMissing() }
    let script = sandbox.path("egide.bash")
    let generated = try sandbox.run(["--generate-completion-script", "bash"])
    try #require(generated.status == 0, "\(generated)")
    try generated.stdout.write(
      toFile: script, atomically: true, encoding: .utf8)
    let words = line.split(separator: " ", omittingEmptySubsequences: false)
      .map { "'\($0)'" }.joined(separator: " ")
    let program = """
      shopt -s extglob
      PATH='\(binary.deletingLastPathComponent().path)':"$PATH"
      source '\(script)'
      COMP_LINE='\(line)'
      COMP_POINT=${#COMP_LINE}
      COMP_WORDS=(\(words))
      COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      # bash calls the function with the command, the word and the one before.
      _egide egide "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let process = try ChildProcess(
      executable: "/bin/bash", arguments: ["--norc", "-c", program],
      environment: sandbox.environment(), directory: sandbox.root.path)
    let (termination, _) = process.wait(timeout: 60)
    #expect(termination.status == 0)
    return String(decoding: process.standardOutputData(), as: UTF8.self)
      .split(separator: "\n").map(String.init)
  }

  @Test("commands, kinds and courts are completed from egide's own lists")
  func staticValues() throws {
    let sandbox = try Sandbox()
    #expect(try Self.complete("egide li", in: sandbox) == ["list"])
    let kinds = try Self.complete("egide list --kind cy", in: sandbox)
    #expect(kinds == ["cyberharassment"])
    let roles = try Self.complete("egide report --role ", in: sandbox)
    #expect(
      Set(roles) == [
        "judge", "prosecutor", "clerk", "staff", "trainee", "family",
      ])
    let courts = try Self.complete("egide list --court tj9300", in: sandbox)
    #expect(courts.contains("tj93008"))
  }

  @Test(
    "case references are completed from the registry, within the user's scope")
  func caseReferences() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let bobigny = try sandbox.report()
    let lille = try sandbox.report(court: "tj59350")
    let all = try Self.complete("egide show --db \(sandbox.db) 20", in: sandbox)
    #expect(Set(all) == [bobigny, lille])
    try sandbox.succeed(
      "user", "add", "delegue.lille", "--role", "delegate", "--court",
      "tj59350")
    let scoped = try Self.complete(
      "egide show --actor delegue.lille --db \(sandbox.db) 20", in: sandbox)
    #expect(scoped == [lille])
  }
}
