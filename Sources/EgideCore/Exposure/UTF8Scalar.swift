/// Reading a text's UTF-8 bytes one scalar at a time, and hashing a
/// word's bytes: shared by the readers that cut a decision into words
/// without making a string of each (``WordReader``, ``RegisteredWords``).
enum UTF8Scalar {
  /// The scalar whose lead byte (not ASCII) is at `index`, and where the
  /// next scalar starts.
  ///
  /// The bytes are a Swift string's, so valid UTF-8.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (scalar: Unicode.Scalar, end: Int)
  {
    let byte = bytes[index]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    let end = min(index + length, bytes.count)
    var value =
      UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for next in (index + 1)..<end {
      value = value << 6 | UInt32(bytes[next] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", end)
  }

  /// FNV-1a's offset basis and prime (64 bits).
  static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
  static let prime: UInt64 = 0x0100_0000_01B3

  /// `hash` with `byte` added (FNV-1a).
  @inline(__always)
  static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  /// The FNV-1a hash of `bytes`.
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.reduce(offsetBasis, hash(_:adding:))
  }
}
