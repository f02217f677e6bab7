import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide key backup FILE`: the registry key wrapped with a passphrase.
struct KeyBackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: Words.en(
      "Write the registry key, wrapped with a passphrase, to a new file.",
      fr:
        "Écrit la clé du registre, protégée par une phrase secrète, dans un nouveau fichier."
    ),
    discussion: Words.en(
      """
      The passphrase (at least 12 characters) is stretched with scrypt and
      seals the key with AES-256-GCM; the file names the key's fingerprint.
      Keep it apart from the registry and its backups, and the passphrase
      apart from both. Never overwrites a file.

      Example:
        egide key backup /media/coffre/egide-key-2026-11.backup
      """,
      fr: """
        La phrase secrète (12 caractères au moins) est dérivée avec scrypt et
        scelle la clé en AES-256-GCM ; le fichier indique l'empreinte de la
        clé. Conservez-le à l'écart du registre et de ses sauvegardes, et la
        phrase secrète à l'écart des deux. N'écrase jamais un fichier.

        Exemple :
          egide key backup /media/coffre/egide-key-2026-11.backup
        """))

  @Argument(
    help: ArgumentHelp(
      Words.en(
        "The backup file to create.", fr: "Le fichier de sauvegarde à créer."),
      valueName: "file"))
  var file: String

  @Option(
    help: ArgumentHelp(
      Words.en(
        "A file whose first line is the passphrase (else asked twice on the terminal).",
        fr:
          "Un fichier dont la première ligne est la phrase secrète (sinon, elle est demandée deux fois dans le terminal)."
      ),
      valueName: "file"))
  var passphraseFile: String?

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    guard let key = try settings.loadKey(required: true) else { return }
    // The key must be this registry's, and only an admin backs it up.
    if FileManager.default.fileExists(atPath: settings.databasePath) {
      _ = try settings.authorize(.keys)
    }
    let passphrase = try KeyFiles.passphrase(
      file: passphraseFile, confirm: true)
    let backup = try KeyBackup.wrap(key, passphrase: passphrase)
    try OutputFile.writeNew(Data(backup.fileText.utf8), to: file)
    print(
      Words.en(
        "Wrote the key (fingerprint \(key.fingerprint)) wrapped with the passphrase to \(file).",
        fr:
          "Clé (empreinte \(key.fingerprint)) écrite dans \(file), chiffrée par la phrase secrète."
      ))
  }
}
