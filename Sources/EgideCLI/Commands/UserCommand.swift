import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide user`: who may act on the registry, with which role and within
/// which courts.
struct UserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user",
    abstract: "Add, list and disable the users of the registry (admins only).",
    discussion: """
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
      """,
    subcommands: [Add.self, List.self, Disable.self])

  /// `egide user add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a user with a role, limited to a court or a ressort.",
      discussion: """
        --court and --ressort limit a delegate or a security officer to the
        cases of one court, or of every court of a cour d'appel's district;
        without either, the user sees every case. An admin acts on every
        court and a liaison sees no case: they take no scope.

        Example:
          egide user add officier.douai --role security_officer --ressort ca_douai
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The name the user acts under (--actor, $EGIDE_ACTOR).")
    var name: String
    @Option(help: "\(UserRole.acceptedValues.joined(separator: ", ")).")
    var role: String
    @Option(help: "Only the cases of this court: a code or a name.")
    var court: String?
    @Option(help: "Only the cases of this cour d'appel's district.")
    var ressort: String?

    func run() throws {
      let settings = try registry.settings()
      let role = try UserRole.parse(role)
      if court != nil && ressort != nil {
        throw CLIError(
          .usage, "give --court or --ressort, not both: a user has one scope")
      }
      let scope =
        try court.map { value throws(DomainError) in
          try UserScope.parse(court: value)
        }
        ?? ressort.map { value throws(DomainError) in
          try UserScope.parse(ressort: value)
        }
      let user = try User(
        name: name, role: role, scope: scope, createdBy: settings.actor,
        createdAt: settings.now)
      let store = try settings.authorize(.userAdd).registry
      try store.addUser(user)
      let within =
        scope.flatMap { CourtDirectory.shared.court(code: $0.code) }.map {
          ", \($0.name)"
        } ?? ""
      print("Added user \(user.name): \(user.roleDescription)\(within)")
    }
  }

  /// `egide user list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the users, enabled and disabled, in the order added.",
      discussion: """
        Example:
          egide user list
          egide user list --json
        """)

    @OptionGroup var registry: RegistryOptions
    @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
    var json = false

    struct Entry: Encodable {
      var createdAt: String
      var createdBy: String
      var disabledAt: String?
      var disabledBy: String?
      var enabled: Bool
      var name: String
      var role: String
      var scope: String?
      var scopeKind: String?
    }

    func run() throws {
      let settings = try registry.settings()
      let users = try settings.authorize(.userList).registry.users()
      if json {
        print(
          try JSONOutput.render(
            users.map {
              Entry(
                createdAt: ISODate.string($0.createdAt),
                createdBy: $0.createdBy,
                disabledAt: $0.disabledAt.map(ISODate.string),
                disabledBy: $0.disabledBy, enabled: $0.isEnabled,
                name: $0.name, role: $0.role.rawValue, scope: $0.scope?.code,
                scopeKind: $0.scope?.kind)
            }))
        return
      }
      guard !users.isEmpty else {
        print(
          "No user yet: whoever acts is an admin until the first command that writes records them; add users with 'egide user add NAME --role ROLE'"
        )
        return
      }
      let display = Display(timeZone: settings.timeZone)
      var table = TextTable(headers: [
        "NAME", "ROLE", "SCOPE", "ADDED", "BY", "STATUS",
      ])
      for user in users {
        table.rows.append([
          user.name, user.role.rawValue, user.scope?.description ?? "all",
          display.day(user.createdAt), user.createdBy,
          user.disabledAt.map {
            "disabled \(display.day($0)) by \(user.disabledBy ?? "?")"
          } ?? "enabled",
        ])
      }
      print(table.render(width: Terminal.width))
    }
  }

  /// `egide user disable`.
  struct Disable: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Disable a user, who may then no longer act.",
      discussion: """
        The user stays in the list, with who disabled them and when, and
        their name is never given to anyone else. The last enabled admin
        cannot be disabled: add another admin first.

        Example:
          egide user disable delegue.bobigny
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The user to disable.") var name: String

    func run() throws {
      let settings = try registry.settings()
      let store = try settings.authorize(.userDisable).registry
      let user = try store.disableUser(
        name, by: settings.actor, at: settings.now)
      print(
        "Disabled user \(user.name) (\(user.roleDescription)); they may no longer act"
      )
    }
  }
}
