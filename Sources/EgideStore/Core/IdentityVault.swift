import Foundation

/// The one door identifying data goes through, in and out of the registry.
///
/// Person identities, free text, author handles and evidence content pass
/// through it. Nothing else in the store reads or writes the
/// `identity` and `content` columns.
///
/// Today the vault writes a format byte (0: clear) before the bytes; the
/// format byte lets a later version seal values at rest and still read
/// what was written before.
public struct IdentityVault: Sendable {
  /// The format byte of values stored in clear.
  static let clearFormat: UInt8 = 0

  /// Creates the vault.
  public init() {}

  /// Prepares bytes for storage.
  func seal(_ bytes: Data) -> Data {
    var sealed = Data([Self.clearFormat])
    sealed.append(bytes)
    return sealed
  }

  /// Recovers bytes written by ``seal(_:)``.
  func open(_ sealed: Data) throws(StoreError) -> Data {
    guard sealed.first == Self.clearFormat else {
      throw StoreError(
        .corruptValue,
        "a sealed value has an unknown format; this registry was written by a newer Égide or altered outside it"
      )
    }
    return sealed.dropFirst()
  }

  /// Prepares a value for storage as JSON.
  func seal<Value: Encodable>(json value: Value) throws(StoreError) -> Data {
    do { return seal(try JSONCoding.encoder.encode(value)) } catch {
      throw StoreError(.corruptValue, "cannot encode a value: \(error)")
    }
  }

  /// Recovers a value written by ``seal(json:)``.
  func open<Value: Decodable>(_ type: Value.Type, from sealed: Data)
    throws(StoreError) -> Value
  {
    let bytes = try open(sealed)
    do { return try JSONCoding.decoder.decode(type, from: bytes) } catch {
      throw StoreError(
        .corruptValue,
        "a stored value cannot be read (\(error)); run 'egide doctor' or restore a backup"
      )
    }
  }
}
