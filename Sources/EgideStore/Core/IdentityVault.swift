import Crypto
import Foundation

/// The one door identifying data goes through, in and out of the registry.
///
/// Person identities, free text, author handles and evidence content pass
/// through it. Nothing else in the store reads or writes the
/// `identity` and `content` columns.
///
/// Each stored value starts with a format byte: 0 for a value in clear
/// (registries made before sealing), 3 for a value sealed with AES-256-GCM
/// under the registry key and bound to its place (nonce, ciphertext, tag;
/// the ``SealedPlace`` is the associated data), 2 for a value purged under
/// the retention policy (nothing follows). Format 1, a value sealed without
/// its place (schema versions before 9), opens only while the registry
/// waits for its upgrade (``SealBinding``); after it, such a value is one
/// copied in from elsewhere and is refused.
///
/// What the vault may do is fixed when the registry is opened: with the key
/// it seals and opens; without it, every value reads as ``concealed`` and
/// nothing identifying can be written.
public struct IdentityVault: Sendable {
  /// How identifying values are written.
  enum Writing: Sendable {
    /// In clear: a registry that has never been sealed.
    case clear
    /// Sealed under the key.
    case sealed(RegistryKey)
    /// Refused: a sealed registry opened without its key.
    case refused
  }

  /// How identifying values are read.
  enum Reading: Sendable {
    /// Opened (with the key for sealed values).
    case opened(RegistryKey?)
    /// Every value reads as ``concealed``: the command reveals nothing.
    case concealed
  }

  static let clearFormat: UInt8 = 0
  static let unboundFormat: UInt8 = 1
  static let purgedFormat: UInt8 = 2
  static let sealedFormat: UInt8 = 3

  /// What a value reads as when the command does not reveal identities.
  public static let concealed = "[sealed]"
  /// What a value purged under the retention policy reads as.
  public static let purged = "[purged]"

  let writing: Writing
  let reading: Reading
  /// Whether values sealed without their place (format 1) still open: only
  /// while the registry waits for the upgrade that binds them.
  let opensUnbound: Bool

  /// A vault that writes in clear and opens what it reads.
  public init() {
    writing = .clear
    reading = .opened(nil)
    opensUnbound = false
  }

  init(writing: Writing, reading: Reading, opensUnbound: Bool = false) {
    self.writing = writing
    self.reading = reading
    self.opensUnbound = opensUnbound
  }

  /// Whether values read are the real ones rather than ``concealed``.
  public var reveals: Bool {
    if case .opened = reading { return true }
    return false
  }

  /// Whether the vault can write identifying values.
  public var canWrite: Bool {
    if case .refused = writing { return false }
    return true
  }

  /// The error of a command that needs the key it was not given.
  static func keyRequired(_ what: String = "this command") -> StoreError {
    StoreError(
      .keyRequired,
      "identities in this registry are sealed and \(what) needs them: give the registry key file with $EGIDE_KEY_FILE or key_file in the config"
    )
  }

  /// The stored form of a purged value.
  static var purgedValue: Data { Data([purgedFormat]) }

  /// Prepares bytes for storage at `place`.
  func seal(_ bytes: Data, at place: SealedPlace) throws(StoreError) -> Data {
    switch writing {
    case .clear:
      var stored = Data([Self.clearFormat])
      stored.append(bytes)
      return stored
    case .sealed(let key):
      do {
        let box = try AES.GCM.seal(
          bytes, using: key.sealingKey, authenticating: place.associatedData)
        guard let combined = box.combined else {
          throw StoreError(.io, "cannot seal a value")
        }
        var stored = Data([Self.sealedFormat])
        stored.append(combined)
        return stored
      } catch let error as StoreError {
        throw error
      } catch {
        throw StoreError(.io, "cannot seal a value: \(error)")
      }
    case .refused:
      throw Self.keyRequired()
    }
  }

  /// Recovers bytes written by ``seal(_:at:)`` at `place`, whatever this
  /// vault reveals: for the commands that need the value itself (evidence
  /// retrieval, resealing, indexing).
  func openBytes(_ stored: Data, at place: SealedPlace) throws(StoreError)
    -> Data
  {
    switch stored.first {
    case Self.clearFormat:
      return stored.dropFirst()
    case Self.sealedFormat:
      guard let key = key else { throw Self.keyRequired() }
      return try Self.open(sealed: stored.dropFirst(), at: place, with: key)
    case Self.unboundFormat:
      guard let key = key else { throw Self.keyRequired() }
      guard opensUnbound else {
        throw StoreError(
          .corruptValue,
          "the sealed value at \(place) is not bound to its place: it was copied in outside Égide; run 'egide doctor' and restore the registry from a backup"
        )
      }
      return try Self.open(sealed: stored.dropFirst(), at: nil, with: key)
    case Self.purgedFormat:
      throw StoreError(
        .purged,
        "this value was purged under the retention policy; only the anonymous facts remain"
      )
    default:
      throw StoreError(
        .corruptValue,
        "a stored value has an unknown format; this registry was written by a newer Égide or altered outside it"
      )
    }
  }

  /// The key this vault holds, for opening.
  var key: RegistryKey? {
    if case .opened(let key?) = reading { return key }
    if case .sealed(let key) = writing { return key }
    return nil
  }

  /// Opens an AES-GCM box sealed at `place` (nil: a value from before
  /// binding) with a key.
  static func open(
    sealed bytes: Data, at place: SealedPlace?, with key: RegistryKey
  ) throws(StoreError) -> Data {
    do {
      let box = try AES.GCM.SealedBox(combined: bytes)
      if let place {
        return try AES.GCM.open(
          box, using: key.sealingKey, authenticating: place.associatedData)
      }
      return try AES.GCM.open(box, using: key.sealingKey)
    } catch {
      let location = place.map { " at \($0)" } ?? ""
      throw StoreError(
        .corruptValue,
        "the sealed value\(location) does not open with this key: it was altered or moved there outside Égide, or sealed under another key; run 'egide doctor'"
      )
    }
  }

  /// Prepares a value for storage as JSON at `place`.
  func seal<Value: Encodable>(json value: Value, at place: SealedPlace)
    throws(StoreError) -> Data
  {
    let bytes: Data
    do { bytes = try JSONCoding.encoder.encode(value) } catch {
      throw StoreError(.corruptValue, "cannot encode a value: \(error)")
    }
    return try seal(bytes, at: place)
  }

  /// Recovers a value written by ``seal(json:at:)``, or its concealed or
  /// purged stand-in.
  func open<Value: Decodable & Concealable>(
    _ type: Value.Type, from stored: Data, at place: SealedPlace
  ) throws(StoreError) -> Value {
    if stored.first == Self.purgedFormat { return Value.standIn(Self.purged) }
    guard reveals else { return Value.standIn(Self.concealed) }
    return try openRevealed(type, from: stored, at: place)
  }

  /// Recovers a value written by ``seal(json:at:)`` whatever this vault
  /// reveals: for the commands that need the value itself.
  func openRevealed<Value: Decodable>(
    _ type: Value.Type, from stored: Data, at place: SealedPlace
  ) throws(StoreError) -> Value {
    let bytes = try openBytes(stored, at: place)
    do { return try JSONCoding.decoder.decode(type, from: bytes) } catch {
      throw StoreError(
        .corruptValue,
        "a stored value cannot be read (\(error)); run 'egide doctor' or restore a backup"
      )
    }
  }

  /// The blind index of a text: its keyed HMAC-SHA256 in a sealed
  /// registry, its SHA-256 in a registry never sealed (both hex).
  func blindIndex(of text: String) throws(StoreError) -> String {
    switch writing {
    case .sealed(let key): return key.blindIndex(of: text)
    case .clear: return hex(SHA256.hash(data: Data(text.utf8)))
    case .refused: throw Self.keyRequired()
    }
  }
}

/// A value that can stand in for itself when it is not revealed: every
/// identifying text reads as the marker given.
protocol Concealable {
  /// The value whose identifying texts all read `marker`.
  static func standIn(_ marker: String) -> Self
}
