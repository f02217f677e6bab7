import EgideCore
import EgideReports
import Foundation

/// CSV cells that spreadsheets open safely and that `egide import` reads
/// back exactly as `egide export cases` wrote them.
///
/// Every part of a cell that a spreadsheet splitting on `,`, `;`, tabs or
/// line breaks would make a cell is defused by ``SpreadsheetText`` (an
/// apostrophe before each part that starts like a formula), as in every
/// CSV egide writes, so that a hostile handle or summary cannot run in a
/// spreadsheet; reading removes exactly those apostrophes, so that author
/// handles such as `@compte` survive a round trip.
enum SpreadsheetCell {
  /// One CSV cell: defused, then quoted when it holds a comma, a
  /// semicolon, a quote or a line break (RFC 4180), as every CSV egide
  /// writes (``CSVWriter/escape(_:)``).
  static func escape(_ text: String) -> String { CSVWriter.escape(text) }

  /// A CSV row, ending with CRLF, its cells separated as `dialect` says
  /// (a comma by default, a semicolon in ``CSVDialect/fr``).
  static func row(_ cells: [String], dialect: CSVDialect = .standard)
    -> String
  {
    CSVWriter.row(cells, dialect: dialect)
  }

  /// The text of a cell read from a CSV file: the apostrophes
  /// ``escape(_:)`` adds before formulas are removed.
  static func unescape(_ cell: String) -> String {
    SpreadsheetText.restore(cell)
  }
}
