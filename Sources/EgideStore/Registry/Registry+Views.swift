import EgideCore

/// The same registry read two ways: with identities revealed, or all of
/// them concealed. A served registry is opened once, and each request
/// takes the view its reveal allows, on the same connections.
extension Registry {
  /// This registry on the same connections, reading identities for real
  /// (`true`, as the key allows) or as ``IdentityVault/concealed``.
  ///
  /// A view that reveals is for a reveal already written to the access
  /// log, or for a rule that compares identities and prints none.
  public func revealing(_ reveals: Bool = true) -> Registry {
    guard reveals != revealsIdentities else { return self }
    return Registry(
      path: path, writer: writer, courts: courts,
      vault: IdentityVault(
        writing: vault.writing,
        reading: reveals ? .opened(vault.key) : .concealed,
        opensUnbound: vault.opensUnbound))
  }
}

extension Registry {
  /// Whether the registry can open what it seals: it was opened with its
  /// key, or it was never sealed.
  public var holdsKey: Bool { !isSealed || vault.key != nil }

  /// Checks that identities can be read and written before an operation
  /// that needs them records anything.
  ///
  /// - Throws: ``StoreError`` `.keyRequired` for a sealed registry opened
  ///   without its key.
  public func requireKey() throws(StoreError) {
    guard !holdsKey else { return }
    throw IdentityVault.keyRequired()
  }
}
