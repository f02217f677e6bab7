import EgideCore
import Foundation

/// Writes CSV that opens cleanly in LibreOffice and Excel: RFC 4180
/// quoting, CRLF line ends, and every part of a cell that a spreadsheet
/// splitting on `,`, `;`, tabs or line breaks would make a cell defused
/// by ``SpreadsheetText`` when it would start a formula, so that a
/// hostile handle or summary cannot run in a spreadsheet.
public struct CSVWriter {
  /// The text written so far.
  public private(set) var text = ""

  /// Starts a CSV document with a header row.
  public init(header: [String]) { append(header) }

  /// Adds one row.
  public mutating func append(_ cells: [String]) {
    text += cells.map(Self.escape).joined(separator: ",") + "\r\n"
  }

  /// One cell, defused and then quoted when it holds a comma, a
  /// semicolon, a quote or a line break.
  public static func escape(_ cell: String) -> String {
    let value = SpreadsheetText.defuse(cell)
    if value.unicodeScalars.contains(where: {
      $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }
}
