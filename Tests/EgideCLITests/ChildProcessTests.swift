import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The launcher every test that runs `egide` goes through: what the child
/// receives must be exactly what the test gave it.
@Suite("Starting child processes")
struct ChildProcessTests {
  @Test(
    "a child started while 1,500 descriptors are open holds only its standard streams"
  )
  func childInheritsOnlyStandardStreams() throws {
    // Without O_CLOEXEC, so that only the launcher's closefrom keeps them out.
    let opened = (0..<1_500).map { _ in open("/dev/null", O_RDONLY) }
    defer { for descriptor in opened { close(descriptor) } }
    #expect(opened.allSatisfy { $0 >= 0 })

    let child = try ChildProcess(
      executable: "/bin/ls", arguments: ["/proc/self/fd"])
    let termination = child.wait(timeout: 30).termination
    let listed = String(decoding: child.standardOutputData(), as: UTF8.self)
      .split(separator: "\n").map(String.init)
    #expect(termination == .init(status: 0, signalled: false))
    // Besides 0, 1 and 2, `ls` holds the directory it lists open.
    #expect(Set(["0", "1", "2"]).isSubset(of: listed), "\(listed)")
    #expect(listed.count <= 4, "\(listed)")
  }

  @Test(
    "a child runs in the directory and with exactly the environment it was given"
  )
  func directoryAndEnvironment() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let child = try ChildProcess(
      executable: "/usr/bin/env", arguments: ["sh", "-c", "pwd; env | sort"],
      environment: ["PATH": "/usr/bin:/bin", "EGIDE_PROBE": "é 1"],
      directory: folder.path)
    _ = child.wait(timeout: 30)
    let lines = String(decoding: child.standardOutputData(), as: UTF8.self)
      .split(separator: "\n").map(String.init)
    #expect(
      lines.first.map { URL(fileURLWithPath: $0).lastPathComponent }
        == folder.lastPathComponent)
    #expect(lines.contains("EGIDE_PROBE=é 1"))
    #expect(!lines.contains { $0.hasPrefix("HOME=") }, "\(lines)")
  }

  @Test(
    "exit statuses, signals, standard error and timeouts are reported as they happened"
  )
  func terminations() throws {
    let failing = try ChildProcess(
      executable: "/bin/sh", arguments: ["-c", "echo oups >&2; exit 65"])
    #expect(
      failing.wait(timeout: 30)
        == (.init(status: 65, signalled: false), false))
    #expect(failing.standardErrorData() == Data("oups\n".utf8))
    #expect(failing.standardOutputData().isEmpty)

    let sleeping = try ChildProcess(
      executable: "/bin/sleep", arguments: ["30"])
    #expect(sleeping.termination == nil)
    sleeping.send(SIGKILL)
    #expect(
      sleeping.wait(timeout: 30)
        == (.init(status: SIGKILL, signalled: true), false))

    let slow = try ChildProcess(executable: "/bin/sleep", arguments: ["30"])
    let stopped = slow.wait(timeout: 0.2)
    #expect(stopped.timedOut)
    #expect(stopped.termination == .init(status: SIGTERM, signalled: true))
  }
}
