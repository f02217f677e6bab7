import ArgumentParser
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
      'egide key backup'.

      Example:
        egide init --db /srv/egide/registry.sqlite
      """)

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let (_, key, created) = try settings.createSealedRegistry()
    print("Created registry \(settings.databasePath)")
    if created {
      print(
        """
        Created the registry key \(settings.keyPath) (fingerprint \(key.fingerprint)).
        \(KeyFiles.backupAdvice)
        """)
    } else {
      print(
        "Sealed under the existing key \(settings.keyPath) (fingerprint \(key.fingerprint))."
      )
    }
  }
}
