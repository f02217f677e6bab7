/// The characters that change how a text is shown without being seen:
/// direction controls and zero-width characters.
///
/// A right-to-left override (U+202E) makes a terminal show the rest of a
/// line backwards; a zero-width space (U+200B) inside a name makes two
/// names that look the same differ. Texts refuse them (``TextRule``),
/// names are folded without them (``NameFolding``) and every output shows
/// them escaped.
public enum InvisibleCharacter {
  /// Whether `scalar` is one of them: the bidirectional controls U+061C,
  /// U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and the zero-width
  /// and invisible characters U+200B–U+200D, U+2060–U+2064 and U+FEFF.
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
      0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }

  /// Whether `scalar` is one of them that a quoted message in a long text
  /// legitimately holds.
  ///
  /// They are the zero-width joiner and non-joiner (emoji sequences,
  /// Persian and Indic scripts) and the implicit direction marks (U+061C,
  /// U+200E, U+200F, for Arabic and Hebrew quoted in a French text). They
  /// reorder nothing beyond the next character; the
  /// overrides, embeddings and isolates, which do, and the zero-width
  /// space, word joiner and byte-order mark, are refused everywhere.
  public static func isJoinerOrMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200C...0x200F: true
    default: false
    }
  }

  /// `text` without any of them.
  public static func removed(from text: String) -> String {
    guard text.unicodeScalars.contains(where: isInvisible) else { return text }
    var kept = String.UnicodeScalarView()
    kept.append(
      contentsOf: text.unicodeScalars.lazy.filter { !isInvisible($0) })
    return String(kept)
  }

  /// How a message or an output shows `scalar`: `U+202E`.
  public static func code(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count))
      + digits
  }
}
