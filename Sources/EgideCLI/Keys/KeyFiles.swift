import EgideCore
import EgideStore
import Foundation

/// What the key commands share: the key's folder, passphrases, advice.
enum KeyFiles {
  /// What every command that makes a key says.
  static let backupAdvice =
    "Whoever loses this key loses every name in the registry: back it up now with 'egide key backup FILE' and keep that file apart from the registry."

  /// Rebuilds the registry file so that no earlier form of a value
  /// remains in it, after sealing or resealing has committed.
  ///
  /// - Throws: ``CLIError`` saying the values are sealed but the file
  ///   still needs the rebuild, which `egide key scrub` can redo.
  static func scrub(_ registry: Registry) throws {
    do { try registry.scrub() } catch {
      throw CLIError(
        .ioError,
        "the values are sealed, but rebuilding the file failed (\(error)); earlier copies may remain in its free space: run 'egide key scrub' when no one else uses the registry"
      )
    }
    print(
      "Rebuilt \(registry.path): no earlier copy remains in its free space.")
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
          "--passphrase-file \(file) is empty; put the passphrase on its first line"
        )
      }
      return line
    }
    guard Terminal.isInteractive else {
      throw CLIError(
        .usage,
        "no terminal to ask the passphrase on; give --passphrase-file FILE (its first line is the passphrase)"
      )
    }
    guard let first = Terminal.askSecret("Passphrase: ") else {
      throw CLIError(.usage, "no passphrase given")
    }
    if confirm {
      try KeyBackup.checkStrength(first)
      guard Terminal.askSecret("Passphrase again: ") == first else {
        throw CLIError(
          .usage, "the two passphrases differ; nothing was written")
      }
    }
    return first
  }
}
