import ArgumentParser

/// `egide key`: the registry key's lifecycle — seal, backup, restore,
/// rotate.
struct KeyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "key",
    abstract: Words.en(
      "Seal a registry, and back up, restore or rotate its key.",
      fr:
        "Scelle un registre, et sauvegarde, restaure ou renouvelle sa clé."),
    discussion: Words.en(
      """
      Identities (names, contacts, addresses, narratives, notes, handles,
      evidence content) are sealed with AES-256-GCM under the registry key,
      a file kept outside the registry: $EGIDE_KEY_FILE, else key_file in
      the config file, else egide.key beside the config file. Without the
      key, listing, counting and summarising still work; identities read
      [sealed]. Losing the key loses the identities: keep a backup made
      with 'egide key backup' apart from the registry and its backups.
      """,
      fr: """
        Les identités (noms, coordonnées, adresses, récits, notes,
        pseudonymes, contenu des pièces) sont scellées en AES-256-GCM sous la
        clé du registre, un fichier conservé hors du registre :
        $EGIDE_KEY_FILE, sinon key_file du fichier de configuration, sinon
        egide.key à côté du fichier de configuration. Sans la clé, lister,
        compter et produire des synthèses reste possible ; les identités
        s'affichent [sealed]. Perdre la clé, c'est perdre les identités :
        conservez une sauvegarde faite avec « egide key backup » à l'écart du
        registre et de ses sauvegardes.
        """),
    subcommands: [
      KeySealCommand.self, KeyBackupCommand.self, KeyRestoreCommand.self,
      KeyRotateCommand.self, KeyScrubCommand.self,
    ])
}
