import EgideStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Making a new registry, sealed from its first case: what `init` and
/// `demo` share.
extension Settings {
  /// A new registry at ``databasePath``, sealed under the key at ``keyPath``.
  ///
  /// The key is the key file there, or a new one (mode 0600) when there is
  /// none; a key made here is removed again if the registry cannot be
  /// created.
  ///
  /// - Returns: the registry, its key, and whether the key was made now.
  func createSealedRegistry() throws -> (
    registry: Registry, key: RegistryKey, keyCreated: Bool
  ) {
    if let existing = try loadKey(required: false) {
      return (
        try Registry.create(at: databasePath, key: existing), existing, false
      )
    }
    let key = RegistryKey.generate()
    try KeyFiles.createFolder(for: keyPath)
    try key.write(to: keyPath)
    do {
      return (try Registry.create(at: databasePath, key: key), key, true)
    } catch {
      unlink(keyPath)
      throw error
    }
  }
}
