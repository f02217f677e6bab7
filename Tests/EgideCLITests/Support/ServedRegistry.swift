import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A registry served by the real `egide serve` on a free loopback port,
/// over TLS with a certificate made for the test, and the real `egide`
/// as its client: what a delegate on another machine runs.
///
/// The registry has, besides its first admin `e2e.tester`, a delegate of
/// Bobigny, a security officer of the ressort of Douai and a liaison, each
/// with a token. The server is stopped (SIGTERM) when the test ends.
final class ServedRegistry {
  let sandbox: Sandbox
  private(set) var server: RunningEgide?
  /// `https://127.0.0.1:PORT`.
  private(set) var url = ""
  /// The certificate of the authority that signed the server's.
  let certificateAuthority: String
  /// Each user's token.
  private(set) var tokens: [String: String] = [:]

  static let admin = "e2e.tester"
  static let delegate = "delegue.bobigny"
  static let officer = "officier.douai"
  static let liaison = "liaison.dsj"
  /// A security officer without a scope, who may act on every case.
  static let nationalOfficer = "officier.national"

  /// Makes the registry and its users, and serves it.
  ///
  /// - Parameter serverEnvironment: variables of the server's own
  ///   environment (its clock, `EGIDE_NOW`, for instance).
  /// - Throws: ``ServedRegistryFailure`` when a step of the set-up fails.
  init(serverEnvironment: [String: String?] = [:]) throws {
    sandbox = try Sandbox()
    certificateAuthority = sandbox.path("ca.pem")
    try sandbox.initRegistry()
    try Self.addUsers(to: sandbox)
    for name in [
      Self.admin, Self.delegate, Self.officer, Self.liaison,
      Self.nationalOfficer,
    ] {
      tokens[name] = try createToken(for: name)
    }
    try makeCertificate()
    try start(environment: serverEnvironment)
  }

  deinit { server?.killNow() }

  /// Adds the users besides the first admin to the registry of `sandbox`.
  ///
  /// - Throws: ``ServedRegistryFailure`` when one cannot be added.
  static func addUsers(to sandbox: Sandbox) throws {
    for (name, role, scope) in [
      (delegate, "delegate", ["--court", "Bobigny"]),
      (officer, "security_officer", ["--ressort", "Douai"]),
      (liaison, "liaison", []),
      (nationalOfficer, "security_officer", []),
    ] {
      let added = try sandbox.run(
        ["user", "add", name, "--role", role, "--db", sandbox.db] + scope)
      guard added.status == 0 else {
        throw ServedRegistryFailure(description: "user add: \(added)")
      }
    }
  }

  /// Starts the server, and waits until it listens.
  func start(environment: [String: String?] = [:]) throws {
    let server = try sandbox.start(
      [
        "serve", "--db", sandbox.db, "--listen", "127.0.0.1:0", "--tls-cert",
        sandbox.path("cert.pem"), "--tls-key", sandbox.path("key.pem"),
      ], environment: environment)
    self.server = server
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      let log = server.standardErrorSoFar
      if let range = log.range(of: "listening on https://") {
        let rest = log[range.upperBound...].prefix { !$0.isNewline }
        url = "https://" + rest
        return
      }
      if log.contains("error:") { break }
      usleep(20_000)
    }
    server.killNow()
    let result = server.wait()
    throw ServedRegistryFailure(
      description: "egide serve did not start: \(result.stderr)")
  }

  /// Stops the server as a service manager does (SIGTERM) and returns what
  /// it did.
  @discardableResult
  func stop() -> EgideResult? {
    guard let server else { return nil }
    server.send(SIGTERM)
    self.server = nil
    return server.wait(timeout: 30)
  }

  /// A new token for `user`, created on the server's host.
  func createToken(for user: String, expires: String? = nil) throws -> String {
    let result = try sandbox.run(
      ["user", "token", "create", user, "--db", sandbox.db]
        + (expires.map { ["--expires", $0] } ?? []))
    guard result.status == 0 else {
      throw ServedRegistryFailure(description: "token create: \(result)")
    }
    return result.output
  }

  /// Runs the real `egide` as a client of the server, with `user`'s token
  /// (or `token`), and no registry file.
  func client(
    _ user: String, _ arguments: [String], token: String? = nil,
    environment extra: [String: String?] = [:]
  ) throws -> EgideResult {
    var environment = extra
    environment["EGIDE_TOKEN"] = .some(token ?? tokens[user])
    return try sandbox.run(
      arguments + ["--server", url, "--ca-cert", certificateAuthority],
      environment: environment)
  }

  /// A certificate authority and a server certificate for 127.0.0.1,
  /// made with openssl for this test only.
  private func makeCertificate() throws {
    let ext = sandbox.path("server.ext")
    try "subjectAltName=IP:127.0.0.1,DNS:localhost\n".write(
      toFile: ext, atomically: true, encoding: .utf8)
    let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    try openssl(
      ["req", "-x509", "-nodes", "-days", "2", "-subj", "/CN=Egide test CA"]
        + curve + [
          "-keyout", sandbox.path("ca.key"), "-out", certificateAuthority,
        ])
    try openssl(
      ["req", "-nodes", "-subj", "/CN=127.0.0.1"] + curve + [
        "-keyout", sandbox.path("key.pem"), "-out", sandbox.path("server.csr"),
      ])
    try openssl([
      "x509", "-req", "-in", sandbox.path("server.csr"), "-CA",
      certificateAuthority, "-CAkey", sandbox.path("ca.key"),
      "-CAcreateserial", "-days", "2", "-extfile", ext, "-out",
      sandbox.path("cert.pem"),
    ])
    chmod(sandbox.path("key.pem"), 0o600)
  }

  private func openssl(_ arguments: [String]) throws {
    let child = try ChildProcess(
      executable: "/usr/bin/openssl", arguments: arguments,
      directory: sandbox.root.path)
    let (termination, _) = child.wait(timeout: 60)
    guard termination.status == 0 else {
      throw ServedRegistryFailure(
        description:
          "openssl \(arguments.first ?? ""): \(String(decoding: child.standardErrorData(), as: UTF8.self))"
      )
    }
  }
}

/// A served registry that could not be set up.
struct ServedRegistryFailure: Error, CustomStringConvertible {
  var description: String
}
