extension StringProtocol {
  /// The text without the spaces and line breaks at either end: those of
  /// `CharacterSet.whitespacesAndNewlines` (tab to carriage return, U+0085,
  /// every Unicode space, line and paragraph separator, and the zero-width
  /// space U+200B).
  ///
  /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux;
  /// every cell of an import is trimmed, so this stays in Swift.
  public func trimmingWhitespaceAndNewlines() -> String {
    // Most cells start and end with an ASCII letter or digit: nothing to
    // trim, and no copy.
    if let head = utf8.first, let tail = utf8.reversed().first, head < 0x80,
      tail < 0x80, !Unicode.Scalar(head).isTrimmedSpace,
      !Unicode.Scalar(tail).isTrimmedSpace
    {
      return String(self)
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isTrimmedSpace }) else {
      return ""
    }
    let last = scalars.lastIndex(where: { !$0.isTrimmedSpace }) ?? first
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

extension Unicode.Scalar {
  /// Whether `CharacterSet.whitespacesAndNewlines` holds this scalar.
  fileprivate var isTrimmedSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85: return true
    case 0..<0x80: return false
    // Foundation counts the zero-width space as a space, though Unicode
    // does not make it a separator.
    case 0x200B: return true
    default:
      switch properties.generalCategory {
      case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
      default: return false
      }
    }
  }
}
