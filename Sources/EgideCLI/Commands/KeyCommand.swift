import ArgumentParser

/// `egide key`: the registry key's lifecycle — seal, backup, restore,
/// rotate.
struct KeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "key",
    abstract: "Seal a registry, and back up, restore or rotate its key.",
    discussion: """
      Identities (names, contacts, addresses, narratives, notes, handles,
      evidence content) are sealed with AES-256-GCM under the registry key,
      a file kept outside the registry: $EGIDE_KEY_FILE, else key_file in
      the config file, else egide.key beside the config file. Without the
      key, listing, counting and summarising still work; identities read
      [sealed]. Losing the key loses the identities: keep a backup made
      with 'egide key backup' apart from the registry and its backups.
      """,
    subcommands: [
      KeySealCommand.self, KeyBackupCommand.self, KeyRestoreCommand.self,
      KeyRotateCommand.self, KeyScrubCommand.self,
    ])
}
