import Foundation

/// The Unicode scalars of UTF-8 bytes, decoded as they are read: an
/// import file is read from its bytes without a copy as a `String`.
///
/// Decoding stops at the first byte sequence that is not UTF-8, and
/// ``failed`` then says so.
struct UTF8Scalars: IteratorProtocol {
  private var bytes: Slice<UnsafeRawBufferPointer>.Iterator
  private var decoder = Unicode.UTF8()
  /// Whether decoding stopped on bytes that are not UTF-8.
  private(set) var failed = false

  /// The scalars of `bytes`.
  init(_ bytes: Slice<UnsafeRawBufferPointer>) {
    self.bytes = bytes.makeIterator()
  }

  mutating func next() -> Unicode.Scalar? {
    guard !failed else { return nil }
    switch decoder.decode(&bytes) {
    case .scalarValue(let scalar): return scalar
    case .emptyInput: return nil
    case .error:
      failed = true
      return nil
    }
  }
}
