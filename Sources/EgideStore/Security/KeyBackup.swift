import Crypto
import EgideCore
import Foundation
import _CryptoExtras

/// A registry key wrapped with a passphrase, for keeping apart from the
/// registry (a safe, another site).
///
/// The passphrase goes through scrypt (N = 2^16, r = 8, p = 1: about 64 MiB
/// and a fraction of a second, so that guessing passphrases is slow) with
/// a random salt; the derived key seals the registry key with AES-256-GCM,
/// the parameters and the key's fingerprint authenticated with it. The
/// file is text and names the fingerprint, so a restored key can be
/// matched with its registry.
public struct KeyBackup: Sendable {
  static let header = "egide-key-backup-v1"
  static let rounds = 1 << 16
  static let blockSize = 8
  static let parallelism = 1
  /// The shortest passphrase accepted.
  public static let minimumPassphraseLength = 12

  /// The fingerprint of the wrapped key.
  public let fingerprint: String
  let salt: Data
  let sealed: Data

  /// Wraps `key` with `passphrase`.
  ///
  /// - Throws: ``DomainError`` `.invalidValue` for a passphrase shorter
  ///   than ``minimumPassphraseLength``, ``StoreError`` `.io` when the key
  ///   cannot be wrapped.
  public static func wrap(_ key: RegistryKey, passphrase: String)
    throws -> KeyBackup
  {
    try checkStrength(passphrase)
    var salt = Data(count: 16)
    for index in salt.indices { salt[index] = UInt8.random(in: 0...255) }
    let wrapping = try derive(passphrase, salt: salt)
    do {
      let box = try AES.GCM.seal(
        key.bytes, using: wrapping,
        authenticating: associatedData(salt: salt, fingerprint: key.fingerprint)
      )
      guard let combined = box.combined else {
        throw StoreError(.io, "cannot wrap the key")
      }
      return KeyBackup(
        fingerprint: key.fingerprint, salt: salt, sealed: combined)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(.io, "cannot wrap the key: \(error)")
    }
  }

  /// Refuses a passphrase too short to resist guessing (a bad value, exit
  /// 64, not a wrong key).
  public static func checkStrength(_ passphrase: String) throws(DomainError) {
    guard passphrase.count >= minimumPassphraseLength else {
      throw DomainError(
        .invalidValue,
        "the passphrase has \(passphrase.count) characters; at least \(minimumPassphraseLength) are accepted (a few unrelated words make a good one)"
      )
    }
  }

  /// Recovers the key with the passphrase.
  ///
  /// - Throws: ``StoreError`` `.wrongKey` for a wrong passphrase or an
  ///   altered backup.
  public func unwrap(passphrase: String) throws(StoreError) -> RegistryKey {
    let wrapping = try Self.derive(passphrase, salt: salt)
    let bytes: Data
    do {
      bytes = try AES.GCM.open(
        try AES.GCM.SealedBox(combined: sealed), using: wrapping,
        authenticating: Self.associatedData(
          salt: salt, fingerprint: fingerprint))
    } catch {
      throw StoreError(
        .wrongKey,
        "the passphrase does not open this key backup (or the backup was altered); check the passphrase and try again"
      )
    }
    let key = try RegistryKey(bytes: bytes)
    guard key.fingerprint == fingerprint else {
      throw StoreError(.wrongKey, "the key backup is damaged")
    }
    return key
  }

  /// The text of the backup file.
  public var fileText: String {
    """
    \(Self.header)
    kdf scrypt N=\(Self.rounds) r=\(Self.blockSize) p=\(Self.parallelism)
    fingerprint \(fingerprint)
    salt \(salt.base64EncodedString())
    sealed \(sealed.base64EncodedString())

    """
  }

  /// Reads a backup file's text.
  ///
  /// - Throws: ``StoreError`` `.wrongKey` if it is not a key backup.
  public static func parse(_ text: String, path: String) throws(StoreError)
    -> KeyBackup
  {
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    var fields: [String: String] = [:]
    for line in lines.dropFirst() {
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      if parts.count == 2 { fields[parts[0]] = parts[1] }
    }
    guard lines.first == header,
      fields["kdf"]
        == "scrypt N=\(rounds) r=\(blockSize) p=\(parallelism)",
      let fingerprint = fields["fingerprint"],
      let salt = fields["salt"].flatMap({ Data(base64Encoded: $0) }),
      let sealed = fields["sealed"].flatMap({ Data(base64Encoded: $0) })
    else {
      throw StoreError(
        .wrongKey,
        "\(path) is not an Égide key backup (it should start with '\(header)')")
    }
    return KeyBackup(fingerprint: fingerprint, salt: salt, sealed: sealed)
  }

  private static func derive(_ passphrase: String, salt: Data)
    throws(StoreError) -> SymmetricKey
  {
    do {
      return try KDF.Scrypt.deriveKey(
        from: Data(passphrase.utf8), salt: salt, outputByteCount: 32,
        rounds: rounds, blockSize: blockSize, parallelism: parallelism,
        maxMemory: 256 << 20)
    } catch {
      throw StoreError(.io, "cannot derive a key from the passphrase: \(error)")
    }
  }

  private static func associatedData(salt: Data, fingerprint: String) -> Data {
    var data = Data(
      "\(header) scrypt \(rounds) \(blockSize) \(parallelism) \(fingerprint) "
        .utf8)
    data.append(salt)
    return data
  }
}
