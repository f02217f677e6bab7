import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Files egide writes for the user (evidence, summaries, exports): never
/// over an existing file, never half-written under the final name.
enum OutputFile {
  /// Writes `bytes` to a new file readable by its owner only (0600),
  /// through a temporary file in the same folder so that a partial file
  /// never appears under the final name; never replaces an existing file.
  static func writeNew(_ bytes: Data, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    var template = Array(
      ((folder.isEmpty ? "." : folder) + "/.egide-evidence-XXXXXX")
        .utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      throw CLIError(
        .ioError,
        "cannot write '\(path)': \(String(cString: strerror(errno))); check the folder exists and is writable"
      )
    }
    let temporary = String(cString: template)
    defer { unlink(temporary) }
    fchmod(descriptor, 0o600)
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: bytes)
      try handle.synchronize()
      try handle.close()
    } catch {
      throw CLIError(.ioError, "cannot write '\(path)': \(error)")
    }
    if link(temporary, path) != 0 {
      let code = errno
      if code == EEXIST {
        throw CLIError(
          .cannotCreate, "'\(path)' already exists; give another --out path")
      }
      throw CLIError(
        .ioError, "cannot write '\(path)': \(String(cString: strerror(code)))"
      )
    }
  }
}
