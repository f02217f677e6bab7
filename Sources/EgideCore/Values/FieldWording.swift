/// How a message of the domain names a field a user gives: `{duplicateOf}`
/// in the text, which each front end words for its users (the CLI as the
/// flag `--duplicate-of`, the API as the field `duplicateOf`).
///
/// ```swift
/// FieldWording.word("give {duplicateOf} 2026-0003") { "--" + $0 }
/// ```
public enum FieldWording {
  /// The message with each `{field}` replaced by `name(field)`.
  public static func word(_ message: String, _ name: (String) -> String)
    -> String
  {
    guard message.contains("{") else { return message }
    var result = ""
    var rest = Substring(message)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let after = rest.index(after: open)
      if let close = rest[after...].firstIndex(of: "}"),
        close > after,
        rest[after..<close].allSatisfy({ $0.isASCII && $0.isLetter })
      {
        result += name(String(rest[after..<close]))
        rest = rest[rest.index(after: close)...]
      } else {
        result.append("{")
        rest = rest[after...]
      }
    }
    return result + rest
  }
}
