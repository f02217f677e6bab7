import EgideStore
import Foundation
import Glibc

/// The values of identifying options read from standard input (`-`) or
/// from a file (`@FILE`) rather than the command line, where any local
/// user can read them (`/proc/PID/cmdline`, `ps`) and the shell's history
/// keeps them.
///
/// - `-` reads the value from standard input, to its end; at most one
///   option of an invocation may do so.
/// - `@FILE` reads it from a regular file of at most 1 MiB.
/// - `@@TEXT` is the text `@TEXT` itself.
///
/// One trailing line break is dropped, and a leading byte-order mark.
/// For author handles, which start with `@` themselves, only `@` followed
/// by a path holding a `/` (`@./authors.txt`) reads a file.
struct ArgumentInput {
  /// The largest value read from a file or standard input: 1 MiB.
  static let maximumSize = 1_048_576

  /// How an option's values are written.
  enum Form {
    /// A text: `@FILE` reads a file, `@@` writes a literal `@`.
    case text
    /// A handle such as `@corbeau`: `@` reads a file only before a path
    /// holding a `/`.
    case handle
  }

  /// The option that read standard input, if one did.
  private(set) var standardInputReader: String?

  /// Reads standard input to its end; replaced in unit tests.
  private let readStandardInput: () throws -> Data

  /// Input from this process's standard input.
  init() {
    readStandardInput = {
      try Self.readBounded(FileHandle.standardInput, what: "standard input")
    }
  }

  /// Input whose standard input is `read`.
  init(standardInput read: @escaping () throws -> Data) {
    readStandardInput = read
  }

  /// The value `raw` stands for.
  ///
  /// - Parameters:
  ///   - raw: what was given on the command line.
  ///   - option: the option, as messages name it (`--summary`).
  ///   - form: how the option's values are written.
  /// - Returns: the value itself, or what standard input or the file
  ///   holds.
  /// - Throws: ``CLIError`` for a second `-`, a file that is missing,
  ///   not a regular file, too large or not UTF-8 text.
  mutating func value(_ raw: String, option: String, form: Form = .text)
    throws -> String
  {
    if raw == "-" {
      if let earlier = standardInputReader {
        throw CLIError(
          .usage,
          "\(option) - and \(earlier) - both read standard input, which holds one value; give \(option) @FILE instead"
        )
      }
      standardInputReader = option
      return try Self.text(
        readStandardInput(), option: option, from: "standard input")
    }
    guard raw.hasPrefix("@") else { return raw }
    if raw.hasPrefix("@@") { return String(raw.dropFirst()) }
    let path = String(raw.dropFirst())
    if form == .handle && !path.contains("/") { return raw }
    return try Self.text(
      Self.readFile(path, option: option), option: option, from: "'\(path)'")
  }

  /// ``value(_:option:form:)`` for each value of a repeatable option.
  ///
  /// - Parameters:
  ///   - raw: what was given on the command line.
  ///   - option: the option, as messages name it.
  ///   - form: how the option's values are written.
  /// - Returns: the values.
  /// - Throws: the errors of ``value(_:option:form:)``.
  mutating func values(_ raw: [String], option: String, form: Form = .text)
    throws -> [String]
  {
    var values: [String] = []
    for item in raw {
      values.append(try value(item, option: option, form: form))
    }
    return values
  }

  /// ``value(_:option:form:)`` for an option that may be absent.
  ///
  /// - Parameters:
  ///   - raw: what was given on the command line, if anything.
  ///   - option: the option, as messages name it.
  /// - Returns: the value, `nil` when the option was not given.
  /// - Throws: the errors of ``value(_:option:form:)``.
  mutating func optional(_ raw: String?, option: String) throws -> String? {
    guard let raw else { return nil }
    return try value(raw, option: option)
  }

  /// The bytes read as UTF-8 text, without a leading byte-order mark or
  /// one trailing line break.
  private static func text(_ data: Data, option: String, from source: String)
    throws -> String
  {
    guard var text = String(data: data, encoding: .utf8) else {
      throw CLIError(
        .dataError,
        "\(option) read from \(source) is not UTF-8 text; save it as UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    // "\r\n" is one Character: either line end goes at once.
    if text.last == "\n" || text.last == "\r\n" { text.removeLast() }
    return text
  }

  /// The bytes of the regular file at `path`, at most ``maximumSize``,
  /// read by ``InputFile`` as every file egide reads.
  private static func readFile(_ path: String, option: String) throws -> Data {
    try InputFile.read(
      path, what: "\(option) file",
      hint: "give a readable file after @ (or @@ for a text starting with @)",
      maximumSize: maximumSize)
  }

  /// Everything `handle` holds, refused past ``maximumSize`` bytes
  /// counted while reading.
  private static func readBounded(_ handle: FileHandle, what: String) throws
    -> Data
  {
    var data = Data()
    while data.count <= maximumSize {
      let chunk: Data?
      do { chunk = try handle.read(upToCount: 64 * 1024) } catch {
        throw CLIError(.ioError, "cannot read \(what): \(error)")
      }
      guard let chunk, !chunk.isEmpty else { return data }
      data.append(chunk)
    }
    throw CLIError(
      .dataError,
      "\(what) holds more than \(maximumSize) bytes (1 MiB); give a shorter text"
    )
  }
}
