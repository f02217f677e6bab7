/// The stable identifier of a person registered in Égide, shown as `P-000012`.
public struct PersonID: PrefixedIdentifier {
  public static let prefix = "P"
  public static let fieldName = "person"
  public let number: Int
  public init(_ number: Int) { self.number = number }
}
