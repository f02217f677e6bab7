import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide init`: creates an empty registry sealed under a registry key,
/// never over an existing file.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new, empty registry and its key.",
    discussion: """
      Refuses to touch a registry file that already exists. Identities are
      sealed under the registry key: init creates the key file (mode 0600)
      at $EGIDE_KEY_FILE, else key_file in the config file, else egide.key
      beside the config file; an existing key file there is used as is.
      Losing the key loses every name in the registry: back it up with
      'egide key backup'. Whoever runs init (--actor, $EGIDE_ACTOR or the
      system login) is recorded as the registry's first admin, who adds
      the other users with 'egide user add'.

      Example:
        egide init --db /srv/egide/registry.sqlite
      """)

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    var created = false
    let key: RegistryKey
    if let existing = try settings.loadKey(required: false) {
      key = existing
    } else {
      key = RegistryKey.generate()
      try FileManager.default.createDirectory(
        atPath: (settings.keyPath as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try key.write(to: settings.keyPath)
      created = true
    }
    let registry: Registry
    do {
      registry = try Registry.create(at: settings.databasePath, key: key)
    } catch {
      if created { unlink(settings.keyPath) }
      throw error
    }
    try registry.addUser(
      User(
        name: settings.actor, role: .admin, scope: nil,
        createdBy: settings.actor, createdAt: settings.now))
    print(
      "Created registry \(settings.databasePath); \(settings.actor) is its first admin (add the others with 'egide user add NAME --role ROLE')"
    )
    if created {
      print(
        """
        Created the registry key \(settings.keyPath) (fingerprint \(key.fingerprint)).
        Identities are sealed under this key: whoever loses it loses every name in the registry.
        Back it up now with 'egide key backup FILE' and keep that file apart from the registry.
        """)
    } else {
      print(
        "Sealed under the existing key \(settings.keyPath) (fingerprint \(key.fingerprint))."
      )
    }
  }
}
