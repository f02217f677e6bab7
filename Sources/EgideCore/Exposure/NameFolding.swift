import Foundation

/// Folding of names and words for comparison: case, accents and
/// ligatures folded; hyphens, apostrophes and dots separate words.
public enum NameFolding {
  /// One word of a text, folded, with where it is.
  public struct Word: Hashable, Sendable {
    /// The folded word: `mirolin` for `MIROLIN`, `helene` for `Hélène`.
    public var folded: String
    /// Where it is in the original text.
    public var range: Range<String.Index>
    /// Whether a dot follows it at once (`J.`, `M.`).
    public var dotted: Bool
    /// Whether it starts with a capital letter.
    public var capitalized: Bool
    /// Whether all of its letters are capitals.
    public var allCaps: Bool
    /// The line it is on, from 0.
    public var line: Int
  }

  /// Folds a word or a phrase: lowercase, no accents, `oe` for `œ`,
  /// hyphens and apostrophes as spaces, spaces collapsed, direction
  /// controls and zero-width characters removed.
  ///
  /// The blind index of a person is the keyed hash of this fold, so a
  /// change here changes which names match. Removing the invisible
  /// characters (``InvisibleCharacter``) changes the fold only of names
  /// that hold one, and every text refuses them since, so existing
  /// registries keep valid indexes. Only a name stored with one by an
  /// earlier version (or written into the file by other means) keeps an
  /// index made with it, which no name typed now matches; `key rotate`
  /// recomputes every index with this fold.
  public static func fold(_ text: String) -> String {
    let text = InvisibleCharacter.removed(from: text)
    // A combining mark could join a separator into another character,
    // which Foundation's search treats apart: keep its exact rules then.
    guard
      !text.unicodeScalars.contains(where: {
        switch $0.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
      })
    else { return foldedThroughFoundation(text) }
    var replaced = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "œ": replaced.append(contentsOf: "oe".unicodeScalars)
      case "Œ": replaced.append(contentsOf: "OE".unicodeScalars)
      case "æ": replaced.append(contentsOf: "ae".unicodeScalars)
      case "-", "‐", "–", "’", "'", ".": replaced.append(" ")
      default: replaced.append(scalar)
      }
    }
    return Suggestion.fold(String(replaced))
  }

  /// ``fold(_:)`` as Foundation's replacements compute it.
  static func foldedThroughFoundation(_ text: String) -> String {
    var text = InvisibleCharacter.removed(from: text).replacingOccurrences(
      of: "œ", with: "oe"
    )
    .replacingOccurrences(of: "Œ", with: "OE")
    .replacingOccurrences(of: "æ", with: "ae")
    for separator in ["-", "‐", "–", "’", "'", "."] {
      text = text.replacingOccurrences(of: separator, with: " ")
    }
    return Suggestion.fold(text)
  }

  /// The words of `text`, in order: runs of letters and digits.
  public static func words(of text: String) -> [Word] {
    var words: [Word] = []
    var line = 0
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isNewline {
        line += 1
        index = text.index(after: index)
        continue
      }
      guard character.isLetter || character.isNumber else {
        index = text.index(after: index)
        continue
      }
      let start = index
      // An invisible character inside a word is part of it (and folded
      // away): a zero-width space must not split a name in two.
      while index < text.endIndex,
        text[index].isLetter || text[index].isNumber
          || text[index].unicodeScalars.allSatisfy(
            InvisibleCharacter.isInvisible)
      {
        index = text.index(after: index)
      }
      let original = text[start..<index]
      let letters = original.filter(\.isLetter)
      words.append(
        Word(
          folded: fold(String(original)), range: start..<index,
          dotted: index < text.endIndex && text[index] == ".",
          capitalized: original.first?.isUppercase ?? false,
          allCaps: !letters.isEmpty && letters.allSatisfy(\.isUppercase),
          line: line))
    }
    return words
  }
}
