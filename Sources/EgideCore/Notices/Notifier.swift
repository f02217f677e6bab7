import Foundation

/// The person or body that sends a notice: DSA article 16(2)(c) requires
/// their name and e-mail address.
public struct Notifier: Hashable, Sendable, Codable {
  /// The notifier's name, as it appears in the notice.
  public var name: String
  /// The e-mail address the platform answers to.
  public var email: String

  /// Checks and trims a name and an e-mail address.
  ///
  /// - Throws: ``DomainError`` naming the field and the value.
  public init(name: String, email: String) throws(DomainError) {
    self.name = try TextRule.required(
      name, field: "notifier", limit: TextRule.shortLimit)
    self.email = try Self.validEmail(email)
  }

  /// A notifier as the registry stored it, checked when it was written;
  /// a value not revealed reads as its marker and is not checked again.
  public init(stored name: String, email: String) {
    self.name = name
    self.email = email
  }

  /// Checks an e-mail address: one `@`, something before it, a domain
  /// with a dot after it, no spaces.
  static func validEmail(_ input: String) throws(DomainError) -> String {
    let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    let isValid =
      text.count <= 254 && parts.count == 2 && !parts[0].isEmpty
      && parts[1].contains(".") && !parts[1].hasPrefix(".")
      && !parts[1].hasSuffix(".")
      && !text.contains(where: { $0.isWhitespace || $0.isNewline })
    guard isValid else {
      throw DomainError(
        .invalidValue,
        "invalid email '\(input)'; expected an address such as name@example.org"
      )
    }
    return text
  }
}
