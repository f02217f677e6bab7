/// Why the acting user may not do what they asked, with the one-line
/// message that names them, their role and who can change it.
public struct AccessRefusal: Error, Equatable, Sendable,
  CustomStringConvertible
{
  /// The kinds of refusal.
  public enum Reason: String, Sendable {
    /// The actor is not a user of the registry.
    case unknownUser
    /// The actor's user was disabled.
    case disabledUser
    /// The actor's role does not hold the permission.
    case notAllowed
    /// The case is outside the actor's scope.
    case outOfScope
  }

  /// What kind of refusal this is.
  public var reason: Reason
  /// The one-line message for the user.
  public var message: String

  /// Creates a refusal.
  public init(_ reason: Reason, _ message: String) {
    self.reason = reason
    self.message = DomainError.oneLine(message)
  }

  public var description: String { message }
}
