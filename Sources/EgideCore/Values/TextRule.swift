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
      oneLine ? trimmed : trimmed.replacingOccurrences(of: "\r\n", with: "\n")
    if let control = accepted.unicodeScalars.first(where: {
      isRefusedControl($0, oneLine: oneLine)
    }) {
      let code =
        "U+"
        + String(control.value, radix: 16, uppercase: true)
        .leftPadded(to: 4)
      throw DomainError(
        .invalidValue,
        oneLine
          ? "\(field) contains a line break or a control character (\(code)); give one line of printable text"
          : "\(field) contains a control character (\(code)); give printable text (line breaks and tabs are accepted)"
      )
    }
    return accepted
  }

  /// Whether `scalar` is refused in a text.
  ///
  /// Control characters are refused (a carriage return too: long texts
  /// have their CRLF made LF first), and line or paragraph separators in
  /// one-line text. Tabs are accepted; line breaks only in long text.
  static func isRefusedControl(_ scalar: Unicode.Scalar, oneLine: Bool)
    -> Bool
  {
    switch scalar.value {
    case 0x09: return false
    case 0x0A, 0x2028, 0x2029: return oneLine
    default:
      return scalar.properties.generalCategory == .control
    }
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

extension String {
  /// The text with leading zeros up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
