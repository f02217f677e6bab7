import EgideStore
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
    if FileManager.default.fileExists(atPath: path) {
      throw CLIError(
        .cannotCreate,
        "'\(path)' already exists; Égide never overwrites a file: give another path"
      )
    }
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

/// Buffered output to a file handle, in chunks of 64 KiB, so that a long
/// export is written as it is produced with bounded memory.
final class StreamSink {
  private let handle: FileHandle
  private let name: String
  private var buffer = Data()
  private static let chunk = 64 * 1024

  /// A sink writing to `handle`; `name` says where in error messages.
  init(_ handle: FileHandle, name: String) {
    self.handle = handle
    self.name = name
    buffer.reserveCapacity(Self.chunk)
  }

  /// Adds text, writing the buffer out when it is full.
  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
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
