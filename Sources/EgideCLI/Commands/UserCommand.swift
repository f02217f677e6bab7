import ArgumentParser
import EgideCore
import EgideService

/// `egide user`: who may act on the registry, with which role and within
/// which courts.
struct UserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user",
    abstract: Words.en(
      "Add, list and disable the users of the registry, and their API tokens (admins only).",
      fr:
        "Ajoute, liste et désactive les utilisateurs du registre, et gère leurs jetons d'API (administrateurs seulement)."
    ),
    discussion: Words.en(
      """
      Every command checks the acting user (--actor, $EGIDE_ACTOR, else the
      system login) against these users before it reads or writes: an
      unknown or disabled user, a command the role does not allow, or a
      case outside the user's court or ressort is refused with exit 77.
      Roles: admin (everything), delegate (report and follow cases),
      security_officer (every act on cases), liaison (summaries only).
      Whoever runs 'egide init' is the first admin. A user is never deleted
      or edited: disable them, and add a new name for a new role.

      Example:
        egide user add delegue.bobigny --role delegate --court Bobigny
        egide user add officier.douai --role security_officer --ressort Douai
        egide user add liaison.dsj --role liaison
        egide user list
        egide user disable delegue.bobigny
        egide user token create delegue.bobigny
      """,
      fr: """
        Chaque commande vérifie l'utilisateur qui agit (--actor, $EGIDE_ACTOR,
        sinon l'identifiant système) au regard de ces utilisateurs avant de
        lire ou d'écrire : un utilisateur inconnu ou désactivé, une commande
        que son rôle ne permet pas, ou un dossier hors de sa juridiction ou de
        son ressort est refusé avec le code 77. Rôles : admin (tout),
        delegate (signaler et suivre des dossiers), security_officer (tout
        acte sur les dossiers), liaison (synthèses seulement). La personne
        qui lance « egide init » est le premier administrateur. Un
        utilisateur n'est jamais supprimé ni modifié : désactivez-le, et
        ajoutez un nouveau nom pour un nouveau rôle.

        Exemples :
          egide user add delegue.bobigny --role delegate --court Bobigny
          egide user add officier.douai --role security_officer --ressort Douai
          egide user add liaison.dsj --role liaison
          egide user list
          egide user disable delegue.bobigny
          egide user token create delegue.bobigny
        """),
    subcommands: [Add.self, List.self, Disable.self, Token.self])

  /// `egide user add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: Words.en(
        "Add a user with a role, limited to a court or a ressort.",
        fr:
          "Ajoute un utilisateur avec un rôle, limité à une juridiction ou à un ressort."
      ),
      discussion: Words.en(
        """
        --court and --ressort limit a delegate or a security officer to the
        cases of one court, or of every court of a cour d'appel's district;
        without either, the user sees every case. An admin acts on every
        court and a liaison sees no case: they take no scope.

        Example:
          egide user add officier.douai --role security_officer --ressort ca_douai
        """,
        fr: """
          --court et --ressort limitent un délégué ou un responsable sécurité
          aux dossiers d'une juridiction, ou de toutes les juridictions du
          ressort d'une cour d'appel ; sans l'une ni l'autre, l'utilisateur
          voit tous les dossiers. Un administrateur agit sur toutes les
          juridictions et un référent ministère ne voit aucun dossier : ils
          n'ont pas de périmètre.

          Exemple :
            egide user add officier.douai --role security_officer --ressort ca_douai
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The name the user acts under (--actor, $EGIDE_ACTOR).",
        fr: "Le nom sous lequel l'utilisateur agit (--actor, $EGIDE_ACTOR)."))
    var name: String
    @Option(
      help: .values(of: UserRole.self),
      completion: UserRole.completion, transform: UserRole.code)
    var role: String
    @Option(
      help: .en(
        "Only the cases of this court: a code or a name.",
        fr: "Seulement les dossiers de cette juridiction : un code ou un nom."))
    var court: String?
    @Option(
      help: .en(
        "Only the cases of this cour d'appel's district.",
        fr: "Seulement les dossiers du ressort de cette cour d'appel."))
    var ressort: String?

    func run() throws {
      let receipt = try registry.client(whileServed: true).send(
        AddUser(name: name, role: role, court: court, ressort: ressort))
      let within = receipt.scopeName.map { ", \($0)" } ?? ""
      print(
        Words.en(
          "Added user \(receipt.user.name): \(receipt.roleDescription)\(within)",
          fr:
            "Utilisateur \(receipt.user.name) ajouté : \(UserCommand.role(of: receipt.user))\(within)"
        ))
    }
  }

  /// `egide user list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: Words.en(
        "List the users, enabled and disabled, in the order added.",
        fr:
          "Liste les utilisateurs, actifs et désactivés, dans l'ordre d'ajout."),
      discussion: Words.en(
        """
        Example:
          egide user list
          egide user list --json
        """,
        fr: """
          Exemples :
            egide user list
            egide user list --json
          """))

    @OptionGroup var registry: RegistryOptions
    @Flag(
      help: .en(
        "Print JSON (stable keys, UTC dates) instead of text.",
        fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
    var json = false

    func run() throws {
      let client = try registry.client(whileServed: true)
      let users = try client.send(ListUsers()).users
      if json {
        print(try JSONOutput.render(users))
        return
      }
      guard !users.isEmpty else {
        print(
          Words.en(
            "No user yet: whoever acts is an admin until the first command that writes records them; add users with 'egide user add NAME --role ROLE'",
            fr:
              "Aucun utilisateur pour l'instant : quiconque agit est administrateur jusqu'à la première commande qui écrit et l'enregistre ; ajoutez des utilisateurs avec « egide user add NOM --role RÔLE »"
          ))
        return
      }
      let typography = Typography(display: client.display)
      let day = { (text: String) in
        ISODate.date(text).map(typography.shortDay) ?? text
      }
      var table = TextTable(
        headers: Words.french
          ? ["NOM", "RÔLE", "PÉRIMÈTRE", "AJOUTÉ LE", "PAR", "ÉTAT"]
          : ["NAME", "ROLE", "SCOPE", "ADDED", "BY", "STATUS"])
      for user in users {
        table.rows.append([
          user.name, CaseListText.name(user.role, of: UserRole.self),
          Self.scope(of: user),
          day(user.createdAt), user.createdBy,
          user.disabledAt.map {
            Words.en(
              "disabled \(day($0)) by \(user.disabledBy ?? "?")",
              fr: "désactivé le \(day($0)) par \(user.disabledBy ?? "?")")
          } ?? Words.en("enabled", fr: "actif"),
        ])
      }
      print(table.render(width: Terminal.width))
    }

    /// What a user's scope covers, as the table shows it: a liaison sees
    /// the published summaries and no case, which "all" misread.
    static func scope(of user: UserDocument) -> String {
      if let kind = user.scopeKind {
        return UserCommand.scopeKind(kind) + " \(user.scope ?? "")"
      }
      switch user.role {
      case UserRole.liaison.rawValue:
        return Words.en("summaries only", fr: "synthèses seulement")
      default: return Words.en("all cases", fr: "tous les dossiers")
      }
    }
  }

  /// `egide user disable`.
  struct Disable: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "disable",
      abstract: Words.en(
        "Disable a user, who may then no longer act.",
        fr: "Désactive un utilisateur, qui ne peut alors plus agir."),
      discussion: Words.en(
        """
        The user stays in the list, with who disabled them and when, and
        their name is never given to anyone else. The last enabled admin
        cannot be disabled: add another admin first.

        Example:
          egide user disable delegue.bobigny
        """,
        fr: """
          L'utilisateur reste dans la liste, avec l'auteur et la date de la
          désactivation, et son nom n'est jamais attribué à quelqu'un
          d'autre. Le dernier administrateur actif ne peut pas être
          désactivé : ajoutez d'abord un autre administrateur.

          Exemple :
            egide user disable delegue.bobigny
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en("The user to disable.", fr: "L'utilisateur à désactiver."))
    var name: String

    func run() throws {
      let receipt = try registry.client(whileServed: true).send(
        DisableUser(name: name))
      print(
        Words.en(
          "Disabled user \(receipt.user.name) (\(receipt.roleDescription)); they may no longer act",
          fr:
            "Utilisateur \(receipt.user.name) (\(UserCommand.role(of: receipt.user))) désactivé ; il ne peut plus agir"
        ))
    }
  }

  /// A user's role and scope as the interface names them: `delegate for
  /// court tj93008`, `délégué pour la juridiction tj93008`.
  static func role(of user: UserDocument) -> String {
    let role = CaseListText.name(user.role, of: UserRole.self)
    guard let kind = user.scopeKind, let code = user.scope else { return role }
    return Words.en(
      "\(role) for \(kind) \(code)",
      fr:
        "\(role) pour \(kind == "court" ? "la" : "le") \(scopeKind(kind)) \(code)"
    )
  }

  /// The kind of a user's scope: `court`, `juridiction`; `ressort`.
  static func scopeKind(_ kind: String) -> String {
    kind == "court" ? Words.en("court", fr: "juridiction") : kind
  }
}
