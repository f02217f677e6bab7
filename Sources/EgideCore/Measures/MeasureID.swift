/// The stable identifier of a protective measure, shown as `M-000003`.
public struct MeasureID: PrefixedIdentifier {
  public static let prefix = "M"
  public static let fieldName = "measure"
  public let number: Int
  public init(_ number: Int) { self.number = number }
}
