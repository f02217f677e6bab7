import EgideStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How the CLI reaches a server: its address, the user's token and the
/// authority its certificate is checked against.
///
/// The server is `--server`, else `$EGIDE_SERVER`, else `server` in the
/// configuration file; the token is `$EGIDE_TOKEN`, else the token file
/// `egide login` wrote (`token_file` in the configuration file, else
/// `token` beside it, readable by its owner only).
struct ServerConnection {
  let server: ServerAddress
  let tokenFile: String
  let token: String?
  let certificateAuthority: String?

  /// The connection the options, environment and configuration name, or
  /// nil when they name no server.
  init?(options: RegistryOptions, environment: [String: String]) throws {
    let config = try ConfigFile.load(environment: environment)
    func value(_ variable: String, _ key: String) -> String? {
      environment[variable].flatMap { $0.isEmpty ? nil : $0 }
        ?? config.values[key]
    }
    guard let text = options.server ?? value("EGIDE_SERVER", "server") else {
      return nil
    }
    try self.init(
      server: ServerAddress(text), environment: environment, config: config,
      certificateAuthority: options.caCert ?? value("EGIDE_CA_CERT", "ca_cert"))
  }

  init(
    server: ServerAddress, environment: [String: String], config: ConfigFile,
    certificateAuthority: String?
  ) throws {
    self.server = server
    self.certificateAuthority = certificateAuthority
    tokenFile =
      config.values["token_file"]
      ?? (ConfigFile.defaultPath(environment: environment) as NSString)
      .deletingLastPathComponent + "/token"
    if let token = environment["EGIDE_TOKEN"], !token.isEmpty {
      self.token = token
    } else {
      self.token = try Self.readToken(tokenFile)
    }
  }

  /// The client of this server.
  ///
  /// - Throws: ``CLIError`` (exit 77) when there is no token.
  func client() throws -> RemoteClient {
    guard let token else {
      throw CLIError(
        .noPermission,
        "no token for \(server): run 'egide login' (an admin gives you a token with 'egide user token create'), or set $EGIDE_TOKEN"
      )
    }
    return try RemoteClient(
      server: server, token: token,
      certificateAuthority: certificateAuthority)
  }

  /// The token in the token file, nil when there is none.
  ///
  /// - Throws: ``CLIError`` for a file others may read: a token is a
  ///   password.
  static func readToken(_ path: String) throws -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    if status.st_mode & 0o077 != 0 {
      throw CLIError(
        .noPermission,
        "the token file \(path) may be read by others (mode \(String(status.st_mode & 0o777, radix: 8))); run 'chmod 600 \(path)', and revoke the token if others could have read it"
      )
    }
    let data = try InputFile.read(
      path, what: "the token file",
      hint: "give the file 'egide login --server URL' wrote",
      maximumSize: 4096)
    let token = String(decoding: data, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return token.isEmpty ? nil : token
  }
}
