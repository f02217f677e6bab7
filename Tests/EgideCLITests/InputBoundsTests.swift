import Foundation
import Testing

/// Every file egide reads is a regular file read against a cap counted
/// while reading: pseudo files, pipes, folders, devices and files past
/// the cap are refused on one line, and the registry is left as it was.
@Suite("Bounded inputs")
struct InputBoundsTests {
  /// A registry with one case, and the hostile paths of one test.
  final class Fixture {
    let sandbox: Sandbox
    let reference: String

    init() throws {
      sandbox = try Sandbox()
      try sandbox.initRegistry()
      reference = try sandbox.report()
    }

    /// A sparse file of `size` bytes, costing no disk, after `prefix`.
    func sparse(_ name: String, size: Int, prefix: String = "") throws -> String
    {
      let path = sandbox.path(name)
      try Data(prefix.utf8).write(to: URL(fileURLWithPath: path))
      #expect(truncate(path, off_t(size)) == 0)
      return path
    }

    /// A named pipe nobody writes to.
    func fifo(_ name: String) -> String {
      let path = sandbox.path(name)
      #expect(mkfifo(path, 0o600) == 0)
      return path
    }

    /// A folder.
    func folder(_ name: String) throws -> String {
      let path = sandbox.path(name)
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: false)
      return path
    }

    /// A symbolic link to `/dev/zero`, which never ends.
    func zeroLink(_ name: String) throws -> String {
      let path = sandbox.path(name)
      try FileManager.default.createSymbolicLink(
        atPath: path, withDestinationPath: "/dev/zero")
      return path
    }

    /// Runs `arguments` on the registry and checks it is refused quickly
    /// on one line mentioning `mentions`, with nothing written.
    func expectRefused(
      _ arguments: [String], mentions: [String], within seconds: Double = 20,
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      let before = sandbox.snapshot()
      let started = Date()
      let result = try sandbox.start(arguments + ["--db", sandbox.db]).wait(
        timeout: seconds)
      let elapsed = Date().timeIntervalSince(started)
      #expect(
        !result.timedOut, "hung: \(result)", sourceLocation: sourceLocation)
      #expect(
        elapsed < seconds, "took \(elapsed) s: \(result)",
        sourceLocation: sourceLocation)
      #expect(result.status != 0, "\(result)", sourceLocation: sourceLocation)
      #expect(
        result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
      #expect(
        result.stderrLines.count == 1, "expected one line: \(result)",
        sourceLocation: sourceLocation)
      for text in mentions {
        #expect(
          result.stderr.contains(text), "does not mention \(text): \(result)",
          sourceLocation: sourceLocation)
      }
      let after = sandbox.snapshot()
      #expect(
        after == before, "\(before.differences(to: after))",
        sourceLocation: sourceLocation)
    }
  }

  @Test(
    "evidence add --file refuses a file past 64 MiB, /proc/self/pagemap, a pipe, a folder and a link to /dev/zero"
  )
  func evidenceFileIsBounded() throws {
    let fixture = try Fixture()
    let add = ["evidence", "add", fixture.reference, "--file"]
    let large = try fixture.sparse("large.bin", size: (64 << 20) + 1)
    try fixture.expectRefused(
      add + [large],
      mentions: ["--file '\(large)'", "at most 67108864 bytes (64 MiB)"])
    try fixture.expectRefused(
      add + ["/proc/self/pagemap"],
      mentions: ["--file '/proc/self/pagemap'", "at most 67108864 bytes"])
    let pipe = fixture.fifo("pipe")
    try fixture.expectRefused(
      add + [pipe],
      mentions: [
        "--file '\(pipe)' is a named pipe", "only a regular file is accepted",
      ])
    let folder = try fixture.folder("folder")
    try fixture.expectRefused(
      add + [folder],
      mentions: ["--file '\(folder)' is a folder", "only a regular file"])
    let zero = try fixture.zeroLink("zero")
    try fixture.expectRefused(
      add + [zero],
      mentions: [
        "--file '\(zero)' is a character device", "only a regular file",
      ])
  }

  @Test("an import with a 100 MB cell is refused quickly with the cell limit")
  func hugeCellIsRefused() throws {
    let fixture = try Fixture()
    let header = "external_reference,summary\r\nX-1,\""
    let file = try fixture.sparse("cell.csv", size: 100_000_000, prefix: header)
    try fixture.expectRefused(
      ["import", file],
      mentions: [
        "file '\(file)', line 2: a cell is longer than 131072 bytes",
        "(128 KiB) are accepted", "limits.import_cell_bytes",
      ], within: 10)
  }

  @Test("an import with a line past the line limit is refused with it")
  func longLineIsRefused() throws {
    let fixture = try Fixture()
    let line = Array(repeating: "court", count: 300_000).joined(separator: ",")
    let file = fixture.sandbox.path("line.csv")
    try Data(("external_reference\r\n" + line + "\r\n").utf8).write(
      to: URL(fileURLWithPath: file))
    try fixture.expectRefused(
      ["import", file],
      mentions: [
        "line 2: a line is longer than 1048576 bytes",
        "limits.import_line_bytes",
      ])
  }

  @Test(
    "an import file past limits.import_file_bytes is refused, whatever stat says"
  )
  func importFileIsBounded() throws {
    let fixture = try Fixture()
    try Data("[limits]\nimport_file_bytes = 4096\n".utf8).write(
      to: URL(fileURLWithPath: fixture.sandbox.configPath))
    let rows = (1...1_000).map { "X-\($0),threat\r\n" }.joined()
    let file = fixture.sandbox.path("cases.csv")
    try Data(("external_reference,kinds\r\n" + rows).utf8).write(
      to: URL(fileURLWithPath: file))
    try fixture.expectRefused(
      ["import", file],
      mentions: [
        "file '\(file)' is larger than 4096 bytes", "limits.import_file_bytes",
      ])
    try fixture.expectRefused(
      ["import", "/proc/self/pagemap", "--format", "csv"],
      mentions: ["file '/proc/self/pagemap'"])
    let pipe = fixture.fifo("cases-pipe.csv")
    try fixture.expectRefused(
      ["import", pipe], mentions: ["file '\(pipe)' is a named pipe"])
  }

  @Test(
    "a configuration limit out of its range is refused naming the key, the value and the range"
  )
  func badLimitIsRefused() throws {
    let fixture = try Fixture()
    try Data("[limits]\nimport_cell_bytes = lots\n".utf8).write(
      to: URL(fileURLWithPath: fixture.sandbox.configPath))
    let file = fixture.sandbox.path("cases.csv")
    try Data("external_reference\r\nX-1\r\n".utf8).write(
      to: URL(fileURLWithPath: file))
    try fixture.expectRefused(
      ["import", file],
      mentions: ["limits.import_cell_bytes 'lots'", "accepted: 1 to 134217728"])
  }

  @Test(
    "exposure scan checks every file before reading any, and caps their number and total size"
  )
  func scanIsBounded() throws {
    let fixture = try Fixture()
    let decision = fixture.sandbox.path("decision.txt")
    try Data("Le tribunal, présidé par Mme Valézane MIROLIN, statue.".utf8)
      .write(to: URL(fileURLWithPath: decision))
    let scan = ["exposure", "scan", "--purpose", Sandbox.purpose]
    let pipe = fixture.fifo("decision-pipe")
    try fixture.expectRefused(
      scan + [decision, pipe],
      mentions: [
        "decision file '\(pipe)' is a named pipe", "only a regular file",
      ])
    try fixture.expectRefused(
      scan + [decision, "/proc/self/pagemap"],
      mentions: ["decision file '/proc/self/pagemap'"])
    let zero = try fixture.zeroLink("zero")
    try fixture.expectRefused(
      scan + [zero], mentions: ["decision file '\(zero)' is a character device"]
    )
    let large = try fixture.sparse("large.txt", size: (64 << 20) + 1)
    try fixture.expectRefused(
      scan + [decision, large],
      mentions: ["decision file '\(large)'", "64 MiB"])
    try Data("[limits]\nscan_files = 2\n".utf8).write(
      to: URL(fileURLWithPath: fixture.sandbox.configPath))
    try fixture.expectRefused(
      scan + ["--request", decision, decision, decision],
      mentions: ["3 decision files given; at most 2", "limits.scan_files"])
  }

  @Test(
    "a narrative @FILE that is a pipe or a device is refused without waiting")
  func narrativeFileIsBounded() throws {
    let fixture = try Fixture()
    let pipe = fixture.fifo("narrative")
    try fixture.expectRefused(
      Sandbox.reportArguments(extra: ["--narrative", "@" + pipe]),
      mentions: ["narrative file '\(pipe)' is a named pipe"])
    let zero = try fixture.zeroLink("zero")
    try fixture.expectRefused(
      Sandbox.reportArguments(extra: ["--narrative", "@" + zero]),
      mentions: ["narrative file '\(zero)' is a character device"])
  }
}
