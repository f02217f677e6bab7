import Foundation

/// An identifier shown to users as a letter and a six-digit number
/// (`P-000012`, `M-000003`), accepted as `P-12`, `p12` or `12`.
public protocol PrefixedIdentifier: Hashable, Comparable, Sendable, Codable,
  CustomStringConvertible
{
  /// The letter that starts the identifier.
  static var prefix: String { get }
  /// The name of the field in error messages.
  static var fieldName: String { get }
  /// The number behind the identifier, as stored.
  var number: Int { get }
  /// Creates the identifier for a stored number.
  init(_ number: Int)
}

extension PrefixedIdentifier {
  public var description: String {
    let digits = String(number)
    return Self.prefix + "-"
      + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.number < rhs.number
  }

  /// Parses `P-000012`, `P-12`, `p12` or `12`.
  public static func parse(_ input: String) throws(DomainError) -> Self {
    var text = input.trimmingWhitespace().uppercased()
    if text.hasPrefix(prefix) {
      text.removeFirst(prefix.count)
      if text.hasPrefix("-") { text.removeFirst() }
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(text), number > 0
    else {
      throw DomainError(
        .invalidValue,
        "invalid \(fieldName) '\(input)'; expected an identifier such as \(Self(12))"
      )
    }
    return Self(number)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do { self = try Self.parse(text) } catch {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
