import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide key restore FILE`: the registry key back from a key backup.
struct KeyRestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: Words.en(
      "Recover the registry key from a backup made by 'egide key backup'.",
      fr:
        "Récupère la clé du registre depuis une sauvegarde faite par « egide key backup »."
    ),
    discussion: Words.en(
      """
      Writes the key file (mode 0600) at $EGIDE_KEY_FILE, key_file in the
      config file, or egide.key beside the config file; never replaces a
      file. When the registry is there, the key must be its key.

      Example:
        egide key restore /media/coffre/egide-key-2026-11.backup
      """,
      fr: """
        Écrit le fichier de clé (mode 0600) à $EGIDE_KEY_FILE, à key_file du
        fichier de configuration, ou egide.key à côté du fichier de
        configuration ; ne remplace jamais un fichier. Si le registre est
        présent, la clé doit être la sienne.

        Exemple :
          egide key restore /media/coffre/egide-key-2026-11.backup
        """))

  @Argument(
    help: ArgumentHelp(
      Words.en(
        "The key backup to read.", fr: "La sauvegarde de clé à lire."),
      valueName: "file"))
  var file: String

  @Option(
    help: ArgumentHelp(
      Words.en(
        "A file whose first line is the passphrase (else asked on the terminal).",
        fr:
          "Un fichier dont la première ligne est la phrase secrète (sinon, elle est demandée dans le terminal)."
      ),
      valueName: "file"))
  var passphraseFile: String?

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let data = try InputFile.read(
      file, what: "key backup",
      hint: "give the path of a file made by 'egide key backup'",
      maximumSize: 64 * 1024)
    let backup = try KeyBackup.parse(
      String(decoding: data, as: UTF8.self), path: file)
    let passphrase = try KeyFiles.passphrase(
      file: passphraseFile, confirm: false)
    let key = try backup.unwrap(passphrase: passphrase)
    if FileManager.default.fileExists(atPath: settings.databasePath) {
      // Only an admin restores the key, and it must be this registry's.
      try settings.authorize(
        .keys, registryFile: settings.databasePath, tolerant: false)
      _ = try Registry.open(
        at: settings.databasePath, key: key, revealsIdentities: false)
    }
    if let existing = try? RegistryKey.load(from: settings.keyPath),
      existing == key
    {
      print(
        Words.en(
          "\(settings.keyPath) already holds this key (fingerprint \(key.fingerprint)); nothing to do.",
          fr:
            "\(settings.keyPath) contient déjà cette clé (empreinte \(key.fingerprint)) ; rien à faire."
        ))
      return
    }
    try KeyFiles.createFolder(for: settings.keyPath)
    try key.write(to: settings.keyPath)
    print(
      Words.en(
        "Restored the key (fingerprint \(key.fingerprint)) to \(settings.keyPath).",
        fr:
          "Clé (empreinte \(key.fingerprint)) restaurée dans \(settings.keyPath)."
      ))
  }
}
