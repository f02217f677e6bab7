import Foundation

/// Writes CSV that opens cleanly in LibreOffice and Excel: RFC 4180
/// quoting, CRLF line ends, and cells that would start a formula
/// (`=`, `+`, `-`, `@`) prefixed with an apostrophe so that a hostile
/// handle or summary cannot run in a spreadsheet.
public struct CSVWriter {
  /// The text written so far.
  public private(set) var text = ""

  /// Starts a CSV document with a header row.
  public init(header: [String]) { append(header) }

  /// Adds one row.
  public mutating func append(_ cells: [String]) {
    text += cells.map(Self.escape).joined(separator: ",") + "\r\n"
  }

  /// One cell, quoted when needed and defused when it looks like a formula.
  public static func escape(_ cell: String) -> String {
    var value = cell
    if let first = value.first, "=+-@\t\r".contains(first) {
      value = "'" + value
    }
    if value.contains(where: {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }
}
