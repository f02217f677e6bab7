import EgideCore
import Foundation

/// JSON string literals written by hand, for the JSON that egide streams
/// or lays out itself (summaries, exports).
public enum JSONLiteral {
  /// A JSON string literal: quotes, backslashes, control characters and
  /// invisible characters escaped, everything else written as UTF-8.
  ///
  /// The value read back is exactly the text; the escapes only keep a
  /// file shown with `cat` or `less` from obeying a control sequence or
  /// showing a line backwards (DEL, C1 controls, and the direction
  /// controls and zero-width characters of ``InvisibleCharacter``).
  public static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || InvisibleCharacter.isInvisible(scalar)
        {
          out += "\\u" + String(format: "%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
