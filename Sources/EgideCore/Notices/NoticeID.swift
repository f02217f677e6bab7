/// The stable identifier of a platform notice, shown as `N-000001`.
public struct NoticeID: PrefixedIdentifier {
  public static let prefix = "N"
  public static let fieldName = "notice"
  public let number: Int
  public init(_ number: Int) { self.number = number }
}
