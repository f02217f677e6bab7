import Foundation
import Testing

/// `egide user token` through the real binary: a secret printed once and
/// kept nowhere, listed never, revoked once, and for admins only.
@Suite("egide user token")
struct UserTokenCommandTests {
  /// A registry whose admin is e2e.tester, with a delegate.
  static func sandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    try sandbox.succeed(
      "user", "add", "delegue.fictif", "--role", "delegate", "--court",
      "Bobigny")
    return sandbox
  }

  /// The bytes of base64url text.
  static func decoded(_ text: Substring) -> Data? {
    var base64 = text.replacingOccurrences(of: "-", with: "+")
      .replacingOccurrences(of: "_", with: "/")
    base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
    return Data(base64Encoded: base64)
  }

  @Test(
    "create prints a secret of 256 bits once, on stdout alone, and the registry keeps no copy"
  )
  func createPrintsTheSecretOnce() throws {
    let sandbox = try Self.sandbox()
    let created = try sandbox.succeed(
      "user", "token", "create", "delegue.fictif", "--label", "portable")
    let secret = created.output
    #expect(created.stdout == secret + "\n", "\(created)")
    #expect(secret.hasPrefix("egide_"), "\(created)")
    let bytes = try #require(Self.decoded(secret.dropFirst(6)), "\(created)")
    #expect(bytes.count * 8 >= 256)
    #expect(created.stderrLines.count == 1, "\(created)")
    #expect(created.stderr.contains("T-000001"), "\(created)")
    #expect(created.stderr.contains("only this once"), "\(created)")
    #expect(created.stderr.contains("EGIDE_TOKEN"), "\(created)")
    #expect(created.stderr.contains("egide login"), "\(created)")
    #expect(!created.stderr.contains(secret), "\(created)")

    let snapshot = sandbox.snapshot()
    for data in [snapshot.main, snapshot.wal].compactMap({ $0 }) {
      #expect(data.range(of: Data(secret.utf8)) == nil)
      #expect(data.range(of: Data(secret.dropFirst(6).utf8)) == nil)
    }
    let again = try sandbox.succeed(
      "user", "token", "create", "delegue.fictif")
    #expect(again.output.hasPrefix("egide_"))
    #expect(again.output != secret)
  }

  @Test("list shows whose each token is and where it stands, never a secret")
  func listShowsNoSecret() throws {
    let sandbox = try Self.sandbox()
    let first = try sandbox.succeed(
      "user", "token", "create", "delegue.fictif", "--expires", "30d",
      "--label", "portable Bobigny")
    let second = try sandbox.succeed("user", "token", "create", "e2e.tester")
    let table = try sandbox.succeed("user", "token", "list")
    for text in ["T-000001", "T-000002", "portable Bobigny", "active"] {
      #expect(table.stdout.contains(text), "\(table)")
    }
    let json = try sandbox.succeed(
      "user", "token", "list", "--user", "delegue.fictif", "--json")
    let tokens = try Formats.objects(json)
    #expect(tokens.map { $0["id"] as? String } == ["T-000001"])
    #expect(tokens.first?["user"] as? String == "delegue.fictif")
    #expect(tokens.first?["state"] as? String == "active")
    for output in [table.stdout, json.stdout] {
      #expect(!output.contains("egide_"))
      for secret in [first.output, second.output] {
        #expect(!output.contains(secret.dropFirst(6)))
      }
    }
  }

  @Test("a token is revoked once; a second revocation is refused")
  func revokeRefusesTwice() throws {
    let sandbox = try Self.sandbox()
    try sandbox.succeed("user", "token", "create", "delegue.fictif")
    let revoked = try sandbox.succeed("user", "token", "revoke", "T-000001")
    #expect(revoked.stdout.contains("Revoked token T-000001"), "\(revoked)")
    let listed = try sandbox.succeed("user", "token", "list")
    #expect(listed.stdout.contains("revoked"), "\(listed)")
    let before = sandbox.snapshot()
    let again = try sandbox.egide("user", "token", "revoke", "T-000001")
    expectCleanFailure(again, status: 65, mentioning: ["already revoked"])
    let unknown = try sandbox.egide("user", "token", "revoke", "T-000009")
    expectCleanFailure(unknown, status: 65, mentioning: ["T-000009"])
    #expect(sandbox.snapshot() == before)
  }

  @Test(
    "a delegate cannot create, list or revoke a token; bad values are refused")
  func refusals() throws {
    let sandbox = try Self.sandbox()
    let before = sandbox.snapshot()
    for arguments in [
      ["user", "token", "create", "delegue.fictif"],
      ["user", "token", "list"],
      ["user", "token", "revoke", "T-000001"],
    ] {
      let refused = try sandbox.run(
        arguments + ["--db", sandbox.db],
        environment: ["EGIDE_ACTOR": "delegue.fictif"])
      expectCleanFailure(
        refused, status: 77, mentioning: ["delegue.fictif", "admin"])
    }
    let expires = try sandbox.egide(
      "user", "token", "create", "delegue.fictif", "--expires", "jamais")
    expectCleanFailure(
      expires, status: 64, mentioning: ["--expires", "jamais"])
    let nobody = try sandbox.egide(
      "user", "token", "create", "personne.fictive")
    expectCleanFailure(nobody, status: 65, mentioning: ["personne.fictive"])
    #expect(sandbox.snapshot() == before)
  }
}
