import Foundation

/// Something that can link cases together: an author (a handle, an
/// account or a name) or the site that published offending content.
///
/// `value` is the normalised form (see ``EntityNormalizer``): two
/// spellings of the same author give the same value. It is identifying and
/// is stored only behind the identity vault.
public struct LinkedEntity: Hashable, Sendable, Comparable {
  /// What links the cases.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A handle, account or name of an author.
    case author
    /// The domain of a site that published offending content.
    case domain
  }

  /// Author or domain.
  public var kind: Kind
  /// The normalised handle, name or domain.
  public var value: String

  /// Creates an entity from an already normalised value.
  public init(kind: Kind, value: String) {
    self.kind = kind
    self.value = value
  }

  /// The text hashed into the lookup key: the kind, a colon and the value.
  public var lookupText: String { "\(kind.rawValue):\(value)" }

  public static func < (lhs: LinkedEntity, rhs: LinkedEntity) -> Bool {
    (lhs.kind.rawValue, lhs.value) < (rhs.kind.rawValue, rhs.value)
  }
}
