import Foundation

/// CSV cells that spreadsheets open safely and that `egide import` reads
/// back exactly as `egide export cases` wrote them.
///
/// A cell whose text would start a formula (`=`, `+`, `-`, `@`, a tab or a
/// carriage return) is written after an apostrophe, as in every CSV egide
/// writes, so that a hostile handle or summary cannot run in a
/// spreadsheet. Unlike a one-way defusing, the apostrophe is also added
/// before text that already starts with apostrophes followed by such a
/// character, so that reading removes exactly one and gives the original
/// text back: author handles such as `@compte` survive a round trip.
enum SpreadsheetCell {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether `text`, once its leading apostrophes are set aside, starts
  /// like a formula.
  private static func looksLikeFormula(afterApostrophes text: Substring)
    -> Bool
  {
    let rest = text.drop { $0 == "'" }
    return rest.first.map(formulaStarts.contains) ?? false
  }

  /// One CSV cell: defused, then quoted when it holds a comma, a quote or
  /// a line break (RFC 4180).
  static func escape(_ text: String) -> String {
    var value = text
    if looksLikeFormula(afterApostrophes: value[...]) { value = "'" + value }
    if value.contains(where: {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }

  /// A CSV row, ending with CRLF.
  static func row(_ cells: [String]) -> String {
    cells.map(escape).joined(separator: ",") + "\r\n"
  }

  /// The text of a cell read from a CSV file: the apostrophe ``escape(_:)``
  /// adds before a formula is removed.
  static func unescape(_ cell: String) -> String {
    guard cell.first == "'", looksLikeFormula(afterApostrophes: cell[...])
    else { return cell }
    return String(cell.dropFirst())
  }
}
