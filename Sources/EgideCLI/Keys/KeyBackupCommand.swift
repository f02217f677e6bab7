import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide key backup FILE`: the registry key wrapped with a passphrase.
struct KeyBackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract:
      "Write the registry key, wrapped with a passphrase, to a new file.",
    discussion: """
      The passphrase (at least 12 characters) is stretched with scrypt and
      seals the key with AES-256-GCM; the file names the key's fingerprint.
      Keep it apart from the registry and its backups, and the passphrase
      apart from both. Never overwrites a file.

      Example:
        egide key backup /media/coffre/egide-key-2026-11.backup
      """)

  @Argument(help: ArgumentHelp("The backup file to create.", valueName: "file"))
  var file: String

  @Option(
    help: ArgumentHelp(
      "A file whose first line is the passphrase (else asked twice on the terminal).",
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
      "Wrote the key (fingerprint \(key.fingerprint)) wrapped with the passphrase to \(file)."
    )
  }
}
