import EgideCore
import EgideService
import EgideStore
import Foundation

/// The checks of the maintenance commands, which work on the registry file
/// on its own host (verify, retention, keys, doctor, backup, restore): the
/// same access policy as every request, applied to the local account.
extension Settings {
  /// Checks that the local account may use `permission`, through the
  /// service's rules, and opens the registry for the command.
  ///
  /// - Parameters:
  ///   - permission: what the command does.
  ///   - exclusive: whether the command needs the registry to itself (a
  ///     key rotation, a seal, a scrub): refused while it is served.
  /// - Returns: the registry, concealing identities.
  /// - Throws: ``AccessRefusal`` (exit 77), ``CLIError`` (exit 75) for a
  ///   registry served while the command needs it to itself,
  ///   ``StoreError`` when the registry cannot be opened.
  func authorize(_ permission: Permission, exclusive: Bool = false) throws
    -> Registry
  {
    if exclusive, let holder = ServeLock.holder(ofRegistryAt: databasePath) {
      throw CLIError(
        .temporaryFailure,
        "\(databasePath) is served by egide serve (process \(holder.processID)), which holds its key; stop the server first: this command needs the registry to itself"
      )
    }
    let service = try service()
    try service.authorizeMaintenance(.local(actor), permission)
    return service.registry
  }

  /// Checks the acting user against the users of a registry file, read
  /// without writing to it: for doctor, backup and restore, which work on
  /// the file itself.
  ///
  /// - Parameters:
  ///   - permission: what the command does.
  ///   - path: the registry file (or backup) it works on.
  ///   - tolerant: whether a file whose users cannot be read (a damaged
  ///     registry, the very thing doctor diagnoses) lets the command go
  ///     on.
  /// - Throws: ``AccessRefusal`` (exit 77); ``StoreError`` when the users
  ///   cannot be read and `tolerant` is false.
  func authorize(
    _ permission: Permission, registryFile path: String,
    tolerant: Bool = false
  ) throws {
    let users: [User]
    do { users = try Registry.users(inFileAt: path) } catch {
      if tolerant { return }
      throw error
    }
    _ = try AccessPolicy.user(actor, among: users, may: permission)
  }
}
