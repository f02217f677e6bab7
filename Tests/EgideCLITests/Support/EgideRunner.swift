import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What one run of the `egide` binary gave: exit status and both streams.
struct EgideResult: CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var stdoutData: Data
  var stderrData: Data
  /// Whether the run was stopped because it took too long.
  var timedOut = false

  var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
  var stderr: String { String(decoding: stderrData, as: UTF8.self) }
  /// Standard output without the trailing newline.
  var output: String {
    stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }
  /// The non-empty lines written to standard error.
  var stderrLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: true).map(
      String.init)
  }

  var description: String {
    "egide \(arguments.joined(separator: " ")) → exit \(status)"
      + (timedOut ? " (timed out)" : "")
      + "\nstdout: \(stdout)\nstderr: \(stderr)"
  }
}

/// Locates the `egide` executable built with the tests.
enum EgideBinary {
  /// The executable, or `nil` when none was found (the tests then fail
  /// with a message saying where they looked).
  static let url: URL? = candidates.first {
    FileManager.default.isExecutableFile(atPath: $0.path)
  }

  /// Where the binary may be, most specific first: next to the running
  /// test executable or bundle, then in the package's build folder.
  static var candidates: [URL] {
    var urls: [URL] = []
    if let override = ProcessInfo.processInfo.environment["EGIDE_E2E_BINARY"],
      !override.isEmpty
    {
      urls.append(URL(fileURLWithPath: override))
    }
    let cwd = URL(
      fileURLWithPath: FileManager.default.currentDirectoryPath,
      isDirectory: true)
    if let first = CommandLine.arguments.first {
      let executable = URL(fileURLWithPath: first, relativeTo: cwd)
        .standardizedFileURL.resolvingSymlinksInPath()
      urls.append(
        executable.deletingLastPathComponent().appendingPathComponent("egide"))
    }
    for bundle in [Bundle.main] + Bundle.allBundles {
      let url = bundle.bundleURL.standardizedFileURL
      urls.append(url.appendingPathComponent("egide"))
      urls.append(
        url.deletingLastPathComponent().appendingPathComponent("egide"))
    }
    if let root = packageRoot {
      for folder in [".build/debug", ".build-e2e/debug"] {
        urls.append(
          root.appendingPathComponent(folder).appendingPathComponent("egide"))
      }
    }
    return urls
  }

  /// The folder holding Package.swift, found from this source file.
  static var packageRoot: URL? {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(
        atPath: url.appendingPathComponent("Package.swift").path)
      {
        return url
      }
      url.deleteLastPathComponent()
    }
    return nil
  }
}

/// An `egide` process started and not yet waited for.
final class RunningEgide {
  let arguments: [String]
  private let child: ChildProcess

  init(
    arguments: [String], environment: [String: String], directory: URL,
    stdin: ChildProcess.Input, stderr: ChildProcess.Output = .captured
  ) throws {
    guard let binary = EgideBinary.url else {
      throw EgideBinaryMissing()
    }
    self.arguments = arguments
    child = try ChildProcess(
      executable: binary.path, arguments: arguments, environment: environment,
      directory: directory.path, standardInput: stdin, standardError: stderr)
  }

  /// Whether the process still runs.
  var isRunning: Bool { child.termination == nil }

  /// Kills the process at once (SIGKILL), as a crash or power loss would.
  func killNow() {
    child.send(SIGKILL)
  }

  /// Sends a signal (SIGTERM, to stop a server as its service manager
  /// would).
  func send(_ signal: Int32) {
    child.send(signal)
  }

  /// What the process wrote on standard error so far, while it runs.
  var standardErrorSoFar: String {
    String(decoding: child.standardErrorSoFar(), as: UTF8.self)
  }

  /// Asks the process to stop (SIGTERM) and waits for it, killing it
  /// after `timeout` seconds.
  func terminate(timeout: TimeInterval = 10) {
    child.send(SIGTERM)
    let deadline = Date().addingTimeInterval(timeout)
    while child.termination == nil && Date() < deadline { usleep(10_000) }
    if child.termination == nil { child.send(SIGKILL) }
    _ = child.wait()
  }

  /// Waits for the process (stopping it after `timeout` seconds) and
  /// returns what it did.
  func wait(timeout: TimeInterval = 60) -> EgideResult {
    let (termination, timedOut) = child.wait(timeout: timeout)
    return EgideResult(
      arguments: arguments, status: termination.status,
      stdoutData: child.standardOutputData(),
      stderrData: child.standardErrorData(), timedOut: timedOut)
  }
}

struct EgideBinaryMissing: Error, CustomStringConvertible {
  var description: String {
    "the egide executable was not found; looked at:\n"
      + EgideBinary.candidates.map(\.path).joined(separator: "\n")
  }
}

/// A fresh temporary folder for one test, with the environment `egide`
/// runs in: no `EGIDE_*` variable from the caller, `HOME` and
/// `EGIDE_CONFIG` inside the folder, `EGIDE_ACTOR=e2e.tester`.
final class Sandbox {
  /// The temporary folder, also the working directory of every run.
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-e2e-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(
      at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// The registry most tests use.
  var db: String { path("registry.sqlite") }

  /// The purpose the tests give when they reveal identities; the access
  /// log keeps it.
  static let purpose = "Vérification par les tests"

  /// The configuration file `EGIDE_CONFIG` points at (absent unless a test
  /// writes it).
  var configPath: String { path("config.toml") }

  /// A path inside the sandbox.
  func path(_ name: String) -> String {
    root.appendingPathComponent(name).path
  }

  /// The environment of a run, with `overrides` applied (`nil` removes).
  func environment(_ overrides: [String: String?] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for key in environment.keys
    where key.hasPrefix("EGIDE_") || key == "XDG_CONFIG_HOME"
      || ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "EDITOR", "VISUAL"]
        .contains(key)
    {
      environment[key] = nil
    }
    environment["HOME"] = root.path
    environment["EGIDE_ACTOR"] = "e2e.tester"
    environment["EGIDE_CONFIG"] = configPath
    environment["COLUMNS"] = "200"
    for (key, value) in overrides { environment[key] = value }
    return environment
  }

  /// Starts `egide` with exactly these arguments, without waiting.
  func start(
    _ arguments: [String], environment overrides: [String: String?] = [:],
    stdin: ChildProcess.Input = .nullDevice
  ) throws -> RunningEgide {
    try RunningEgide(
      arguments: arguments, environment: environment(overrides),
      directory: root, stdin: stdin)
  }

  /// Runs `egide` with exactly these arguments.
  func run(
    _ arguments: [String], environment overrides: [String: String?] = [:],
    stdin: ChildProcess.Input = .nullDevice
  ) throws -> EgideResult {
    try start(arguments, environment: overrides, stdin: stdin).wait()
  }

  /// Runs `egide` on the sandbox registry (`--db` appended).
  @discardableResult
  func egide(_ arguments: String...) throws -> EgideResult {
    try run(arguments + ["--db", db])
  }

  /// Runs a command on the sandbox registry that must succeed.
  @discardableResult
  func succeed(
    _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> EgideResult {
    let result = try run(arguments + ["--db", db])
    #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result
  }

  /// Creates the sandbox registry.
  func initRegistry(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try run(["init", "--db", db])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
  }

  /// The arguments of a complete report, each overridable.
  static func reportArguments(
    kind: String = "threat", channel: String = "social_network",
    court: String = "Bobigny", target: String = "Valézane MIROLIN",
    role: String = "judge", severity: String? = nil,
    summary: String = "Menace de mort publiée sous une décision",
    extra: [String] = []
  ) -> [String] {
    var arguments = [
      "report", "--kind", kind, "--channel", channel, "--court", court,
      "--target", target, "--role", role, "--summary", summary,
    ]
    if let severity { arguments += ["--severity", severity] }
    return arguments + extra
  }

  /// Logs a case in the sandbox registry and returns its reference.
  func report(
    kind: String = "threat", channel: String = "social_network",
    court: String = "Bobigny", target: String = "Valézane MIROLIN",
    role: String = "judge", severity: String? = nil,
    summary: String = "Menace de mort publiée sous une décision",
    extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let result = try run(
      Self.reportArguments(
        kind: kind, channel: channel, court: court, target: target, role: role,
        severity: severity, summary: summary, extra: extra) + ["--db", db])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.output.wholeMatch(of: /\d{4}-\d{4}/) != nil,
      "report printed '\(result.output)', not a reference",
      sourceLocation: sourceLocation)
    return result.output
  }

  /// The bytes of a registry and of its write-ahead log, if any.
  func snapshot(_ path: String? = nil) -> RegistrySnapshot {
    let path = path ?? db
    return RegistrySnapshot(
      main: FileManager.default.contents(atPath: path),
      wal: FileManager.default.contents(atPath: path + "-wal"))
  }

  /// The names of the files in the sandbox folder.
  func files() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
      .sorted()
  }
}

/// A registry's bytes, to prove a command wrote nothing.
struct RegistrySnapshot: Equatable {
  var main: Data?
  /// The write-ahead log: `nil` when the file does not exist.
  var wal: Data?

  /// Where `other` differs from this snapshot, for failure messages.
  func differences(to other: RegistrySnapshot) -> String {
    func compare(_ name: String, _ a: Data?, _ b: Data?) -> String? {
      guard a != b else { return nil }
      guard let a, let b else {
        return
          "\(name): \(a == nil ? "absent" : "present") → \(b == nil ? "absent" : "present")"
      }
      if a.count != b.count { return "\(name): \(a.count) → \(b.count) bytes" }
      let offsets = zip(a, b).enumerated().filter {
        $0.element.0 != $0.element.1
      }.map(\.offset)
      let shown = offsets.prefix(8).map { "\($0): \(a[$0]) → \(b[$0])" }
      return "\(name): \(offsets.count) byte(s) differ at offset "
        + shown.joined(separator: ", ")
    }
    return [
      compare("registry", main, other.main), compare("-wal", wal, other.wal),
    ]
    .compactMap { $0 }.joined(separator: "; ")
  }
}
