import HTTPTypes

extension HTTPField.Name {
  /// The header naming the registry's time zone, in which the CLI shows
  /// the UTC dates of the answers.
  static let egideTimeZone = known("Egide-Time-Zone")
  /// The client addresses a proxy in front appends to.
  static let forwardedFor = known("X-Forwarded-For")
  /// The fields of an upload whose body is a file, as JSON (ASCII).
  static let egideArguments = known("Egide-Arguments")
  /// What a download answers besides its bytes, as JSON (ASCII).
  static let egideResult = known("Egide-Result")

  /// How many cases an export holds.
  static let egideCaseCount = known("Egide-Case-Count")

  /// A header name written in this file, valid by construction.
  private static func known(_ text: String) -> HTTPField.Name {
    guard let name = HTTPField.Name(text) else {
      preconditionFailure("'\(text)' is not a header name")
    }
    return name
  }
}
