import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A text written in the user's editor (`$VISUAL`, else `$EDITOR`): a
/// file only the user can read, in a folder only the user can open,
/// removed once read, and removed too if egide is stopped meanwhile.
enum EditorSession {
  /// The text the user wrote, without its trailing line breaks.
  ///
  /// - Throws: ``CLIError`` when the editor cannot be started or fails.
  static func edit(with editor: String) throws -> String {
    var template = Array(
      (NSTemporaryDirectory() + "/egide-narrative-XXXXXX").utf8CString)
    guard let folder = mkdtemp(&template) else {
      throw CLIError(
        .ioError,
        Words.en(
          "cannot make a private folder for the narrative",
          fr: "impossible de créer un dossier privé pour le récit"))
    }
    let directory = String(cString: folder)
    let path = directory + "/narrative.txt"
    defer {
      unlink(path)
      rmdir(directory)
    }
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(), attributes: [.posixPermissions: 0o600])
    else {
      throw CLIError(.ioError, "cannot create \(path)")
    }
    let guardian = SignalCleanup(removing: Array(path.utf8CString))
    defer { guardian.removeNow() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The editor may carry arguments (`code --wait`): the shell splits it.
    process.arguments = ["-c", editor + " \"$1\"", "sh", path]
    do {
      try process.run()
    } catch {
      throw CLIError(
        .ioError,
        Words.en(
          "cannot start the editor '\(editor)': \(error)",
          fr: "impossible de lancer l'éditeur « \(editor) » : \(error)"))
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CLIError(
        .ioError,
        Words.en(
          "the editor '\(editor)' failed (status \(process.terminationStatus)); nothing was recorded",
          fr:
            "l'éditeur « \(editor) » a échoué (statut \(process.terminationStatus)) ; rien n'a été enregistré"
        ))
    }
    let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
    var text = String(decoding: data, as: UTF8.self)
    while text.last?.isNewline == true { text.removeLast() }
    return text
  }
}
