import EgideCore
import Foundation

/// Files egide reads for the user (evidence, narratives, imports, keys),
/// read by ``BoundedFile``: only a regular file, and never more than a
/// cap counted while reading, with one message for each way a path can
/// fail.
enum InputFile {
  /// The bytes of the regular file at `path`, at most `maximumSize`.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - what: how the message names the file (`--file`, `narrative
  ///     file`).
  ///   - hint: what to do when it does not exist.
  ///   - maximumSize: the largest size accepted.
  ///   - remedy: what the refusal of a file too large adds, if anything.
  ///   - inspect: sees each piece as it is read and may throw to stop.
  /// - Returns: the file's bytes.
  /// - Throws: ``CLIError`` `.noInput` for a missing, unreadable or not
  ///   regular path (a folder, a named pipe, a device);
  ///   ``DomainError`` `.unacceptableValue` for a file too large; what
  ///   `inspect` throws.
  static func read(
    _ path: String, what: String, hint: String, maximumSize: Int,
    remedy: String? = nil,
    inspect: ((UnsafeRawBufferPointer) throws -> Void)? = nil
  ) throws -> Data {
    try translating(path, what: what, hint: hint) {
      try BoundedFile(what: what, limit: maximumSize, remedy: remedy).read(
        path, inspect: inspect)
    }
  }

  /// Checks, without reading it, that `path` is a regular file egide may
  /// read, and returns the size it states.
  ///
  /// - Parameters:
  ///   - path: the file to check.
  ///   - what: how the message names the file.
  ///   - hint: what to do when it does not exist.
  ///   - maximumSize: the largest size accepted.
  /// - Returns: the size the file states.
  /// - Throws: as ``read(_:what:hint:maximumSize:remedy:inspect:)``.
  static func check(
    _ path: String, what: String, hint: String, maximumSize: Int
  ) throws -> Int {
    try translating(path, what: what, hint: hint) {
      try BoundedFile(what: what, limit: maximumSize).check(path)
    }
  }

  /// Runs `body`, turning the reader's refusals of a path into the CLI's.
  private static func translating<T>(
    _ path: String, what: String, hint: String, _ body: () throws -> T
  ) throws -> T {
    do { return try body() } catch let error as DomainError {
      switch error.code {
      case .notFound:
        throw CLIError(.noInput, "\(what) '\(path)' does not exist; \(hint)")
      case .invalidValue: throw CLIError(.noInput, error.message)
      default: throw error
      }
    }
  }
}
