import ArgumentParser
import EgideCore
import EgideService

extension UserCommand {
  /// `egide user token`: the API tokens a client of `egide serve`
  /// presents to act as a user.
  struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "token",
      abstract: Words.en(
        "Create, list and revoke the API tokens of users (admins only).",
        fr:
          "Crée, liste et révoque les jetons d'API des utilisateurs (administrateurs seulement)."
      ),
      discussion: Words.en(
        """
        A client of a served registry proves who it is with a token: it
        acts as the token's user, with their role and scope. The token is
        printed once, when it is created, and never stored: the registry
        keeps its SHA-256 only. A token expires (90 days unless --expires
        says otherwise, at most 366) and can be revoked; it is never
        deleted.

        Example:
          egide user token create delegue.bobigny --expires 30d --label "laptop, Bobigny office"
          egide user token list --user delegue.bobigny
          egide user token revoke T-000001
        """,
        fr: """
          Un client d'un registre servi prouve son identité par un jeton : il
          agit au nom de l'utilisateur du jeton, avec son rôle et son
          périmètre. Le jeton est affiché une seule fois, à sa création, et
          n'est jamais conservé : le registre n'en garde que le SHA-256. Un
          jeton expire (au bout de 90 jours, sauf autre durée donnée par
          --expires, 366 au plus) et peut être révoqué ; il n'est jamais
          supprimé.

          Exemples :
            egide user token create delegue.bobigny --expires 30d --label "portable, bureau de Bobigny"
            egide user token list --user delegue.bobigny
            egide user token revoke T-000001
          """),
      subcommands: [Create.self, List.self, Revoke.self])

    /// `egide user token create`.
    struct Create: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: Words.en(
          "Create a token for a user and print it, this once.",
          fr:
            "Crée un jeton pour un utilisateur et l'affiche, cette seule fois."
        ),
        discussion: Words.en(
          """
          The token alone is printed on standard output, so that it can be
          captured; keep it like a password. The client gives it as
          $EGIDE_TOKEN or through 'egide login'.

          Example:
            egide user token create delegue.bobigny --label "laptop, Bobigny office"
          """,
          fr: """
            Seul le jeton est écrit sur la sortie standard, afin qu'il puisse
            être capturé ; conservez-le comme un mot de passe. Le client le
            fournit par $EGIDE_TOKEN ou par « egide login ».

            Exemple :
              egide user token create delegue.bobigny --label "portable, bureau de Bobigny"
            """))

      @OptionGroup var registry: RegistryOptions
      @Argument(
        help: .en(
          "The user the token acts as.",
          fr: "L'utilisateur au nom duquel le jeton agit.")) var name: String
      @Option(
        help: ArgumentHelp(
          Words.en(
            "How long it is accepted: a number of days, 1 to 366 (default 90d).",
            fr:
              "Sa durée de validité : un nombre de jours, de 1 à 366 (90d par défaut)."
          ),
          valueName: "days"))
      var expires: String?
      @Option(
        help: .en(
          "What the token is for, such as 'laptop, Bobigny office'.",
          fr:
            "À quoi sert le jeton, par ex. « portable, bureau de Bobigny »."))
      var label: String?

      func run() throws {
        let client = try registry.client(whileServed: true)
        let receipt = try client.send(
          CreateToken(user: name, expires: expires, label: label))
        print(receipt.secret)
        let token = receipt.token
        let until = CaseText.date(token.expiresAt, client.display)
        Terminal.error(
          Words.en(
            "egide: note: token \(token.id) acts as \(token.user) until \(until); this secret is shown only this once: give it to the client as $EGIDE_TOKEN or through 'egide login --server URL'",
            fr:
              "egide : note : le jeton \(token.id) agit au nom de \(token.user) jusqu'au \(until) ; ce secret n'est affiché qu'une fois : donnez-le au client dans $EGIDE_TOKEN ou par « egide login --server URL »"
          ))
      }
    }

    /// `egide user token list`.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: Words.en(
          "List the tokens, oldest first, and where each stands.",
          fr:
            "Liste les jetons, du plus ancien au plus récent, et l'état de chacun."
        ),
        discussion: Words.en(
          """
          Shows whose each token is, what it is for, when it expires or
          was revoked and when it was last used; never a token itself,
          which the registry does not hold.

          Example:
            egide user token list
            egide user token list --user delegue.bobigny --json
          """,
          fr: """
            Indique à qui appartient chaque jeton, à quoi il sert, quand il
            expire ou a été révoqué et quand il a servi pour la dernière
            fois ; jamais le jeton lui-même, que le registre ne détient pas.

            Exemples :
              egide user token list
              egide user token list --user delegue.bobigny --json
            """))

      @OptionGroup var registry: RegistryOptions
      @Option(
        help: .en(
          "Only the tokens of this user.",
          fr: "Seulement les jetons de cet utilisateur.")) var user: String?
      @Flag(
        help: .en(
          "Print JSON (stable keys, UTC dates) instead of text.",
          fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
      var json = false

      func run() throws {
        let client = try registry.client(whileServed: true)
        let tokens = try client.send(ListTokens(user: user)).tokens
        if json {
          print(try JSONOutput.render(tokens))
          return
        }
        guard !tokens.isEmpty else {
          print(
            Words.en(
              "No token yet: create one with 'egide user token create NAME'",
              fr:
                "Aucun jeton pour l'instant : créez-en un avec « egide user token create NOM »"
            ))
          return
        }
        let typography = Typography(display: client.display)
        let day = { (text: String) in
          ISODate.date(text).map(typography.shortDay) ?? text
        }
        let time = { (text: String) in
          ISODate.date(text).map(typography.columnDateTime) ?? text
        }
        var table = TextTable(
          headers: Words.french
            ? [
              "ID", "UTILISATEUR", "LIBELLÉ", "ÉTAT", "CRÉÉ LE", "PAR",
              "EXPIRE LE", "DERNIER USAGE",
            ]
            : [
              "ID", "USER", "LABEL", "STATE", "CREATED", "BY", "EXPIRES",
              "LAST USED",
            ])
        for token in tokens {
          table.rows.append([
            token.id, token.user, token.label ?? "",
            token.revokedAt.map {
              Words.en(
                "revoked \(day($0)) by \(token.revokedBy ?? "?")",
                fr: "révoqué le \(day($0)) par \(token.revokedBy ?? "?")")
            } ?? Self.state(token.state),
            day(token.createdAt), token.createdBy,
            time(token.expiresAt),
            token.lastUsedAt.map(time) ?? Words.en("never", fr: "jamais"),
          ])
        }
        print(table.render(width: Terminal.width))
      }

      /// A token's state as the interface names it: `active`, `actif`.
      static func state(_ code: String) -> String {
        guard Words.french else { return code }
        return ["active": "actif", "expired": "expiré", "revoked": "révoqué"][
          code] ?? code
      }
    }

    /// `egide user token revoke`.
    struct Revoke: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: Words.en(
          "Revoke a token: it is refused from then on.",
          fr: "Révoque un jeton : il est refusé dès lors."),
        discussion: Words.en(
          """
          The token stays listed, with who revoked it and when.

          Example:
            egide user token revoke T-000001
          """,
          fr: """
            Le jeton reste dans la liste, avec l'auteur et la date de la
            révocation.

            Exemple :
              egide user token revoke T-000001
            """))

      @OptionGroup var registry: RegistryOptions
      @Argument(
        help: .en(
          "The token's identifier, such as T-000001.",
          fr: "L'identifiant du jeton, par ex. T-000001."))
      var token: String

      func run() throws {
        let revoked = try registry.client(whileServed: true).send(
          RevokeToken(token: token))
        print(
          Words.en(
            "Revoked token \(revoked.id) of \(revoked.user); it is refused from now on",
            fr:
              "Jeton \(revoked.id) de \(revoked.user) révoqué ; il est refusé désormais"
          ))
      }
    }
  }
}
