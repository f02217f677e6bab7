import Foundation
import Testing

@testable import EgideCLI

/// The way egide writes a new file: whole under its name or not at all,
/// and no file left behind, named or hidden, when the write fails.
@Suite("Output files")
struct OutputFileTests {
  /// What the folder holds, hidden files included.
  static func contents(_ sandbox: Sandbox) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: sandbox.root.path))?
      .sorted() ?? []
  }

  struct Interrupted: Error {}

  @Test(
    "a write that fails half-way leaves no file, unnamed or through the hidden-file fallback",
    arguments: [true, false])
  func failedWriteLeavesNothing(unnamed: Bool) throws {
    let sandbox = try Sandbox()
    let path = sandbox.path("export.csv")
    #expect(throws: Interrupted.self) {
      try OutputFile.withNew(path, unnamed: unnamed) { handle in
        try handle.write(contentsOf: Data("Valézane MIROLIN\n".utf8))
        throw Interrupted()
      }
    }
    #expect(Self.contents(sandbox) == [])
  }

  @Test(
    "a complete write is named, owner-only, with nothing else left, unnamed or through the fallback",
    arguments: [true, false])
  func completeWriteIsNamed(unnamed: Bool) throws {
    let sandbox = try Sandbox()
    let path = sandbox.path("export.csv")
    try OutputFile.withNew(path, unnamed: unnamed) { handle in
      try handle.write(contentsOf: Data("a,b\r\n".utf8))
    }
    #expect(Self.contents(sandbox) == ["export.csv"])
    #expect(FileManager.default.contents(atPath: path) == Data("a,b\r\n".utf8))
    let mode =
      try FileManager.default.attributesOfItem(atPath: path)[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test(
    "a file that appears under the name while writing is not overwritten",
    arguments: [true, false])
  func neverOverwrites(unnamed: Bool) throws {
    let sandbox = try Sandbox()
    let path = sandbox.path("export.csv")
    #expect(throws: CLIError.self) {
      try OutputFile.withNew(path, unnamed: unnamed) { handle in
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data("ours".utf8))
      }
    }
    #expect(FileManager.default.contents(atPath: path) == Data("theirs".utf8))
    #expect(Self.contents(sandbox) == ["export.csv"])
  }
}
