import Crypto
import Foundation

/// The secret of an API token: `egide_` and 43 characters of base64url
/// carrying 256 random bits.
///
/// The prefix lets secret scanners and people recognise a leaked token;
/// the registry keeps only its SHA-256.
public struct TokenSecret: Sendable, Hashable, CustomStringConvertible {
  /// What every token starts with.
  public static let prefix = "egide_"

  /// The token as the client sends it.
  public let text: String

  /// A new token from the system's secure random generator.
  public static func generate() -> TokenSecret {
    let key = SymmetricKey(size: .bits256)
    let bytes = key.withUnsafeBytes { Data($0) }
    let encoded = bytes.base64EncodedString()
      .replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
    return TokenSecret(text: prefix + encoded)
  }

  /// A token as a client presented it, or nil when it cannot be one
  /// (wrong prefix, length or alphabet): such a text is refused without
  /// looking anything up.
  public init?(presented text: String) {
    guard text.hasPrefix(Self.prefix),
      text.utf8.count == Self.prefix.count + 43,
      text.utf8.dropFirst(Self.prefix.count).allSatisfy(Self.isBase64URL)
    else { return nil }
    self.text = text
  }

  private init(text: String) { self.text = text }

  /// The hex SHA-256 the registry keeps in place of the token.
  public var digest: String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }
      .joined()
  }

  /// Never the secret: a token is printed once, on purpose, by `text`.
  public var description: String { "\(Self.prefix)…" }

  private static func isBase64URL(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
      UInt8(ascii: "_"):
      true
    default: false
    }
  }
}
