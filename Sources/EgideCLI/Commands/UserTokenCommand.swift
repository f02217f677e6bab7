import ArgumentParser
import EgideService

extension UserCommand {
  /// `egide user token`: the API tokens a client of `egide serve`
  /// presents to act as a user.
  struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "token",
      abstract:
        "Create, list and revoke the API tokens of users (admins only).",
      discussion: """
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
      subcommands: [Create.self, List.self, Revoke.self])

    /// `egide user token create`.
    struct Create: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a token for a user and print it, this once.",
        discussion: """
          The token alone is printed on standard output, so that it can be
          captured; keep it like a password. The client gives it as
          $EGIDE_TOKEN or through 'egide login'.

          Example:
            egide user token create delegue.bobigny --label "laptop, Bobigny office"
          """)

      @OptionGroup var registry: RegistryOptions
      @Argument(help: "The user the token acts as.") var name: String
      @Option(
        help: ArgumentHelp(
          "How long it is accepted: a number of days, 1 to 366 (default 90d).",
          valueName: "days"))
      var expires: String?
      @Option(help: "What the token is for, such as 'laptop, Bobigny office'.")
      var label: String?

      func run() throws {
        let client = try registry.client(whileServed: true)
        let receipt = try client.send(
          CreateToken(user: name, expires: expires, label: label))
        print(receipt.secret)
        let token = receipt.token
        Terminal.error(
          "egide: note: token \(token.id) acts as \(token.user) until \(CaseText.date(token.expiresAt, client.display)); this secret is shown only this once: give it to the client as $EGIDE_TOKEN or through 'egide login'"
        )
      }
    }

    /// `egide user token list`.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the tokens, oldest first, and where each stands.",
        discussion: """
          Shows whose each token is, what it is for, when it expires or
          was revoked and when it was last used; never a token itself,
          which the registry does not hold.

          Example:
            egide user token list
            egide user token list --user delegue.bobigny --json
          """)

      @OptionGroup var registry: RegistryOptions
      @Option(help: "Only the tokens of this user.") var user: String?
      @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
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
            "No token yet: create one with 'egide user token create NAME'")
          return
        }
        let display = client.display
        var table = TextTable(headers: [
          "ID", "USER", "LABEL", "STATE", "CREATED", "BY", "EXPIRES",
          "LAST USED",
        ])
        for token in tokens {
          table.rows.append([
            token.id, token.user, token.label ?? "",
            token.revokedAt.map {
              "revoked \(CaseText.day($0, display)) by \(token.revokedBy ?? "?")"
            } ?? token.state,
            CaseText.day(token.createdAt, display), token.createdBy,
            CaseText.date(token.expiresAt, display),
            token.lastUsedAt.map { CaseText.date($0, display) } ?? "never",
          ])
        }
        print(table.render(width: Terminal.width))
      }
    }

    /// `egide user token revoke`.
    struct Revoke: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a token: it is refused from then on.",
        discussion: """
          The token stays listed, with who revoked it and when.

          Example:
            egide user token revoke T-000001
          """)

      @OptionGroup var registry: RegistryOptions
      @Argument(help: "The token's identifier, such as T-000001.")
      var token: String

      func run() throws {
        let revoked = try registry.client(whileServed: true).send(
          RevokeToken(token: token))
        print(
          "Revoked token \(revoked.id) of \(revoked.user); it is refused from now on"
        )
      }
    }
  }
}
