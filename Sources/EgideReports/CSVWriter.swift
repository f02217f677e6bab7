import EgideCore
import Foundation

/// The conventions a CSV file is written in: its separator and how a
/// number with a fractional part is written.
///
/// Both dialects write UTF-8, CRLF line ends and RFC 4180 quoting, and
/// defuse formulas the same way; they differ in what the spreadsheet
/// opening the file expects.
public enum CSVDialect: String, DomainValue {
  /// Comma-separated, decimal point (`3.5`): for programs and scripts,
  /// and spreadsheets in an English locale. The default: every CSV egide
  /// writes without a dialect is in this one, byte for byte as before
  /// dialects existed.
  case standard
  /// Semicolon-separated, decimal comma (`3,5`): what LibreOffice Calc
  /// and Excel in a French locale expect, so that a double-click opens
  /// the file with every field in its own column and every duration as
  /// a number.
  case fr

  public static let fieldName = "CSV dialect"

  /// The character between two cells.
  public var separator: String {
    switch self {
    case .standard: ","
    case .fr: ";"
    }
  }

  /// The character between the integer and the fractional part of a
  /// number.
  public var decimalSeparator: String {
    switch self {
    case .standard: "."
    case .fr: ","
    }
  }

  /// A number written with a decimal point (`12.5`), as this dialect
  /// writes it (`12,5` in ``fr``).
  public func number(_ plain: String) -> String {
    self == .standard
      ? plain : plain.replacingOccurrences(of: ".", with: decimalSeparator)
  }

  /// Whether a cell holding `scalar` must be quoted: in both dialects a
  /// quote, a line break or a semicolon (the separator of ``fr``, and
  /// what a spreadsheet in a French locale splits a standard file on); in
  /// the standard dialect also a comma, its separator.
  func needsQuotes(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "\n", "\r", ";": true
    case ",": self == .standard
    default: false
    }
  }
}

/// Writes CSV that opens cleanly in LibreOffice and Excel: RFC 4180
/// quoting, CRLF line ends, and every part of a cell that a spreadsheet
/// splitting on `,`, `;`, tabs or line breaks would make a cell defused
/// by ``SpreadsheetText`` when it would start a formula, so that a
/// hostile handle or summary cannot run in a spreadsheet.
///
/// The ``CSVDialect`` sets the separator: a comma by default, a semicolon
/// for spreadsheets in a French locale.
public struct CSVWriter {
  /// The text written so far.
  public private(set) var text = ""
  /// The separator and quoting conventions.
  public let dialect: CSVDialect

  /// Starts a CSV document with a header row.
  public init(header: [String], dialect: CSVDialect = .standard) {
    self.dialect = dialect
    append(header)
  }

  /// Adds one row.
  public mutating func append(_ cells: [String]) {
    text += Self.row(cells, dialect: dialect)
  }

  /// One row, its cells escaped and separated, ending with CRLF.
  public static func row(_ cells: [String], dialect: CSVDialect = .standard)
    -> String
  {
    cells.map { escape($0, dialect: dialect) }.joined(
      separator: dialect.separator) + "\r\n"
  }

  /// One cell, defused and then quoted when it holds a semicolon, a
  /// quote or a line break, or, in the standard dialect, a comma.
  public static func escape(
    _ cell: String, dialect: CSVDialect = .standard
  ) -> String {
    let value = SpreadsheetText.defuse(cell)
    if value.unicodeScalars.contains(where: dialect.needsQuotes) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }
}
