import Foundation

/// Length limits on the free text users type, so that a pasted file or a
/// runaway script cannot bloat the registry.
public enum TextRule {
  /// Short labels: names, handles, authorities, actors.
  public static let shortLimit = 200
  /// One-line summaries, reasons and outcomes.
  public static let lineLimit = 500
  /// Narratives and notes.
  public static let longLimit = 20_000

  /// Trims `text` and checks it is not empty and not longer than `limit`.
  ///
  /// - Throws: ``DomainError`` naming the field and the limit.
  public static func required(_ text: String, field: String, limit: Int)
    throws(DomainError) -> String
  {
    let trimmed = text.trimmingWhitespaceAndNewlines()
    guard !trimmed.isEmpty else {
      throw DomainError(
        .invalidValue, "\(field) is empty; give a non-empty text")
    }
    guard trimmed.count <= limit else {
      throw DomainError(
        .unacceptableValue,
        "\(field) is \(trimmed.count) characters long; at most \(limit) are accepted"
      )
    }
    // Labels and one-line texts stay on one line; long texts keep their
    // line breaks and tabs. No other control character is accepted: it
    // would rewrite what a terminal shows (a forged line in `audit`).
    let oneLine = limit <= lineLimit
    // Windows line ends become line breaks; a carriage return alone would
    // let a text overwrite itself on a terminal.
    let accepted =
      oneLine || !trimmed.utf8.contains(0x0D)
      ? trimmed : trimmed.replacingOccurrences(of: "\r\n", with: "\n")
    if let control = accepted.unicodeScalars.firstIndex(where: {
      isRefusedControl($0, oneLine: oneLine)
    }) {
      let code = InvisibleCharacter.code(accepted.unicodeScalars[control])
      let excerpt = escapedExcerpt(accepted.unicodeScalars, around: control)
      throw DomainError(
        .invalidValue,
        oneLine
          ? "\(field) contains a line break, a control or an invisible character (\(code)) in '\(excerpt)'; give one line of printable text"
          : "\(field) contains a control or an invisible character (\(code)) in '\(excerpt)'; give printable text (line breaks and tabs are accepted)"
      )
    }
    return accepted
  }

  /// Whether `scalar` is refused in a text.
  ///
  /// Control characters are refused (a carriage return too: long texts
  /// have their CRLF made LF first), and line or paragraph separators in
  /// one-line text. Tabs are accepted; line breaks only in long text.
  /// Direction controls and zero-width characters
  /// (``InvisibleCharacter``) are refused in names and one-line texts:
  /// they would reorder what a terminal shows or make one name look like
  /// another. A long text (a narrative, a note quoting a message) keeps
  /// the joiners and direction marks real messages carry (an emoji
  /// sequence, a line of Arabic), and every output shows them escaped.
  static func isRefusedControl(_ scalar: Unicode.Scalar, oneLine: Bool)
    -> Bool
  {
    switch scalar.value {
    case 0x20..<0x7F, 0x09: return false
    case 0x0A, 0x2028, 0x2029: return oneLine
    default:
      guard scalar.properties.generalCategory != .control else { return true }
      guard InvisibleCharacter.isInvisible(scalar) else { return false }
      return oneLine || !InvisibleCharacter.isJoinerOrMark(scalar)
    }
  }

  /// Up to 20 characters either side of `index`, with every refused
  /// character written as its code (`<U+202E>`), for a message that
  /// shows where the character is without obeying it.
  static func escapedExcerpt(
    _ scalars: String.UnicodeScalarView, around index: String.Index
  ) -> String {
    let start =
      scalars.index(index, offsetBy: -20, limitedBy: scalars.startIndex)
      ?? scalars.startIndex
    let end =
      scalars.index(index, offsetBy: 21, limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    var text = start == scalars.startIndex ? "" : "…"
    for scalar in scalars[start..<end] {
      if isRefusedControl(scalar, oneLine: true) {
        text += "<" + InvisibleCharacter.code(scalar) + ">"
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return text + (end == scalars.endIndex ? "" : "…")
  }

  /// Like ``required(_:field:limit:)`` but `nil` and blank text give `nil`.
  public static func optional(_ text: String?, field: String, limit: Int)
    throws(DomainError) -> String?
  {
    guard let text,
      !text.trimmingWhitespaceAndNewlines().isEmpty
    else { return nil }
    return try required(text, field: field, limit: limit)
  }
}
