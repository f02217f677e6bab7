import EgideCore
import EgideReports
import EgideStore
import Foundation

/// Every field of the cases the filters of a list select, as CSV or
/// JSON, written a few hundred cases at a time.
///
/// The names and free text are added only with a purpose: the access log
/// then records one entry per exported case, before any is read. Over
/// HTTP the answer is the file itself, streamed; with a purpose the
/// request goes by POST to the `/disclosure` path, the purpose in the
/// body.
public struct ExportCases: Codable, Sendable {
  /// Where the HTTP API serves it, identities hidden.
  public static let endpoint = Endpoint(.get, "/v1/exports/cases")
  /// Where it serves it with the identities.
  public static let disclosureEndpoint = Endpoint(
    .post, "/v1/exports/cases/disclosure")
  /// How many cases are read at a time.
  static let batch = 250

  /// Which cases, in which order.
  public var filters: CaseFilters
  /// At most this many cases.
  public var limit: Int?
  /// `csv` or `json`; nil for `csv`.
  public var format: String?
  /// The CSV file's separator, only with `csv`.
  ///
  /// `standard` (comma) or `fr` (semicolon, for spreadsheets in a French
  /// locale); nil for `standard`.
  public var csvDialect: String?
  /// Why the identities are exported; nil to leave them out.
  public var purpose: String?

  /// An export.
  public init(
    filters: CaseFilters = CaseFilters(), limit: Int? = nil,
    format: String? = nil, purpose: String? = nil, csvDialect: String? = nil
  ) {
    self.filters = filters
    self.limit = limit
    self.format = format
    self.purpose = purpose
    self.csvDialect = csvDialect
  }

  enum CodingKeys: String, CodingKey {
    case limit, format, purpose, csvDialect
  }

  public init(from decoder: any Decoder) throws {
    filters = try CaseFilters(from: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    limit = try c.decodeIfPresent(Int.self, forKey: .limit)
    format = try c.decodeIfPresent(String.self, forKey: .format)
    purpose = try c.decodeIfPresent(String.self, forKey: .purpose)
    csvDialect = try c.decodeIfPresent(String.self, forKey: .csvDialect)
  }

  public func encode(to encoder: any Encoder) throws {
    try filters.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(limit, forKey: .limit)
    try c.encodeIfPresent(format, forKey: .format)
    try c.encodeIfPresent(purpose, forKey: .purpose)
    try c.encodeIfPresent(csvDialect, forKey: .csvDialect)
  }

  /// The formats of an export.
  public enum Format: String, DomainValue {
    case csv
    case json
    public static let fieldName = "format"

    /// Its media type.
    public var contentType: String {
      switch self {
      case .csv: "text/csv; charset=utf-8"
      case .json: "application/json"
      }
    }
  }

  /// An export checked and authorized, ready to be written: what the HTTP
  /// API prepares before it answers its status.
  public struct Prepared: Sendable {
    /// The format.
    public let format: Format
    /// The separator of a CSV export.
    public let dialect: CSVDialect
    fileprivate let references: [CaseReference]
    fileprivate let store: Registry
    fileprivate let includeIdentities: Bool
    fileprivate let display: Display
    fileprivate let now: Date

    /// How many cases it holds.
    public var count: Int { references.count }

    /// How many pieces the export is written in: the header, a piece per
    /// batch of cases, and the end.
    public var pieceCount: Int {
      2 + (references.count + ExportCases.batch - 1) / ExportCases.batch
    }

    /// One piece of the export, each batch of cases read in its own
    /// transaction.
    ///
    /// - Parameter index: from 0 (the header) to ``pieceCount`` − 1 (the
    ///   end).
    /// - Returns: the text of the piece.
    /// - Throws: the store's errors.
    public func piece(_ index: Int) throws -> String {
      let keys = CaseExport.header(includeIdentities: includeIdentities)
      if index == 0 {
        return format == .csv
          ? SpreadsheetCell.row(keys, dialect: dialect) : "["
      }
      if index == pieceCount - 1 {
        return format == .json ? (references.isEmpty ? "]\n" : "\n]\n") : ""
      }
      let start = (index - 1) * ExportCases.batch
      let end = min(start + ExportCases.batch, references.count)
      var text = ""
      var position = start
      try store.forEachCase(Array(references[start..<end])) { exported in
        let values = CaseExport.values(
          exported, includeIdentities: includeIdentities, display: display,
          now: now)
        switch format {
        case .csv: text += CaseExport.csvRow(values, dialect: dialect)
        case .json:
          text +=
            (position == 0 ? "\n" : ",\n")
            + CaseExport.jsonObject(values, keys: keys)
        }
        position += 1
      }
      return text
    }

    /// Writes the export piece by piece.
    ///
    /// - Parameter write: takes each piece of text; an error it throws
    ///   stops the export and is rethrown.
    /// - Throws: the store's errors, and those of `write`.
    public func write(_ write: (String) throws -> Void) throws {
      for index in 0..<pieceCount { try write(piece(index)) }
    }
  }

  /// Checks the filters and the caller, and logs the reveal of every case
  /// selected when a purpose is given: the cases written are those logged.
  ///
  /// - Parameters:
  ///   - service: the service.
  ///   - caller: who exports.
  ///   - destination: where the export goes, for the access log (`file`
  ///     or `standard output`); never a path.
  /// - Returns: the export, ready to write.
  /// - Throws: ``DomainError`` naming the field refused, the refusals of
  ///   the caller's rights, ``StoreError``.
  public func prepare(
    on service: EgideService, as caller: Caller,
    destination: String = "download"
  ) throws -> Prepared {
    let now = service.now
    var query = try filters.query(service.configuration, now: now)
    if let limit, limit < 1 {
      throw DomainError(
        .invalidValue, "limit '\(limit)' is not accepted; give 1 or more",
        field: "limit")
    }
    query.limit = limit
    let format = try Field.parse("format") {
      try Format.parse(self.format ?? Format.csv.rawValue)
    }
    let dialect = try CSVDialect.requested(
      csvDialect, format: format.rawValue)
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(caller, .export)
    try access.restrict(&query)
    let references = try access.registry.list(query).map(\.reference)
    var store = access.registry
    if let purpose {
      store = try access.reveal(
        .export, purpose: purpose, cases: references,
        details: [
          "command": "export cases", "format": format.rawValue,
          "destination": destination,
        ])
    }
    return Prepared(
      format: format, dialect: dialect, references: references, store: store,
      includeIdentities: purpose != nil,
      display: Display(timeZone: service.configuration.timeZone), now: now)
  }
}
