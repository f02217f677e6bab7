/// The stable identifier of a piece of evidence, shown as `E-000007`.
public struct EvidenceID: PrefixedIdentifier {
  public static let prefix = "E"
  public static let fieldName = "evidence"
  public let number: Int
  public init(_ number: Int) { self.number = number }
}
