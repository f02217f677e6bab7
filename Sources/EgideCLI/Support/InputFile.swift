import EgideCore
import Foundation

/// Files egide reads for the user (evidence, narratives, imports), with
/// one message for each way a path can fail.
enum InputFile {
  /// The bytes of the file at `path`.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - what: how the message names the file (`file`, `narrative file`).
  ///   - hint: what to do when it does not exist.
  ///   - maximumSize: the largest size accepted, if any.
  /// - Returns: the file's bytes.
  /// - Throws: ``CLIError`` `.noInput` for a missing, folder or unreadable
  ///   path; ``DomainError`` `.unacceptableValue` for a file too large.
  static func read(
    _ path: String, what: String, hint: String, maximumSize: Int? = nil
  ) throws -> Data {
    var isDirectory: ObjCBool = false
    guard
      FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    else {
      throw CLIError(.noInput, "\(what) '\(path)' does not exist; \(hint)")
    }
    guard !isDirectory.boolValue else {
      throw CLIError(.noInput, "\(what) '\(path)' is a folder; give one file")
    }
    if let maximumSize,
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[
        .size] as? Int, size > maximumSize
    {
      throw DomainError(
        .unacceptableValue,
        "\(what) '\(path)' is \(size) bytes; at most \(maximumSize) (\(maximumSize / 1_048_576) MiB) are accepted"
      )
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError(
        .noInput, "\(what) '\(path)' cannot be read; check its permissions")
    }
    return data
  }
}
