import EgideStore
import Foundation
import Glibc

/// Files egide writes for the user (evidence, summaries, exports): never
/// over an existing file, never half-written under the final name, and
/// never left behind, even nameless, when egide is stopped while writing.
///
/// On Linux the bytes go to an unnamed file (`O_TMPFILE`) in the target's
/// folder, which gets its name (`linkat`) only once it is complete and on
/// disk: a process killed by any signal, SIGKILL included, or a power
/// loss leaves no file at all, as the kernel frees an unnamed file with
/// its last descriptor. A filesystem that refuses unnamed files (some
/// network or FUSE filesystems) gets a hidden `.egide-output-XXXXXX`
/// file in the same folder instead, removed when the write fails and on
/// SIGINT, SIGTERM and SIGHUP; SIGKILL and a power loss cannot be caught
/// and leave that hidden file behind in this fallback only.
enum OutputFile {
  /// `O_TMPFILE` as Linux defines it (`__O_TMPFILE | O_DIRECTORY`), which
  /// Glibc's headers spell as a macro Swift does not import.
  static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY

  /// Writes `bytes` to a new file readable by its owner only (0600),
  /// named only once complete; never replaces an existing file.
  ///
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - path: where the file is created.
  /// - Throws: ``CLIError`` `.cannotCreate` if `path` already exists,
  ///   `.ioError` if the file cannot be written.
  static func writeNew(_ bytes: Data, to path: String) throws {
    try withNew(path) { handle in
      do { try handle.write(contentsOf: bytes) } catch {
        throw CLIError(.ioError, "cannot write '\(path)': \(error)")
      }
    }
  }

  /// Lets `body` write a new file piece by piece.
  ///
  /// The guarantees are those of ``writeNew(_:to:)``: `body` writes to an
  /// unnamed file in the same folder (0600), which gets its final name
  /// only once `body` has returned and the bytes are on disk. If `body`
  /// throws, or the process is stopped, nothing is left behind.
  ///
  /// - Parameters:
  ///   - path: where the file is created.
  ///   - unnamed: whether to try an unnamed file first; `false` uses the
  ///     hidden named file of filesystems without `O_TMPFILE`.
  ///   - body: writes the content to the handle it is given.
  /// - Returns: what `body` returns.
  /// - Throws: ``CLIError`` `.cannotCreate` if `path` already exists
  ///   (checked before `body` runs and again when the file is named),
  ///   `.ioError` if the file cannot be written; errors of `body` as they
  ///   are.
  static func withNew<T>(
    _ path: String, unnamed: Bool = true, _ body: (FileHandle) throws -> T
  ) throws -> T {
    try checkNew(path)
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    if unnamed {
      let descriptor = open(
        directory, unnamedFileFlag | O_RDWR | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        return try writeUnnamed(descriptor, to: path, body)
      }
      let code = errno
      guard code == EOPNOTSUPP || code == EISDIR || code == EINVAL else {
        throw cannotWrite(path, code)
      }
    }
    return try writeThroughHiddenFile(in: directory, to: path, body)
  }

  /// Writes through the unnamed file `descriptor`, then names it `path`.
  private static func writeUnnamed<T>(
    _ descriptor: Int32, to path: String, _ body: (FileHandle) throws -> T
  ) throws -> T {
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let result = try body(handle)
    do { try handle.synchronize() } catch {
      throw CLIError(.ioError, "cannot write '\(path)': \(error)")
    }
    if linkat(
      AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path,
      AT_SYMLINK_FOLLOW) != 0
    {
      let code = errno
      throw code == EEXIST ? exists(path) : cannotWrite(path, code)
    }
    try? handle.close()
    return result
  }

  /// Writes through a hidden named file in `directory`, removed on
  /// failure and on the signals that can be caught, then links it to
  /// `path`.
  private static func writeThroughHiddenFile<T>(
    in directory: String, to path: String, _ body: (FileHandle) throws -> T
  ) throws -> T {
    var template = Array((directory + "/.egide-output-XXXXXX").utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw cannotWrite(path, errno) }
    let cleanup = SignalCleanup(removing: template)
    defer { cleanup.removeNow() }
    fchmod(descriptor, 0o600)
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let result = try body(handle)
    do {
      try handle.synchronize()
      try handle.close()
    } catch {
      throw CLIError(.ioError, "cannot write '\(path)': \(error)")
    }
    if link(template, path) != 0 {
      let code = errno
      throw code == EEXIST ? exists(path) : cannotWrite(path, code)
    }
    return result
  }

  /// The refusal of a path that already exists.
  private static func exists(_ path: String) -> CLIError {
    CLIError(
      .cannotCreate,
      "'\(path)' already exists; Égide never overwrites a file: give another path"
    )
  }

  /// The failure to create or name the file at `path`.
  private static func cannotWrite(_ path: String, _ code: Int32) -> CLIError {
    CLIError(
      .ioError,
      "cannot write '\(path)': \(SystemError.describe(code)); check the folder exists and is writable"
    )
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
