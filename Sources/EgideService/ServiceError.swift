/// A refusal of the service itself, beyond the domain's rules
/// (``DomainError``), the access policy (``AccessRefusal``) and the
/// registry file (``StoreError``): a caller not authenticated, a request
/// too large, a registry busy.
public struct ServiceError: Error, Equatable, Sendable, CustomStringConvertible
{
  /// The kinds of refusal, stable enough to map to HTTP and exit statuses.
  public enum Code: String, Sendable {
    /// No token, or one that is unknown, expired or revoked, or whose
    /// user is disabled.
    case unauthenticated
    /// An upload or a request body beyond its limit.
    case tooLarge
    /// Too many failed authentications from one address: wait.
    case tooManyAttempts
    /// The registry could not take the request now: try again.
    case busy
    /// The request is malformed for the front end (a bad cursor, a field
    /// of the wrong type).
    case badRequest
  }

  /// What kind of refusal this is.
  public var code: Code
  /// The one-line message for the user.
  public var message: String
  /// The field at fault, by its name in requests, when one field is.
  public var field: String?

  /// Creates a refusal.
  public init(_ code: Code, _ message: String, field: String? = nil) {
    self.code = code
    self.message = message
    self.field = field
  }

  public var description: String { message }
}
