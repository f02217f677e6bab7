extension StringProtocol {
  /// The text without the spaces and line breaks at either end: those of
  /// `CharacterSet.whitespacesAndNewlines` (tab to carriage return, U+0085,
  /// every Unicode space, line and paragraph separator, and the zero-width
  /// space U+200B).
  ///
  /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux;
  /// every cell of an import is trimmed, so this stays in Swift.
  public func trimmingWhitespaceAndNewlines() -> String {
    trimming(where: \.isTrimmedSpace)
  }

  /// The text without the spaces at either end: those of
  /// `CharacterSet.whitespaces` (the tab, every Unicode space separator,
  /// and the zero-width space U+200B), as dates, courts and references
  /// typed by users are read.
  public func trimmingWhitespace() -> String {
    trimming(where: \.isTrimmedBlank)
  }

  /// The text without the scalars `isTrimmed` holds at either end.
  private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    let text = String(self)
    // Most texts start and end with an ASCII letter or digit: nothing to
    // trim, and no further copy.
    if let head = text.utf8.first, let tail = text.utf8.last, head < 0x80,
      tail < 0x80, !isTrimmed(Unicode.Scalar(head)),
      !isTrimmed(Unicode.Scalar(tail))
    {
      return text
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else {
      return ""
    }
    let last = scalars.lastIndex(where: { !isTrimmed($0) }) ?? first
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

extension Unicode.Scalar {
  /// Whether `CharacterSet.whitespacesAndNewlines` holds this scalar: the
  /// spaces, and the line breaks (line feed to carriage return, U+0085,
  /// and the line and paragraph separators U+2028 and U+2029).
  fileprivate var isTrimmedSpace: Bool {
    switch value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return isTrimmedBlank
    }
  }

  /// Whether `CharacterSet.whitespaces` holds this scalar.
  fileprivate var isTrimmedBlank: Bool {
    switch value {
    case 0x09, 0x20: return true
    case 0..<0x80: return false
    // Foundation counts the zero-width space as a space, though Unicode
    // does not make it a separator.
    case 0x200B: return true
    default: return properties.generalCategory == .spaceSeparator
    }
  }
}
