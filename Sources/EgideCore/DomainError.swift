/// An input or a request that the domain rules refuse, with a message that
/// names the field, the bad value and what is accepted.
///
/// Match on ``code`` to react to a kind of failure; show ``message`` to the
/// user as it is: it is one line and says what to do.
public struct DomainError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of refusal, stable enough to map to exit statuses.
  public enum Code: String, Sendable {
    /// A value is unknown, malformed, empty or missing.
    case invalidValue
    /// A value is well formed but not acceptable: a future date, a text too long.
    case unacceptableValue
    /// The lifecycle forbids this change from the current state.
    case forbiddenTransition
    /// A case, person, measure or piece of evidence does not exist.
    case notFound
  }

  /// What kind of refusal this is.
  public var code: Code
  /// The one-line message for the user.
  public var message: String
  /// The field at fault, by its name in requests (`court`, `severity`,
  /// `duplicateOf`), when one field is: each front end words it for its
  /// users (the CLI as its flag, the API as its JSON field).
  public var field: String?

  /// Creates an error of the given kind with the message shown to the user.
  public init(_ code: Code, _ message: String, field: String? = nil) {
    self.code = code
    self.message = Self.oneLine(message)
    self.field = field
  }

  /// `text` with its line breaks (typed inside a quoted value) written as
  /// escapes, so that a message stays on one line.
  static func oneLine(_ text: String) -> String {
    guard text.contains(where: \.isNewline) else { return text }
    var line = ""
    for character in text {
      guard character.isNewline else {
        line.append(character)
        continue
      }
      for scalar in character.unicodeScalars {
        switch scalar {
        case "\n": line += "\\n"
        case "\r": line += "\\r"
        default: line += "\\u{\(String(scalar.value, radix: 16))}"
        }
      }
    }
    return line
  }

  public var description: String { message }
}
