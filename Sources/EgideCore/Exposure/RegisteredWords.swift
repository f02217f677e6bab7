/// The words of the registered surnames, looked up in a text's bytes as
/// they are read: which of them a decision holds, without making a string
/// of every word it holds.
///
/// The text is cut into words and folded exactly as
/// ``NameFolding/words(of:)`` does (a test compares them): ASCII letters
/// and digits lowercased as read; a word with any other character folded
/// by ``NameFolding/fold(_:)``, once per spelling. Letters, digits,
/// combining marks and the invisible characters that ``NameFolding``
/// keeps inside a word continue a word; anything else ends it, and a mark
/// right after it belongs to it. A
/// plain ASCII word, most of a decision, is hashed as it is read and
/// looked up in an open-addressing table of the registered words; only a
/// hit is compared byte for byte. The table is bounded by the registry.
struct RegisteredWords: Sendable {
  /// The registered words, by number.
  private let spellings: [[UInt8]]
  /// The numbers of the registered words, by folded word.
  private let numbers: [String: Int]
  /// Open addressing on the FNV-1a hash of a word's bytes: the hash and
  /// the word's number, or -1 for an empty slot.
  private let hashes: [UInt64]
  private let slots: [Int]
  private let mask: Int

  /// The registered words, each numbered once.
  init(_ words: [String]) {
    var numbers: [String: Int] = [:]
    var spellings: [[UInt8]] = []
    for word in words where numbers[word] == nil {
      numbers[word] = spellings.count
      spellings.append(Array(word.utf8))
    }
    var capacity = 16
    while capacity < spellings.count * 4 { capacity <<= 1 }
    var hashes = [UInt64](repeating: 0, count: capacity)
    var slots = [Int](repeating: -1, count: capacity)
    for (number, spelling) in spellings.enumerated() {
      let hash = UTF8Scalar.hash(spelling)
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      hashes[slot] = hash
      slots[slot] = number
    }
    self.numbers = numbers
    self.spellings = spellings
    self.hashes = hashes
    self.slots = slots
    mask = capacity - 1
  }

  /// How many distinct words there are.
  var count: Int { spellings.count }

  /// The number of a folded word, if it is registered.
  func number(of word: String) -> Int? { numbers[word] }

  /// The number of the registered word whose bytes are `bytes` lowercased
  /// (ASCII), with their hash `hash`; nil when none is.
  private func lookUp(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64
  ) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 {
      if hashes[slot] == hash {
        let spelling = spellings[slots[slot]]
        if spelling.count == bytes.count
          && zip(spelling, bytes).allSatisfy({ $0 == Self.lowered($1) })
        {
          return slots[slot]
        }
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  /// The numbers of the registered words `text` holds.
  func present(in text: String) -> Set<Int> {
    guard !spellings.isEmpty else { return [] }
    var text = text
    return text.withUTF8 { bytes in present(in: bytes) }
  }

  private func present(in bytes: UnsafeBufferPointer<UInt8>) -> Set<Int> {
    var reading = Reading()
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
          if reading.start < 0 { reading.start = index }
          reading.hash = UTF8Scalar.hash(
            reading.hash, adding: Self.lowered(byte))
        default:
          finish(bytes, at: index, into: &reading)
        }
        index += 1
        continue
      }
      let (scalar, end) = UTF8Scalar.decode(bytes, at: index)
      if reading.start < 0
        ? NameFolding.startsWord(scalar) : NameFolding.continuesWord(scalar)
      {
        if reading.start < 0 { reading.start = index }
        reading.plain = false
        for next in index..<end {
          reading.hash = UTF8Scalar.hash(reading.hash, adding: bytes[next])
        }
      } else {
        finish(bytes, at: index, into: &reading)
      }
      index = end
    }
    finish(bytes, at: count, into: &reading)
    return reading.found
  }

  /// Where one text's reading stands: the word being read, and what has
  /// been found so far.
  private struct Reading {
    /// Where the word being read starts, or -1 between words.
    var start = -1
    /// The hash of its bytes so far, ASCII lowercased.
    var hash = UTF8Scalar.offsetBasis
    /// Whether it holds only ASCII letters and digits so far.
    var plain = true
    /// The numbers of the registered words read.
    var found: Set<Int> = []
    /// Words with other characters than ASCII letters and digits, by the
    /// hash of their bytes (ASCII lowercased): their spelling and the
    /// number of their fold, or -1.
    var folded: [UInt64: [([UInt8], Int)]] = [:]
  }

  /// Ends the word being read, if any, at `end`, and looks it up.
  private func finish(
    _ bytes: UnsafeBufferPointer<UInt8>, at end: Int,
    into reading: inout Reading
  ) {
    guard reading.start >= 0 else { return }
    let word = UnsafeBufferPointer(rebasing: bytes[reading.start..<end])
    let (hash, plain) = (reading.hash, reading.plain)
    reading.start = -1
    reading.hash = UTF8Scalar.offsetBasis
    reading.plain = true
    if plain {
      if let number = lookUp(word, hash: hash) { reading.found.insert(number) }
      return
    }
    let spelling = word.map(Self.lowered)
    if let known = reading.folded[hash]?.first(where: { $0.0 == spelling }) {
      if known.1 >= 0 { reading.found.insert(known.1) }
      return
    }
    let fold = NameFolding.fold(String(decoding: spelling, as: UTF8.self))
    let number = numbers[fold] ?? -1
    reading.folded[hash, default: []].append((spelling, number))
    if number >= 0 { reading.found.insert(number) }
  }
}
