import Foundation

/// The exact location of content named in a notice, as DSA article 16(2)(b)
/// requires: an absolute `http` or `https` URL.
public enum NoticeURL {
  /// The longest URL accepted.
  public static let limit = 2_048

  /// Trims and checks a URL.
  ///
  /// - Throws: ``DomainError`` naming the value and what is accepted.
  public static func validate(_ input: String) throws(DomainError) -> String {
    let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.count <= limit else {
      throw DomainError(
        .unacceptableValue,
        "url is \(text.count) characters long; at most \(limit) are accepted")
    }
    guard !text.contains(where: { $0.isWhitespace }),
      let components = URLComponents(string: text),
      let scheme = components.scheme?.lowercased(),
      scheme == "http" || scheme == "https",
      let host = components.host, !host.isEmpty
    else {
      throw DomainError(
        .invalidValue,
        "invalid url '\(input)'; accepted: the exact address of the content, starting with https:// or http://"
      )
    }
    return text
  }
}
