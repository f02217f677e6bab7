import Crypto
import EgideCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The secret that seals a registry's identities, kept outside the file.
///
/// One 256-bit random key; from it, through HKDF-SHA256 with distinct
/// labels, come the AES-256-GCM key that seals values, the HMAC key of the
/// blind index, and a check value the registry stores so that a wrong key
/// is recognised before it is used.
///
/// The key file is text: a header line, then the key in base64. It is
/// created with mode 0600 and never overwritten.
public struct RegistryKey: Sendable, Equatable {
  /// The 32 random bytes.
  let material: SymmetricKey

  static let header = "egide-registry-key-v1"

  /// Creates a new random key.
  public static func generate() -> RegistryKey {
    RegistryKey(material: SymmetricKey(size: .bits256))
  }

  /// A key from its 32 bytes.
  init(material: SymmetricKey) {
    self.material = material
    sealingKey = Self.derive(material, "egide seal v1")
    indexKey = Self.derive(material, "egide blind index v1")
  }

  /// A key from its 32 bytes.
  init(bytes: Data) throws(StoreError) {
    guard bytes.count == 32 else {
      throw StoreError(
        .wrongKey, "a registry key is 32 bytes; this one has \(bytes.count)")
    }
    self.init(material: SymmetricKey(data: bytes))
  }

  public static func == (lhs: RegistryKey, rhs: RegistryKey) -> Bool {
    lhs.material == rhs.material
  }

  /// The AES-256-GCM key that seals identity values (derived once).
  let sealingKey: SymmetricKey

  /// The HMAC-SHA256 key of the blind index (derived once).
  let indexKey: SymmetricKey

  /// The value a registry keeps to recognise its key (hex): an HMAC of a
  /// fixed label, which tells nothing about the key.
  public var check: String {
    hex(
      HMAC<SHA256>.authenticationCode(
        for: Data("egide key check v1".utf8),
        using: derived("egide key check v1")))
  }

  /// A short fingerprint to tell keys apart in messages: the first 16
  /// characters of ``check``.
  public var fingerprint: String { String(check.prefix(16)) }

  /// The keyed HMAC-SHA256 (hex) of a text: the blind index of a folded
  /// name or of an entity's lookup text.
  func blindIndex(of text: String) -> String {
    hex(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: indexKey))
  }

  private func derived(_ label: String) -> SymmetricKey {
    Self.derive(material, label)
  }

  private static func derive(_ material: SymmetricKey, _ label: String)
    -> SymmetricKey
  {
    HKDF<SHA256>.deriveKey(
      inputKeyMaterial: material, info: Data(label.utf8), outputByteCount: 32)
  }

  /// The bytes of the key, for wrapping.
  var bytes: Data { material.withUnsafeBytes { Data($0) } }

  /// The content of a key file.
  var fileText: String {
    "\(Self.header)\n\(bytes.base64EncodedString())\n"
  }

  /// Reads a key file.
  ///
  /// The file is opened without following a symbolic link, and what was
  /// opened is held to ``KeyFileTrust``'s rules before it is read.
  ///
  /// - Throws: ``StoreError`` `.keyMissing` if there is no file,
  ///   `.keyUntrusted` if it is a link, belongs to another user, may be
  ///   read by others or sits in a folder others can write, `.wrongKey` if
  ///   it is not a key file, `.io` if it cannot be read.
  public static func load(from path: String) throws(StoreError) -> RegistryKey {
    var link = stat()
    guard lstat(path, &link) == 0 else {
      throw StoreError(
        .keyMissing,
        "no registry key at \(path); set $EGIDE_KEY_FILE or key_file in the config to the key file made by 'egide init', or restore it with 'egide key restore'"
      )
    }
    if link.st_mode & S_IFMT == S_IFLNK {
      throw StoreError(
        .keyUntrusted,
        "the key file \(path) is a symbolic link; Égide reads a key only from the file itself: point $EGIDE_KEY_FILE or key_file at the file the link leads to, or move that file to \(path)"
      )
    }
    let descriptor = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw StoreError(
        .io,
        "cannot read the key file \(path): \(SystemError.describe(errno))")
    }
    defer { Glibc.close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw StoreError(
        .io,
        "cannot read the key file \(path): \(SystemError.describe(errno))")
    }
    try KeyFileTrust.checkFile(path, status: status)
    // A key file is two short lines: anything past 4 KiB is not one.
    var content = [UInt8](repeating: 0, count: 4096)
    var count = 0
    while count < content.count {
      let read = content.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return -1 }
        return Glibc.read(descriptor, base + count, buffer.count - count)
      }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { break }
      count += read
    }
    guard let text = String(validating: content[..<count], as: UTF8.self) else {
      throw StoreError(.io, "cannot read the key file \(path)")
    }
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    guard lines.count == 2, lines[0] == header,
      let bytes = Data(base64Encoded: lines[1])
    else {
      throw StoreError(
        .wrongKey,
        "\(path) is not an Égide key file (it should start with '\(header)')")
    }
    return try RegistryKey(bytes: bytes)
  }

  /// Writes the key to a new file with mode 0600; never replaces a file.
  ///
  /// The folder is held to ``KeyFileTrust``'s rules first: a key made in
  /// a folder others can write could be swapped by them.
  ///
  /// - Throws: ``StoreError`` `.alreadyExists` if a file (or a symbolic
  ///   link) is there, `.keyUntrusted` if the folder is another user's or
  ///   others can write it, `.io` if it cannot be written.
  public func write(to path: String) throws(StoreError) {
    try KeyFileTrust.checkFolder(of: path)
    let descriptor = Glibc.open(
      path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if descriptor < 0 {
      let code = errno
      if code == EEXIST {
        throw StoreError(
          .alreadyExists,
          "a file already exists at \(path); Égide never overwrites a key file: choose another path or move that file away yourself"
        )
      }
      throw StoreError(
        .io,
        "cannot create the key file \(path): \(SystemError.describe(code))"
      )
    }
    let bytes = Array(fileText.utf8)
    let written = bytes.withUnsafeBytes {
      Glibc.write(descriptor, $0.baseAddress, $0.count)
    }
    let synced = fsync(descriptor)
    Glibc.close(descriptor)
    guard written == bytes.count, synced == 0 else {
      unlink(path)
      throw StoreError(.io, "cannot write the key file \(path)")
    }
  }
}
