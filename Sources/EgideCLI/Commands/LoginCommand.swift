import ArgumentParser
import EgideCore
import EgideService
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `egide login`: keeps the user's token for a server, checked first, in a
/// file only they can read.
struct LoginCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "login",
    abstract: Words.en(
      "Check your token with the server and keep it for the next commands.",
      fr:
        "Vérifie votre jeton auprès du serveur et le conserve pour les commandes suivantes."
    ),
    discussion: Words.en(
      """
      Asks for the token an admin gave you ('egide user token create'), with
      the terminal's echo off (or reads it from standard input), checks it
      with the server, and writes it to the token file (token_file in the
      config file, else 'token' beside it), readable by you only. The
      commands then act as your user on that server. $EGIDE_TOKEN, when
      set, is used instead of the file.

      Example:
        egide login --server https://egide.example.org:8443
        EGIDE_SERVER=https://egide.example.org:8443 egide list
      """,
      fr: """
        Demande le jeton qu'un administrateur vous a remis (« egide user
        token create »), sans écho dans le terminal (ou le lit sur l'entrée
        standard), le vérifie auprès du serveur, et l'écrit dans le fichier
        de jeton (token_file du fichier de configuration, sinon « token » à
        côté de celui-ci), lisible par vous seul. Les commandes agissent
        ensuite en votre nom d'utilisateur sur ce serveur. $EGIDE_TOKEN,
        s'il est défini, est utilisé à la place du fichier.

        Exemples :
          egide login --server https://egide.example.org:8443
          EGIDE_SERVER=https://egide.example.org:8443 egide list
        """))

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let config = try ConfigFile.load(environment: environment)
    var probe = environment
    probe["EGIDE_TOKEN"] = "unused"
    guard
      let named = try ServerConnection(options: registry, environment: probe)
    else {
      throw CLIError(
        .usage,
        Words.en(
          "no server to log in to: give --server https://HOST:PORT (or set $EGIDE_SERVER, or server in the config file)",
          fr:
            "aucun serveur auquel se connecter : donnez --server https://HÔTE:PORT (ou définissez $EGIDE_SERVER, ou server dans le fichier de configuration)"
        ))
    }
    let answer =
      Terminal.isInteractive
      ? Terminal.askSecret(
        Words.en(
          "Token for \(named.server): ", fr: "Jeton pour \(named.server) : "))
      : readLine(strippingNewline: true)
    guard let token = answer?.trimmingCharacters(in: .whitespaces),
      !token.isEmpty
    else {
      throw CLIError(
        .usage,
        Words.en(
          "no token given; nothing was written",
          fr: "aucun jeton donné ; rien n'a été écrit"))
    }
    let client = try RemoteClient(
      server: named.server, token: token,
      certificateAuthority: named.certificateAuthority)
    let session = try client.send(CurrentSession())
    try Self.write(token, to: named.tokenFile)
    let scope =
      session.scope.map { Words.en(" for \($0)", fr: " pour \($0)") } ?? ""
    let role = CaseListText.name(session.role, of: UserRole.self)
    print(
      Words.en(
        "Logged in to \(named.server) as \(session.user) (\(session.role)\(scope)); the token is in \(named.tokenFile), readable by you only.",
        fr:
          "Connecté à \(named.server) en tant que \(session.user) (\(role)\(scope)) ; le jeton est dans \(named.tokenFile), lisible par vous seul."
      ))
    if registry.server != nil && config.values["server"] == nil
      && environment["EGIDE_SERVER"] == nil
    {
      print(
        Words.en(
          "Give the server to each command with --server \(named.server), or set EGIDE_SERVER=\(named.server) (or server = \"\(named.server)\" in the config file).",
          fr:
            "Donnez le serveur à chaque commande avec --server \(named.server), ou définissez EGIDE_SERVER=\(named.server) (ou server = \"\(named.server)\" dans le fichier de configuration)."
        ))
    }
  }

  /// Writes the token file (0600) in one step: a new file renamed over
  /// the old one.
  static func write(_ token: String, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    }
    let temporary = path + ".new"
    unlink(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else {
      throw CLIError(
        .ioError,
        Words.en(
          "cannot write the token file \(path); check its folder",
          fr:
            "impossible d'écrire le fichier de jeton \(path) ; vérifiez son dossier"
        ))
    }
    let bytes = Array((token + "\n").utf8)
    let written = Glibc.write(descriptor, bytes, bytes.count)
    fsync(descriptor)
    close(descriptor)
    guard written == bytes.count, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw CLIError(
        .ioError,
        Words.en(
          "cannot write the token file \(path); check its folder",
          fr:
            "impossible d'écrire le fichier de jeton \(path) ; vérifiez son dossier"
        ))
    }
  }
}

/// `egide logout`: forgets the token kept by `egide login`.
struct LogoutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "logout",
    abstract: Words.en(
      "Remove the token file written by 'egide login'.",
      fr: "Supprime le fichier de jeton écrit par « egide login »."),
    discussion: Words.en(
      """
      The token itself stays valid until it expires or an admin revokes it
      ('egide user token revoke'): ask for that if it may have been copied.

      Example:
        egide logout
      """,
      fr: """
        Le jeton lui-même reste valable jusqu'à son expiration ou sa
        révocation par un administrateur (« egide user token revoke ») :
        demandez-la s'il a pu être copié.

        Exemple :
          egide logout
        """))

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let config = try ConfigFile.load(environment: environment)
    let path =
      config.values["token_file"]
      ?? (ConfigFile.defaultPath(environment: environment) as NSString)
      .deletingLastPathComponent + "/token"
    guard FileManager.default.fileExists(atPath: path) else {
      print(
        Words.en(
          "No token file at \(path).", fr: "Aucun fichier de jeton à \(path)."))
      return
    }
    guard unlink(path) == 0 else {
      throw CLIError(
        .ioError,
        Words.en(
          "cannot remove the token file \(path)",
          fr: "impossible de supprimer le fichier de jeton \(path)"))
    }
    print(
      Words.en(
        "Removed the token file \(path).",
        fr: "Fichier de jeton \(path) supprimé."))
  }
}
