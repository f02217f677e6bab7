import Foundation

/// The reference a case is known by, year of report and sequence within
/// that year (`2026-0042`): stable, unique and easy to read out on the phone.
public struct CaseReference: Hashable, Comparable, Sendable, Codable,
  CustomStringConvertible
{
  /// The year the case was reported, in the registry's time zone.
  public let year: Int
  /// The sequence number within that year, from 1.
  public let sequence: Int

  /// Creates a reference from its parts.
  public init(year: Int, sequence: Int) {
    self.year = year
    self.sequence = sequence
  }

  public var description: String {
    let digits = String(sequence)
    return "\(year)-"
      + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Parses `2026-0042` or `2026-42`.
  public static func parse(_ input: String, field: String = "case reference")
    throws(DomainError) -> CaseReference
  {
    let parts = input.trimmingWhitespace().split(
      separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4,
      parts.allSatisfy({ part in
        !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
      }),
      let year = Int(parts[0]), let sequence = Int(parts[1]), sequence > 0
    else {
      throw DomainError(
        .invalidValue,
        "invalid \(field) '\(input)'; expected YEAR-NUMBER such as 2026-0042")
    }
    return CaseReference(year: year, sequence: sequence)
  }

  public static func < (lhs: CaseReference, rhs: CaseReference) -> Bool {
    (lhs.year, lhs.sequence) < (rhs.year, rhs.sequence)
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
