import EgideTestSupport
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs a system tool (mount, chattr…) and returns its exit status, or
/// `nil` when the tool is missing.
@discardableResult
func runTool(_ arguments: [String]) -> Int32? {
  guard
    let tool = try? ChildProcess(
      executable: "/usr/bin/env", arguments: arguments,
      standardOutput: .nullDevice, standardError: .nullDevice)
  else { return nil }
  return tool.wait().termination.status
}

/// A small tmpfs mounted on a fresh folder for one test.
///
/// Unmounted when released: a disk that can be filled up or switched to
/// read-only. Needs root (or CAP_SYS_ADMIN); ``make(size:)`` returns `nil` otherwise.
final class ScratchMount {
  /// The mount point.
  let root: URL

  private init(root: URL) { self.root = root }

  /// Mounts a tmpfs of `size` (`1m`, `512k`) on a new temporary folder.
  static func make(size: String) -> ScratchMount? {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-mount-\(UUID().uuidString)", isDirectory: true)
    guard
      (try? FileManager.default.createDirectory(
        at: root, withIntermediateDirectories: true)) != nil
    else { return nil }
    guard
      runTool([
        "mount", "-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs",
        root.path,
      ])
        == 0
    else {
      try? FileManager.default.removeItem(at: root)
      return nil
    }
    return ScratchMount(root: root)
  }

  /// Whether this machine lets the tests mount a tmpfs and remount it
  /// read-only (probed once).
  static let available: Bool = {
    guard let mount = make(size: "64k") else { return false }
    return mount.remount(readOnly: true)
  }()

  deinit {
    if runTool(["umount", root.path]) != 0 {
      _ = runTool(["umount", "-l", root.path])
    }
    try? FileManager.default.removeItem(at: root)
  }

  /// A path on the mounted disk.
  func path(_ name: String) -> String {
    root.appendingPathComponent(name).path
  }

  /// Switches the whole disk to read-only or back to read-write.
  @discardableResult
  func remount(readOnly: Bool) -> Bool {
    runTool(["mount", "-o", readOnly ? "remount,ro" : "remount,rw", root.path])
      == 0
  }

  /// Fills the disk with one file until no byte is left; returns its path.
  func fill() -> String {
    let filler = path("filler.bin")
    let descriptor = open(filler, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return filler }
    let chunk = [UInt8](repeating: 0xA5, count: 4_096)
    var size = chunk.count
    while size > 0 {
      if chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, size) }) < 0
      {
        size /= 2
      }
    }
    close(descriptor)
    return filler
  }
}

/// Whether `chattr +i` can make a file immutable here (root on a file
/// system with the attribute); probed once.
let immutableFilesWork: Bool = {
  let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
    "egide-chattr-\(UUID().uuidString)"
  ).path
  guard FileManager.default.createFile(atPath: probe, contents: Data("x".utf8))
  else { return false }
  defer {
    _ = runTool(["chattr", "-i", probe])
    unlink(probe)
  }
  guard runTool(["chattr", "+i", probe]) == 0 else { return false }
  return access(probe, W_OK) != 0
}()

/// What one run gave, with how the process ended.
struct LimitedResult: CustomStringConvertible {
  var result: EgideResult
  /// Whether the process was killed by a signal (a crash) rather than
  /// exiting.
  var signalled: Bool

  var description: String {
    (signalled ? "killed by signal \(result.status)\n" : "") + "\(result)"
  }
}

/// Runs `egide` in the sandbox's environment under a file-size limit
/// (`ulimit -f`, in KiB), so that writes past it fail with EFBIG.
func runWithFileSizeLimit(
  _ sandbox: Sandbox, kibibytes: Int, _ arguments: [String]
) throws -> LimitedResult {
  let binary = try #require(EgideBinary.url, "\(EgideBinaryMissing())")
  let shell = try ChildProcess(
    executable: "/bin/sh",
    arguments: [
      "-c", "ulimit -f \(kibibytes) && exec \"$0\" \"$@\"", binary.path,
    ] + arguments,
    environment: sandbox.environment(), directory: sandbox.root.path)
  let termination = shell.wait().termination
  return LimitedResult(
    result: EgideResult(
      arguments: arguments, status: termination.status,
      stdoutData: shell.standardOutputData(),
      stderrData: shell.standardErrorData()),
    signalled: termination.signalled)
}

/// Expects a refusal as the README describes it: the exit status of its
/// table, nothing on standard output, and exactly one line on standard
/// error, `egide: error: …`, holding each fragment.
func expectCleanFailure(
  _ result: EgideResult, status: Int32, mentioning fragments: [String] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    result.status == status && !result.timedOut, "\(result)",
    sourceLocation: sourceLocation)
  #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
  #expect(
    result.stderrLines.count == 1
      && result.stderrLines.first?.hasPrefix("egide: error: ") == true,
    "not one error line: \(result)", sourceLocation: sourceLocation)
  for fragment in fragments {
    #expect(
      result.stderr.localizedCaseInsensitiveContains(fragment),
      "'\(fragment)' missing: \(result)", sourceLocation: sourceLocation)
  }
}

/// CSV import files of valid, fictional rows.
enum BulkImport {
  static let columns = [
    "external_reference", "kinds", "channel", "platform", "court",
    "target_name", "target_role", "severity", "summary",
  ]

  /// Writes `count` rows whose external references are `PREFIX-1`…;
  /// returns the file's path.
  static func write(
    to path: String, count: Int, prefix: String = "LOT"
  ) throws -> String {
    let kinds = ["threat", "harassment", "doxxing;threat", "intimidation"]
    let courts = ["tj93008", "tj75056", "tj59178", "tj69123"]
    var text = columns.joined(separator: ",") + "\n"
    for index in 1...count {
      text +=
        [
          "\(prefix)-\(index)", kinds[index % kinds.count], "social_network",
          "x",
          courts[index % courts.count],
          "Personne Fictive-\(index % 97)", index % 3 == 0 ? "clerk" : "judge",
          index % 2 == 0 ? "high" : "moderate",
          "Signalement importé numéro \(index)",
        ].joined(separator: ",") + "\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// How many cases of the registry came from rows `PREFIX-…`.
  static func imported(_ registry: String, prefix: String = "LOT") throws -> Int
  {
    try DatabaseQueue(path: registry).read { db in
      try Int.fetchOne(
        db,
        sql: "SELECT count(*) FROM cases WHERE external_reference LIKE ?",
        arguments: ["\(prefix)-%"]) ?? 0
    }
  }
}
