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
    // ASCII and the accented Latin-1 letters hold no invisible character,
    // no mark and nothing to replace but the ASCII separators.
    if let folded = Suggestion.foldedLatin(
      text, replacing: { $0 == 0x2D || $0 == 0x27 || $0 == 0x2E })
    {
      return folded
    }
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
  ///
  /// Read in one pass over the UTF-8 bytes: an ASCII word is folded as it
  /// is read; a word holding another character, and its case, are read as
  /// ``wordsByCharacter(of:)`` reads them (a test compares the two). A
  /// letter or a digit starts a word; a letter, a digit, a combining mark
  /// or an invisible character continues one; a line ends at each newline
  /// character (`\r\n` once).
  public static func words(of text: String) -> [Word] {
    var copy = text
    return copy.withUTF8 { bytes in
      var reader = WordReader(text: text, bytes: bytes)
      return reader.read()
    }
  }

  /// Whether a non-ASCII scalar starts a word: a letter or a digit (a
  /// mark or an invisible character only continues one).
  static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
    // The Latin letters of French text, without a table lookup: Latin-1
    // and Latin Extended-A and B are letters but for × and ÷.
    if (0xC0...0x24F).contains(scalar.value) {
      return scalar.value != 0xD7 && scalar.value != 0xF7
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter,
      .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
      .otherNumber:
      return !InvisibleCharacter.isInvisible(scalar)
    default:
      return false
    }
  }

  /// Whether a non-ASCII scalar continues a word.
  static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
    if (0xC0...0x24F).contains(scalar.value) {
      return scalar.value != 0xD7 && scalar.value != 0xF7
    }
    if InvisibleCharacter.isInvisible(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter,
      .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
      .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default:
      return false
    }
  }

  /// The lines of `text`, cut where `Character.isNewline` cuts them (line
  /// feed, carriage return alone or before a line feed, vertical tab,
  /// form feed, U+0085, U+2028, U+2029), read from its UTF-8 bytes: a
  /// newline is always a character of its own, but for CR LF.
  static func lines(of text: String) -> [Range<String.Index>] {
    var text = text
    let breaks: [(start: Int, end: Int)] = text.withUTF8 { bytes in
      var breaks: [(Int, Int)] = []
      let count = bytes.count
      var index = 0
      while index < count {
        let byte = bytes[index]
        var length = 0
        switch byte {
        case 0x0A, 0x0B, 0x0C:
          length = 1
        case 0x0D:
          length = index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
          length = index + 1 < count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
          length =
            index + 2 < count && bytes[index + 1] == 0x80
              && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default:
          break
        }
        if length > 0 {
          breaks.append((index, index + length))
          index += length
        } else {
          index += 1
        }
      }
      return breaks
    }
    let utf8 = text.utf8
    func at(_ offset: Int) -> String.Index {
      utf8.index(utf8.startIndex, offsetBy: offset)
    }
    var lines: [Range<String.Index>] = []
    lines.reserveCapacity(breaks.count + 1)
    var start = utf8.startIndex
    for line in breaks {
      let end = at(line.start)
      lines.append(start..<end)
      start = at(line.end)
    }
    lines.append(start..<text.endIndex)
    return lines
  }

  /// The lines of `text` cut character by character: what
  /// ``lines(of:)`` reads from the bytes, kept to check it against.
  static func linesByCharacter(of text: String) -> [Range<String.Index>] {
    var lines: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      if text[index].isNewline {
        lines.append(start..<index)
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    lines.append(start..<text.endIndex)
    return lines
  }

  /// The words of `text` read character by character: what
  /// ``words(of:)`` reads from the bytes, kept to check it against.
  static func wordsByCharacter(of text: String) -> [Word] {
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
