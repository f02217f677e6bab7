/// The stable identifier of an occultation request, shown as `OC-000001`.
public struct OccultationID: PrefixedIdentifier {
  public static let prefix = "OC"
  public static let fieldName = "occultation request"
  public let number: Int
  public init(_ number: Int) { self.number = number }
}
