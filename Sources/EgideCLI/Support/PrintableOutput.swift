/// What egide prints, with the control characters a stored text may hold
/// shown as U+FFFD instead of obeyed.
///
/// Names, summaries, notes and decision passages come from users and from
/// files: an escape sequence, a bare carriage return or a bell in one of
/// them would otherwise rewrite what a terminal shows (hide a line, forge
/// one). Line breaks, tabs and CRLF line ends (CSV) are kept.
enum PrintableOutput {
  /// `text` with every control character but a line break, a tab and the
  /// CR of a CRLF shown as U+FFFD, and line and paragraph separators too;
  /// for `oneLine` text (a table's cell), line breaks and tabs as well.
  static func printable(_ text: String, oneLine: Bool = false) -> String {
    guard needsCleaning(text, oneLine: oneLine) else { return text }
    var scalars = String.UnicodeScalarView()
    let source = Array(text.unicodeScalars)
    for (index, scalar) in source.enumerated() {
      switch scalar.value {
      case 0x0A, 0x09: scalars.append(oneLine ? "\u{FFFD}" : scalar)
      case 0x0D:
        let ending = index + 1 < source.count && source[index + 1] == "\n"
        scalars.append(ending && !oneLine ? scalar : "\u{FFFD}")
      case 0x2028, 0x2029: scalars.append("\u{FFFD}")
      default:
        scalars.append(
          scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar)
      }
    }
    return String(scalars)
  }

  /// Whether `text` may hold a character to clean: a quick pass over its
  /// bytes (C0, DEL, C1 and the separators' lead bytes).
  private static func needsCleaning(_ text: String, oneLine: Bool) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case 0x0A, 0x09: if oneLine { return true }
      case 0..<0x20, 0x7F: return true
      case 0x80...0x9F where previous == 0xC2: return true
      case 0x80...0xBF where previous == 0xE2: return true  // U+2028, U+2029
      default: break
      }
      previous = byte
    }
    return false
  }
}

/// Standard output for the whole command-line module: `print` as the
/// standard library's, its text made printable first.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n")
{
  let text = items.map { "\($0)" }.joined(separator: separator)
  Swift.print(PrintableOutput.printable(text), terminator: terminator)
}
