import EgideCore
import Foundation

/// What adding or disabling a user answers: the user as recorded, with
/// their role described in one line.
public struct UserReceipt: Codable, Sendable, Equatable {
  /// The user, as recorded.
  public var user: UserDocument
  /// `delegate for court tj93008`.
  public var roleDescription: String
  /// The name of the court or cour d'appel of their scope, if any.
  public var scopeName: String?

  init(_ user: User) {
    self.user = UserDocument(user)
    roleDescription = user.roleDescription
    scopeName = user.scope.flatMap {
      CourtDirectory.shared.court(code: $0.code)?.name
    }
  }
}
