import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A key file another user could know, swap or choose is refused by the
/// real binary, when it makes a registry with it and when it opens one.
@Suite("Key file trust")
struct KeyFileTrustTests {
  /// A sandbox with a registry and its key (`egide.key`), made by `init`.
  static func sandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    return sandbox
  }

  /// Runs `list` with `$EGIDE_KEY_FILE` at `key` and checks the refusal.
  static func expectRefused(
    _ sandbox: Sandbox, key: String, mentions: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try sandbox.run(
      ["list", "--db", sandbox.db], environment: ["EGIDE_KEY_FILE": key])
    #expect(result.status == 77, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.stderrLines.count == 1, "\(result)",
      sourceLocation: sourceLocation)
    for text in mentions {
      #expect(
        result.stderr.contains(text), "\(result)",
        sourceLocation: sourceLocation)
    }
  }

  @Test("a key file reached through a symbolic link is refused")
  func symbolicLinkRefused() throws {
    let sandbox = try Self.sandbox()
    let link = sandbox.path("lien.key")
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: sandbox.path("egide.key"))
    try Self.expectRefused(
      sandbox, key: link, mentions: ["symbolic link", link])
  }

  @Test("a key file others may read (0644) is refused with the chmod to run")
  func openModeRefused() throws {
    let sandbox = try Self.sandbox()
    chmod(sandbox.path("egide.key"), 0o644)
    try Self.expectRefused(
      sandbox, key: sandbox.path("egide.key"), mentions: ["644", "chmod 600"])
  }

  @Test("a key file in a folder anyone can write is refused, for init too")
  func worldWritableFolderRefused() throws {
    let sandbox = try Self.sandbox()
    let shared = sandbox.path("partage")
    try FileManager.default.createDirectory(
      atPath: shared, withIntermediateDirectories: false)
    chmod(shared, 0o777)
    let key = shared + "/egide.key"
    try FileManager.default.copyItem(
      atPath: sandbox.path("egide.key"), toPath: key)
    chmod(key, 0o600)
    try Self.expectRefused(sandbox, key: key, mentions: [shared, "chmod go-w"])
    // init neither reuses it nor makes a new key there.
    let other = sandbox.path("autre.sqlite")
    let made = try sandbox.run(
      ["init", "--db", other], environment: ["EGIDE_KEY_FILE": key])
    #expect(made.status == 77, "\(made)")
    #expect(!FileManager.default.fileExists(atPath: other), "\(made)")
    let fresh = shared + "/nouvelle.key"
    let fresher = try sandbox.run(
      ["init", "--db", other], environment: ["EGIDE_KEY_FILE": fresh])
    #expect(fresher.status == 77, "\(fresher)")
    #expect(!FileManager.default.fileExists(atPath: fresh))
  }

  @Test(
    "a key file owned by another user is refused, for init too",
    .enabled(if: geteuid() == 0, "needs root to give a file to another user"))
  func otherOwnerRefused() throws {
    let sandbox = try Self.sandbox()
    let key = sandbox.path("egide.key")
    chown(key, 65534, 65534)
    try Self.expectRefused(sandbox, key: key, mentions: ["65534", key])
    let other = sandbox.path("autre.sqlite")
    let made = try sandbox.run(["init", "--db", other])
    #expect(made.status == 77, "\(made)")
    #expect(!FileManager.default.fileExists(atPath: other), "\(made)")
  }

  @Test("a private key file of the user's own, in a private folder, is used")
  func privateKeyAccepted() throws {
    let sandbox = try Self.sandbox()
    let result = try sandbox.run(
      ["list", "--db", sandbox.db],
      environment: ["EGIDE_KEY_FILE": sandbox.path("egide.key")])
    #expect(result.status == 0, "\(result)")
  }
}
