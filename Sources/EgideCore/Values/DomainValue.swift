import Foundation

/// A closed enumeration of the domain whose raw values are what users type
/// and what the registry stores (`threat`, `judge`, `in_place`…).
///
/// Conforming types get parsing with a one-line error that names the field,
/// the bad value, every accepted value and the closest suggestion.
public protocol DomainValue: RawRepresentable, CaseIterable, Hashable, Sendable,
  Codable
where RawValue == String {
  /// The name of the field as the user knows it, e.g. `kind`.
  static var fieldName: String { get }
}

extension DomainValue {
  /// Every accepted raw value, in declaration order.
  public static var acceptedValues: [String] { allCases.map(\.rawValue) }

  /// Parses user input, folding case, spaces and hyphens to underscores.
  ///
  /// - Throws: ``DomainError`` naming the field, the value, the accepted
  ///   values and the closest one.
  public static func parse(_ input: String, field: String? = nil)
    throws(DomainError) -> Self
  {
    let folded = String(
      Suggestion.fold(input).map { $0 == " " || $0 == "-" ? "_" : $0 })
    if let value = Self(rawValue: folded) { return value }
    throw DomainError(
      .invalidValue,
      Suggestion.unknownValueMessage(
        field: field ?? fieldName, value: input, accepted: acceptedValues))
  }
}
