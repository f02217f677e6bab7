import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide key seal`: seals the identities of a registry made before
/// sealing, under a new key (or the key file already there).
struct KeySealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seal",
    abstract: Words.en(
      "Seal the identities of a registry still stored in clear.",
      fr: "Scelle les identités d'un registre encore conservées en clair."),
    discussion: Words.en(
      """
      For registries made by an Égide that stored identities in clear.
      Creates the key file (mode 0600) unless one is already there, seals
      every identity in one transaction, then rebuilds the file so that no
      clear copy remains in its free space or its write-ahead log. Run it
      when no one else uses the registry. Interrupted, nothing changes.

      Example:
        egide key seal --db /srv/egide/registry.sqlite
      """,
      fr: """
        Pour les registres créés par une version d'Égide qui conservait les
        identités en clair. Crée le fichier de clé (mode 0600) s'il n'existe
        pas déjà, scelle toutes les identités en une seule transaction, puis
        reconstruit le fichier pour qu'aucune copie en clair ne subsiste
        dans son espace libre ni dans son journal d'écriture anticipée.
        Lancez-le quand personne d'autre n'utilise le registre. Interrompue,
        l'opération ne change rien.

        Exemple :
          egide key seal --db /srv/egide/registry.sqlite
        """))

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let current = try settings.authorize(.keys, exclusive: true)
    guard !current.isSealed else {
      throw CLIError(
        .cannotCreate,
        Words.en(
          "\(settings.databasePath) is already sealed; to change its key use 'egide key rotate'",
          fr:
            "\(settings.databasePath) est déjà scellé ; pour changer sa clé, utilisez « egide key rotate »"
        ))
    }
    var created = false
    let key: RegistryKey
    if let existing = try settings.loadKey(required: false) {
      key = existing
    } else {
      key = RegistryKey.generate()
      try KeyFiles.createFolder(for: settings.keyPath)
      try key.write(to: settings.keyPath)
      created = true
    }
    let count: Int
    do {
      count = try Registry.seal(at: settings.databasePath, with: key)
    } catch {
      if created { unlink(settings.keyPath) }
      throw error
    }
    print(
      Words.en(
        "Sealed \(count) identifying values of \(settings.databasePath) under the key \(settings.keyPath) (fingerprint \(key.fingerprint)).",
        fr:
          "\(Typography.count(count, "identifying value", "identifying values", fr: "valeur identifiante", "valeurs identifiantes")) de \(settings.databasePath) scellée\(count > 1 ? "s" : "") sous la clé \(settings.keyPath) (empreinte \(key.fingerprint))."
      ))
    print(KeyFiles.backupAdvice)
    // The rebuild needs no key: the registry opened above serves.
    try KeyFiles.scrub(current)
    print(
      Words.en(
        "Backups of the registry made before today still hold the names in clear: destroy them once a new backup is made.",
        fr:
          "Les sauvegardes du registre antérieures à aujourd'hui contiennent encore les noms en clair : détruisez-les une fois une nouvelle sauvegarde faite."
      ))
  }
}
