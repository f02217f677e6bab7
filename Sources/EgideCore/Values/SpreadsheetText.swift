/// Text defused so that no spreadsheet runs it as a formula, however the
/// spreadsheet splits a CSV line into cells.
///
/// A spreadsheet evaluates a cell that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return. A CSV cell is not always read as one cell:
/// a French spreadsheet splits on `;`, another on `,` or on tabs, and a
/// reader that ignores quotes splits a quoted cell on its line breaks.
/// So every part of a text that such a split could make a cell (the
/// start of the text, and what follows each `,`, `;`, tab, line feed or
/// carriage return) is defused on its own: when the part, past any
/// leading apostrophes, double quotes and spaces, starts like a formula,
/// an apostrophe is put before it (`harmless;'=2+5`). Only the dangerous
/// parts change, so the text stays readable.
///
/// The apostrophe is also added before a part that already starts with
/// apostrophes followed by such a character, so that ``restore(_:)``
/// removes exactly one from each such part and gives the original text
/// back: `egide import` reads what `egide export cases` wrote.
public enum SpreadsheetText {
  /// The characters that make a spreadsheet read a cell as a formula.
  public static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r",
  ]

  /// The characters on which some spreadsheet splits a line into cells.
  public static let separators: Set<Unicode.Scalar> = [
    ",", ";", "\t", "\n", "\r",
  ]

  /// The characters looked past when deciding whether a part starts like
  /// a formula: the apostrophes of an earlier defusing, the quotes a
  /// split can leave at the start of a cell, and spaces.
  static let looseStarts: Set<Unicode.Scalar> = ["'", "\"", " "]

  /// `text` with an apostrophe before each part that starts like a
  /// formula.
  ///
  /// - Parameter text: the text of one cell.
  /// - Returns: the defused text; `text` itself when no part is
  ///   dangerous.
  public static func defuse(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var defused = String.UnicodeScalarView()
    var atPartStart = true
    for index in scalars.indices {
      if atPartStart && startsFormula(scalars[index...]) {
        defused.append("'")
      }
      defused.append(scalars[index])
      atPartStart = separators.contains(scalars[index])
    }
    return String(defused)
  }

  /// The text ``defuse(_:)`` was given: one apostrophe removed from each
  /// part that starts with one and then like a formula.
  ///
  /// - Parameter text: the text of a cell written by ``defuse(_:)``.
  /// - Returns: the original text.
  public static func restore(_ text: String) -> String {
    // Only an apostrophe is ever removed.
    guard text.utf8.contains(UInt8(ascii: "'")) else { return text }
    let scalars = Array(text.unicodeScalars)
    var restored = String.UnicodeScalarView()
    var atPartStart = true
    for index in scalars.indices {
      if atPartStart && scalars[index] == "'"
        && startsFormula(scalars[index...])
      {
        atPartStart = false
        continue
      }
      restored.append(scalars[index])
      atPartStart = separators.contains(scalars[index])
    }
    return String(restored)
  }

  /// Whether the part starting at the slice's start, past apostrophes,
  /// quotes and spaces, starts like a formula.
  static func startsFormula(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
    for scalar in part where !looseStarts.contains(scalar) {
      return formulaStarts.contains(scalar)
    }
    return false
  }
}
