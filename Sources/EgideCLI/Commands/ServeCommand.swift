import ArgumentParser
import EgideCore
import EgideServer
import EgideService
import EgideStore
import Foundation
import Logging

/// `egide serve`: the one process that opens the registry and its key,
/// answering authenticated clients over HTTP.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: Words.en(
      "Serve the registry over HTTPS to authenticated clients.",
      fr: "Sert le registre en HTTPS à des clients authentifiés."),
    discussion: Words.en(
      """
      Run it under the registry's own service account: the registry file and
      its key must be readable by that account only (mode 0600), and one
      server owns a registry. Clients authenticate with a token ('egide user
      token create NAME') and act as its user, with the server's clock;
      their --actor and $EGIDE_NOW are ignored.

      Plain HTTP is accepted on loopback only, or on any address with
      --behind-proxy when a TLS proxy is in front. SIGTERM finishes the
      requests in flight and stops. The log (standard error) has one line
      per request: method, route, status, duration and user; never a name,
      a free text or a token.

      Example:
        egide serve --db /srv/egide/registry.sqlite --listen 0.0.0.0:8443 \\
          --tls-cert /etc/egide/cert.pem --tls-key /etc/egide/key.pem
        egide serve --db /srv/egide/registry.sqlite --socket /run/egide/egide.sock
      """,
      fr: """
        Lancez-le sous le compte de service propre au registre : le fichier
        du registre et sa clé ne doivent être lisibles que par ce compte
        (mode 0600), et un registre n'a qu'un seul serveur. Les clients
        s'authentifient par un jeton (« egide user token create NOM ») et
        agissent au nom de son utilisateur, avec l'horloge du serveur ; leurs
        --actor et $EGIDE_NOW sont ignorés.

        Le HTTP en clair n'est accepté que sur l'interface de bouclage, ou sur
        toute adresse avec --behind-proxy lorsqu'un proxy TLS est placé
        devant. SIGTERM termine les requêtes en cours puis arrête le serveur.
        Le journal (sortie d'erreur) compte une ligne par requête : méthode,
        route, statut, durée et utilisateur ; jamais un nom, un texte libre
        ni un jeton.

        Exemples :
          egide serve --db /srv/egide/registry.sqlite --listen 0.0.0.0:8443 \\
            --tls-cert /etc/egide/cert.pem --tls-key /etc/egide/key.pem
          egide serve --db /srv/egide/registry.sqlite --socket /run/egide/egide.sock
        """))

  @Option(
    help: ArgumentHelp(
      Words.en(
        "The registry file. Default: $EGIDE_DB, else `db` in the config file, else ./egide.sqlite.",
        fr:
          "Le fichier du registre. Par défaut : $EGIDE_DB, sinon `db` du fichier de configuration, sinon ./egide.sqlite."
      ),
      valueName: "path"))
  var db: String?
  @Option(
    help: .en(
      "Listen on HOST:PORT (port 0: any free port).",
      fr: "Écoute sur HÔTE:PORT (port 0 : un port libre quelconque)."))
  var listen: String?
  @Option(
    help: .en(
      "Listen on a Unix socket at this path instead.",
      fr: "Écoute plutôt sur une socket Unix à ce chemin.")) var socket: String?
  @Option(
    help: .en(
      "The TLS certificate chain (PEM).",
      fr: "La chaîne de certificats TLS (PEM).")) var tlsCert: String?
  @Option(
    help: .en("The TLS private key (PEM).", fr: "La clé privée TLS (PEM)."))
  var tlsKey: String?
  @Flag(
    help: .en(
      "A TLS proxy is in front: accept plain HTTP on any address.",
      fr:
        "Un proxy TLS est placé devant : accepte le HTTP en clair sur toute adresse."
    ))
  var behindProxy = false

  func run() async throws {
    let listener = try Self.listener(listen: listen, socket: socket)
    if (tlsCert == nil) != (tlsKey == nil) {
      throw CLIError(
        .usage,
        Words.en(
          "--tls-cert and --tls-key go together; give both",
          fr: "--tls-cert et --tls-key vont ensemble ; donnez les deux"))
    }
    let configuration: ServerConfiguration
    do {
      configuration = try ServerConfiguration(
        listener: listener,
        tls: tlsCert.map {
          ServerConfiguration.TLSFiles(certificate: $0, key: tlsKey ?? "")
        }, behindProxy: behindProxy)
    } catch { throw CLIError(.usage, error.message) }
    let settings = try Settings(
      db: db, actor: nil, environment: ProcessInfo.processInfo.environment)
    try Self.checkPrivate(settings.databasePath, what: "registry")
    try Self.checkPrivate(settings.keyPath, what: "registry key")
    let lock = try ServeLock(
      registry: settings.databasePath, address: listener.description)
    // Many clients at once: reads side by side on WAL snapshots, writes
    // in turn on one connection (BENCHMARKS.md, "The served registry").
    let registry = try settings.openRegistry(concurrentReads: true)
    guard registry.isSealed, registry.holdsKey else {
      throw CLIError(
        .configuration,
        Words.en(
          "\(settings.databasePath) is not sealed under a key; a served registry must be: seal it with 'egide key seal' first",
          fr:
            "\(settings.databasePath) n'est pas scellé sous une clé ; un registre servi doit l'être : scellez-le d'abord avec « egide key seal »"
        ))
    }
    guard
      try registry.users().contains(where: { $0.role == .admin && $0.isEnabled }
      )
    else {
      throw CLIError(
        .configuration,
        Words.en(
          "\(settings.databasePath) has no enabled admin; add one with 'egide user add NAME --role admin' before serving it",
          fr:
            "\(settings.databasePath) n'a aucun administrateur actif ; ajoutez-en un avec « egide user add NOM --role admin » avant de le servir"
        ))
    }
    var clock: @Sendable () -> Date = { Date() }
    if settings.fixedClock == .honoured {
      // The server's own clock, fixed by whoever starts it: for
      // reproducible demos and tests only. A client's never counts.
      let fixed = settings.now
      clock = { fixed }
      Terminal.error(
        Words.en(
          "egide serve: warning: the clock is fixed at \(ISODate.string(fixed)) by $EGIDE_NOW (for tests and demos only)",
          fr:
            "egide serve : attention : l'horloge est fixée à \(ISODate.string(fixed)) par $EGIDE_NOW (réservé aux tests et aux démonstrations)"
        ))
    }
    var rules = settings.configuration
    rules.importLimits = try InputLimits.load(
      environment: ProcessInfo.processInfo.environment
    ).imports
    let service = EgideService(
      registry: registry, configuration: rules, clock: clock,
      notes: { _ in })
    var logger = Logger(label: "egide.serve") { label in
      StreamLogHandler.standardError(label: label)
    }
    logger.logLevel = .info
    let server = EgideAPIServer(
      service: service, configuration: configuration, logger: logger)
    try await server.run { address in
      lock.record(address: address)
      Terminal.error(
        Words.en(
          "egide serve: listening on \(address)",
          fr: "egide serve : à l'écoute sur \(address)"))
    }
    withExtendedLifetime(lock) {}
    Terminal.error(
      Words.en("egide serve: stopped", fr: "egide serve : arrêté"))
  }

  /// Where to listen, from `--listen HOST:PORT` or `--socket PATH`.
  static func listener(listen: String?, socket: String?) throws
    -> ServerConfiguration.Listener
  {
    switch (listen, socket) {
    case (nil, nil):
      throw CLIError(
        .usage,
        Words.en(
          "give --listen HOST:PORT (with --tls-cert and --tls-key) or --socket PATH",
          fr:
            "donnez --listen HÔTE:PORT (avec --tls-cert et --tls-key) ou --socket CHEMIN"
        ))
    case (.some, .some):
      throw CLIError(
        .usage,
        Words.en(
          "give --listen or --socket, not both",
          fr: "donnez --listen ou --socket, pas les deux"))
    case (nil, let path?):
      return .socket(path: path)
    case (let text?, nil):
      var host = Substring(text)
      guard let colon = host.lastIndex(of: ":"),
        let port = Int(host[host.index(after: colon)...])
      else {
        throw CLIError(
          .usage,
          Words.en(
            "listen '\(text)' is not HOST:PORT; accepted: such as 127.0.0.1:8443 or [::1]:8443",
            fr:
              "listen '\(text)' n'est pas de la forme HÔTE:PORT ; acceptés : par exemple 127.0.0.1:8443 ou [::1]:8443"
          ))
      }
      host = host[..<colon]
      if host.hasPrefix("[") && host.hasSuffix("]") {
        host = host.dropFirst().dropLast()
      }
      return .tcp(host: String(host), port: port)
    }
  }

  /// Refuses a file other users could read or write.
  static func checkPrivate(_ path: String, what: String) throws {
    // The file named in French: "registry" or "registry key".
    let key = what == "registry key"
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw CLIError(
        .noInput,
        Words.en(
          "no \(what) at \(path); give the registry with --db and its key with $EGIDE_KEY_FILE or key_file",
          fr:
            "\(key ? "aucune clé de registre" : "aucun registre") à \(path) ; donnez le registre avec --db et sa clé avec $EGIDE_KEY_FILE ou key_file"
        ))
    }
    let mode = status.st_mode & 0o777
    if mode & 0o077 != 0 {
      throw CLIError(
        .noPermission,
        Words.en(
          "the \(what) \(path) has mode \(String(mode, radix: 8)): others than its owner may read or write it; run 'chmod 600 \(path)' and serve it from its own account",
          fr: key
            ? "la clé de registre \(path) a les droits \(String(mode, radix: 8)) : d'autres que son propriétaire peuvent la lire ou l'écrire ; lancez « chmod 600 \(path) » et servez le registre depuis son propre compte"
            : "le registre \(path) a les droits \(String(mode, radix: 8)) : d'autres que son propriétaire peuvent le lire ou l'écrire ; lancez « chmod 600 \(path) » et servez-le depuis son propre compte"
        ))
    }
  }
}
