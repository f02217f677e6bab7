/// The stable identifier of an API token, shown as `T-000004`: what
/// `user token list` prints and `user token revoke` takes, never the
/// secret itself.
public struct TokenID: PrefixedIdentifier {
  public static let prefix = "T"
  public static let fieldName = "token"
  public let number: Int
  public init(_ number: Int) { self.number = number }
}
