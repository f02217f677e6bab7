import EgideCore
import EgideStore
import Foundation

/// What the key commands share: the key's folder, passphrases, advice.
enum KeyFiles {
  /// What every command that makes a key says.
  static var backupAdvice: String {
    Words.en(
      "Whoever loses this key loses every name in the registry: back it up now with 'egide key backup FILE' and keep that file apart from the registry.",
      fr:
        "Perdre cette clé, c'est perdre tous les noms du registre : sauvegardez-la dès maintenant avec « egide key backup FICHIER » et conservez ce fichier à l'écart du registre."
    )
  }

  /// Rebuilds the registry file so that no earlier form of a value
  /// remains in it, after sealing or resealing has committed.
  ///
  /// - Throws: ``CLIError`` saying the values are sealed but the file
  ///   still needs the rebuild, which `egide key scrub` can redo.
  static func scrub(_ registry: Registry) throws {
    do { try registry.scrub() } catch {
      throw CLIError(
        .ioError,
        Words.en(
          "the values are sealed, but rebuilding the file failed (\(error)); earlier copies may remain in its free space: run 'egide key scrub' when no one else uses the registry",
          fr:
            "les valeurs sont scellées, mais la reconstruction du fichier a échoué (\(error)) ; des copies antérieures peuvent subsister dans son espace libre : lancez « egide key scrub » quand personne d'autre n'utilise le registre"
        ))
    }
    print(
      Words.en(
        "Rebuilt \(registry.path): no earlier copy remains in its free space.",
        fr:
          "\(registry.path) reconstruit : aucune copie antérieure ne subsiste dans son espace libre."
      ))
  }

  /// Creates the folder of a key file (0700) if it is missing.
  static func createFolder(for keyPath: String) throws {
    let folder = (keyPath as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
  }

  /// The passphrase: the first line of `file`, else asked on the terminal
  /// without echo (twice when `confirm`).
  ///
  /// - Throws: ``CLIError`` when neither is available or the two entries
  ///   differ.
  static func passphrase(file: String?, confirm: Bool) throws -> String {
    if let file {
      let data = try InputFile.read(
        file, what: "passphrase file",
        hint: "give the path of a file whose first line is the passphrase",
        maximumSize: 4096)
      let text = String(decoding: data, as: UTF8.self)
      let line = text.split(whereSeparator: \.isNewline).first.map(String.init)
      guard let line, !line.isEmpty else {
        throw CLIError(
          .dataError,
          Words.en(
            "--passphrase-file \(file) is empty; put the passphrase on its first line",
            fr:
              "--passphrase-file \(file) est vide ; mettez la phrase secrète sur sa première ligne"
          ))
      }
      return line
    }
    guard Terminal.isInteractive else {
      throw CLIError(
        .usage,
        Words.en(
          "no terminal to ask the passphrase on; give --passphrase-file FILE (its first line is the passphrase)",
          fr:
            "aucun terminal pour demander la phrase secrète ; donnez --passphrase-file FICHIER (sa première ligne est la phrase secrète)"
        ))
    }
    guard
      let first = Terminal.askSecret(
        Words.en("Passphrase: ", fr: "Phrase secrète : "))
    else {
      throw CLIError(
        .usage,
        Words.en("no passphrase given", fr: "aucune phrase secrète donnée"))
    }
    if confirm {
      try KeyBackup.checkStrength(first)
      guard
        Terminal.askSecret(
          Words.en("Passphrase again: ", fr: "Phrase secrète, à nouveau : "))
          == first
      else {
        throw CLIError(
          .usage,
          Words.en(
            "the two passphrases differ; nothing was written",
            fr: "les deux phrases secrètes diffèrent ; rien n'a été écrit"))
      }
    }
    return first
  }
}
