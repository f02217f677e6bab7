import EgideCore
import EgideStore
import Foundation

/// Cases collected in a spreadsheet (CSV) or a JSON file, into the
/// registry: all checked first, then written in one transaction.
///
/// A row whose external reference is already in the registry is skipped
/// and counted, so importing the same file again creates no duplicate.
/// Each case is signed by the caller and dated by its `reported_at`. Over
/// HTTP the body is the file itself, streamed, and the fields travel in
/// the query string (none is free text).
public struct ImportCases: Codable, Sendable {
  /// Where the HTTP API takes it.
  public static let endpoint = Endpoint(.post, "/v1/imports")
  /// The largest file accepted: 128 MiB (some 250,000 cases with their
  /// narratives).
  public static let maximumSize = 128 << 20

  /// `csv` or `json`; nil to tell from the file's name, else its content.
  public var format: String?
  /// Whether the good rows are imported when some are bad.
  public var skipInvalid: Bool?
  /// The file's name, for its extension and for messages; never kept.
  public var fileName: String?

  /// An import.
  public init(
    format: String? = nil, skipInvalid: Bool? = nil, fileName: String? = nil
  ) {
    self.format = format
    self.skipInvalid = skipInvalid
    self.fileName = fileName
  }

  /// What an import did.
  public struct Report: Codable, Sendable, Equatable {
    /// The cases written.
    public var imported: Int
    /// The rows skipped because their external reference was already in
    /// the registry.
    public var alreadyImported: Int
    /// The rows refused (and not imported).
    public var invalid: Int
    /// The staff members linked to a person already registered with the
    /// same name, role and court.
    public var linkedPersons: Int
    /// One line per problem of a refused row: `line 5, kinds: …`.
    public var problems: [String]
  }

  /// What the import reports on the way, for a progress bar.
  public enum Phase: Sendable {
    /// Checking and writing the rows, one at a time.
    case importing
  }

  /// Reads the file one row at a time, checking each row with the rules
  /// of `egide report` and writing it at once, all in one transaction: if
  /// a row is bad (without `skipInvalid`) or at a court outside the
  /// caller's scope, the whole file is read for its problems and the
  /// transaction undone.
  ///
  /// - Parameters:
  ///   - service: the service.
  ///   - caller: who imports.
  ///   - content: the file's bytes.
  ///   - progress: told how far each phase is (done, total).
  /// - Returns: what was imported.
  /// - Throws: ``ImportRefusal`` when rows are bad and `skipInvalid` is
  ///   not set (nothing is written); ``DomainError`` for a file that
  ///   cannot be read as cases, ``ServiceError`` `.tooLarge` beyond
  ///   ``maximumSize``; the refusals of the caller's rights.
  public func run(
    on service: EgideService, as caller: Caller, content: Data,
    progress: (Phase, Int, Int) -> Void = { _, _, _ in }
  ) throws -> Report {
    guard content.count <= Self.maximumSize else {
      throw ServiceError(
        .tooLarge,
        "the file is \(content.count) bytes; at most \(Self.maximumSize) (128 MiB) are imported at once: split it",
        field: "content")
    }
    let importFormat: ImportFormat? = try Field.parse("format") {
      try self.format.map { value throws(DomainError) in
        try ImportFormat.parse(value)
      }
    }
    let access = try service.authorize(caller, .import)
    let configuration = service.configuration
    let total = Self.estimatedRows(in: content)
    var pass = ImportPass(
      access: access,
      validator: ImportValidator(
        dates: configuration.dates, now: access.now, persons: [:]),
      skipInvalid: skipInvalid == true, deadlines: configuration.deadlines,
      calendar: configuration.calendar)
    try access.registry.transaction { tx in
      try pass.begin(tx)
      try ImportSource.forEachRecord(
        content, path: fileName ?? "import", format: importFormat
      ) { record in
        try pass.take(record, in: tx)
        progress(.importing, pass.rows, max(total, pass.rows))
      }
      try pass.flush(tx)
      // A refusal undoes the transaction, then is thrown as it is.
      if let refusal = pass.refusal { throw PassedThrough(refusal) }
      try pass.finish()
    }
    return Report(
      imported: pass.imported, alreadyImported: pass.alreadyImported,
      invalid: pass.invalid, linkedPersons: pass.linkedPersons.count,
      problems: pass.problems.map(\.description))
  }

  /// About how many rows a file holds, for a progress bar.
  ///
  /// Its line breaks outside quotes, less the header's: a guide only
  /// (blank and comment rows count, and a JSON file counts its lines).
  static func estimatedRows(in content: Data) -> Int {
    var quoted = false
    var lines = 0
    for byte in content {
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if byte == UInt8(ascii: "\n") && !quoted {
        lines += 1
      }
    }
    return max(lines - 1, 0)
  }
}

/// An import refused because rows are bad, with each problem on its line.
///
/// Nothing was written; the message says what to do.
public struct ImportRefusal: Error, Equatable, Sendable, CustomStringConvertible
{
  /// One line per problem: `line 5, kinds: unknown kind 'thret'; …`.
  public var problems: [String]
  /// What was refused and what to do, with `{skipInvalid}` for the field
  /// that imports the good rows anyway.
  public var message: String

  /// A refusal.
  public init(problems: [String], message: String) {
    self.problems = problems
    self.message = message
  }

  public var description: String { message }

  /// Its code in the API's problems.
  public static let code = "invalidRows"
}
