import EgideStore
import Foundation
import Glibc

/// Files egide writes for the user (evidence, summaries, exports): never
/// over an existing file, never half-written under the final name.
enum OutputFile {
  /// Writes `bytes` to a new file readable by its owner only (0600),
  /// through a temporary file in the same folder so that a partial file
  /// never appears under the final name; never replaces an existing file.
  static func writeNew(_ bytes: Data, to path: String) throws {
    try withNew(path) { handle in
      do { try handle.write(contentsOf: bytes) } catch {
        throw CLIError(.ioError, "cannot write '\(path)': \(error)")
      }
    }
  }

  /// Lets `body` write a new file piece by piece.
  ///
  /// The guarantees are those of ``writeNew(_:to:)``: `body` writes to a
  /// private temporary file in the same folder (0600), which gets its
  /// final name only once `body` has returned and the bytes are on disk.
  /// If `body` throws, nothing is left behind.
  ///
  /// - Throws: ``CLIError`` `.cannotCreate` if `path` already exists
  ///   (checked before `body` runs and again when the file is named),
  ///   `.ioError` if the file cannot be written; errors of `body` as they
  ///   are.
  static func withNew<T>(_ path: String, _ body: (FileHandle) throws -> T)
    throws -> T
  {
    try checkNew(path)
    let folder = (path as NSString).deletingLastPathComponent
    var template = Array(
      ((folder.isEmpty ? "." : folder) + "/.egide-output-XXXXXX").utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      throw CLIError(
        .ioError,
        "cannot write '\(path)': \(SystemError.describe(errno)); check the folder exists and is writable"
      )
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
      as: UTF8.self)
    defer { unlink(temporary) }
    fchmod(descriptor, 0o600)
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let result = try body(handle)
    do {
      try handle.synchronize()
      try handle.close()
    } catch {
      throw CLIError(.ioError, "cannot write '\(path)': \(error)")
    }
    if link(temporary, path) != 0 {
      let code = errno
      if code == EEXIST {
        throw CLIError(
          .cannotCreate,
          "'\(path)' already exists; Égide never overwrites a file: give another path"
        )
      }
      throw CLIError(
        .ioError, "cannot write '\(path)': \(SystemError.describe(code))"
      )
    }
    return result
  }
}

extension OutputFile {
  /// Checks that a new file can be made at `path`, before anything is
  /// revealed or logged: nothing there (not even a symbolic link, which
  /// would make the final naming fail), and a folder that exists and that
  /// this user may write in.
  ///
  /// A command that writes revealed values to a file calls this before
  /// the access log records the reveal, so that a refused path leaves no
  /// entry for a reveal that never happened.
  ///
  /// - Throws: ``CLIError`` `.cannotCreate` (exit 73) for a path already
  ///   taken, `.ioError` (exit 74, as for a write that fails) for a
  ///   missing or unwritable folder, saying what to give instead.
  static func checkNew(_ path: String) throws {
    let kind = FileKind.at(path)
    if kind != .missing {
      throw CLIError(
        .cannotCreate,
        kind == .symbolicLink
          ? "'\(path)' is a symbolic link; Égide never writes through a link or over a file: give another path"
          : "'\(path)' already exists; Égide never overwrites a file: give another path"
      )
    }
    let folder = (path as NSString).deletingLastPathComponent
    let place = folder.isEmpty ? "." : folder
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: place, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw CLIError(
        .ioError,
        "cannot write '\(path)': the folder '\(place)' does not exist; create it or give a path in an existing folder"
      )
    }
    guard access(place, W_OK | X_OK) == 0 else {
      throw CLIError(
        .ioError,
        "cannot write '\(path)': the folder '\(place)' is not writable by you; give a path in a folder you can write"
      )
    }
  }
}

/// Buffered output to a file handle, in chunks of 64 KiB, so that a long
/// export is written as it is produced with bounded memory.
///
/// A sink to a terminal shows its text through ``PrintableOutput``, as
/// `print` does: a control or invisible character a stored value holds
/// is shown, not obeyed. To a file or a pipe the bytes are exact.
final class StreamSink {
  private let handle: FileHandle
  private let name: String
  private let printable: Bool
  private var buffer = Data()
  private static let chunk = 64 * 1024

  /// A sink writing to `handle`; `name` says where in error messages.
  init(_ handle: FileHandle, name: String) {
    self.handle = handle
    self.name = name
    printable = isatty(handle.fileDescriptor) == 1
    buffer.reserveCapacity(Self.chunk)
  }

  /// Adds text, writing the buffer out when it is full.
  func write(_ text: String) throws {
    buffer.append(
      contentsOf: (printable ? PrintableOutput.printable(text) : text).utf8)
    if buffer.count >= Self.chunk { try flush() }
  }

  /// Writes out what is buffered.
  func flush() throws {
    guard !buffer.isEmpty else { return }
    do { try handle.write(contentsOf: buffer) } catch {
      throw CLIError(.ioError, "cannot write \(name): \(error)")
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
