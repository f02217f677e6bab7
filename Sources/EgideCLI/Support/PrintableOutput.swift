import EgideCore

/// What egide prints, with the control characters a stored text may hold
/// shown as U+FFFD instead of obeyed, and the invisible ones as their code.
///
/// Names, summaries, notes and decision passages come from users and from
/// files: an escape sequence, a bare carriage return or a bell in one of
/// them would otherwise rewrite what a terminal shows (hide a line, forge
/// one), and a right-to-left override would show the rest of a line
/// backwards. Line breaks, tabs and CRLF line ends (CSV) are kept;
/// direction controls and zero-width characters (``InvisibleCharacter``)
/// are shown as `<U+202E>`. New texts cannot hold any of them (the
/// domain refuses them); texts stored by earlier versions or read from
/// other sources may.
enum PrintableOutput {
  /// `text` as a terminal may show it.
  ///
  /// Every control character but a line break, a tab and the CR of a
  /// CRLF is shown as U+FFFD, and line and paragraph separators too; for
  /// `oneLine` text (a table's cell), line breaks and tabs as well.
  /// Invisible characters are shown as their code between `<` and `>`,
  /// but for a byte-order mark that starts the text (that of a CSV).
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
      // A byte-order mark that starts the text is the head of a
      // document (a CSV for spreadsheets), not a stored value.
      case 0xFEFF where index == 0: scalars.append(scalar)
      default:
        if InvisibleCharacter.isInvisible(scalar) {
          scalars.append(
            contentsOf: "<\(InvisibleCharacter.code(scalar))>".unicodeScalars)
        } else {
          scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
      }
    }
    return String(scalars)
  }

  /// Whether `scalar` is a control character (general category Cc):
  /// U+0000–U+001F and U+007F–U+009F, a set the Unicode stability policy
  /// fixes for good, so a range check stands for the property lookup.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Whether `text` may hold a character to clean: a quick pass over its
  /// bytes (C0, DEL, C1, the lead bytes of U+2000–U+2FFF, U+061C and
  /// U+FEFF).
  private static func needsCleaning(_ text: String, oneLine: Bool) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case 0x0A, 0x09: if oneLine { return true }
      case 0..<0x20, 0x7F: return true
      case 0x80...0x9F where previous == 0xC2: return true
      case 0x80...0xBF where previous == 0xE2: return true  // U+2000–U+2FFF
      case 0x9C where previous == 0xD8: return true  // U+061C
      case 0xBB where previous == 0xEF: return true  // U+FEC0–U+FEFF
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
  if items.count == 1, let painted = items[0] as? PaintedText {
    Swift.print(painted.description, terminator: terminator)
    return
  }
  let text = items.map { "\($0)" }.joined(separator: separator)
  Swift.print(PrintableOutput.printable(text), terminator: terminator)
}
