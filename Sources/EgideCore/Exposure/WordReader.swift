/// Reads the words of a text from its UTF-8 bytes, for
/// ``NameFolding/words(of:)``: an ASCII word folded as it is read, a word
/// holding another character folded once per spelling, and the line of
/// each.
///
/// Its state is a value the loop owns, not variables a closure captures,
/// so that reading a byte touches no shared box.
struct WordReader {
  private let text: String
  private let bytes: UnsafeBufferPointer<UInt8>
  private var words: [NameFolding.Word] = []
  private var line = 0
  /// Where the word being read starts, or -1 between words.
  private var start = -1
  /// Whether the word holds only ASCII letters and digits so far.
  private var plain = true
  /// Its bytes lowercased, while it is plain.
  private var folded: [UInt8] = []
  /// Whether its first letter is a capital; its letters and capitals.
  private var capitalizedFirst = false
  private var letters = 0
  private var capitals = 0
  /// The words with other characters, by the FNV-1a hash of their bytes:
  /// their bytes, fold and case, read once per spelling.
  private var folds:
    [UInt64: [(
      bytes: [UInt8], folded: String, capitalized: Bool, allCaps: Bool
    )]] =
      [:]

  /// A reader of `text`, whose UTF-8 bytes are `bytes`.
  init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
    self.text = text
    self.bytes = bytes
    folded.reserveCapacity(64)
  }

  /// The words, in order.
  mutating func read() -> [NameFolding.Word] {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        let isUpper = byte >= 0x41 && byte <= 0x5A
        let isLower = byte >= 0x61 && byte <= 0x7A
        if isUpper || isLower || (byte >= 0x30 && byte <= 0x39) {
          if start < 0 {
            start = index
            plain = true
            folded.removeAll(keepingCapacity: true)
            capitalizedFirst = isUpper
            letters = 0
            capitals = 0
          }
          folded.append(isUpper ? byte + 0x20 : byte)
          if isUpper || isLower {
            letters += 1
            if isUpper { capitals += 1 }
          }
        } else {
          finish(at: index)
          if byte == 0x0A || byte == 0x0B || byte == 0x0C {
            line += 1
          } else if byte == 0x0D {
            line += 1
            if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
          }
        }
        index += 1
        continue
      }
      // A scalar of 2 to 4 bytes.
      let (scalar, end) = UTF8Scalar.decode(bytes, at: index)
      if start >= 0
        ? NameFolding.continuesWord(scalar) : NameFolding.startsWord(scalar)
      {
        if start < 0 { start = index }
        plain = false
      } else {
        finish(at: index)
        if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
          line += 1
        }
      }
      index = end
    }
    finish(at: count)
    return words
  }

  /// The index of the text at byte `offset`.
  private func index(_ offset: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }

  /// Ends the word being read, if any, at byte `end`.
  private mutating func finish(at end: Int) {
    guard start >= 0 else { return }
    let range = index(start)..<index(end)
    let wordStart = start
    start = -1
    // A dot as a whole character: a mark after it makes it another.
    let dotted =
      end < bytes.count && bytes[end] == 0x2E && text[range.upperBound] == "."
    if plain {
      words.append(
        NameFolding.Word(
          folded: String(decoding: folded, as: UTF8.self), range: range,
          dotted: dotted, capitalized: capitalizedFirst,
          allCaps: letters > 0 && letters == capitals, line: line))
      return
    }
    let spelling = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
    let hash = UTF8Scalar.hash(spelling)
    let read: (folded: String, capitalized: Bool, allCaps: Bool)
    if let known = folds[hash]?.first(where: {
      $0.bytes.elementsEqual(spelling)
    }) {
      read = (known.folded, known.capitalized, known.allCaps)
    } else {
      let original = text[range]
      let letters = original.filter(\.isLetter)
      read = (
        NameFolding.fold(String(original)),
        original.first?.isUppercase ?? false,
        !letters.isEmpty && letters.allSatisfy(\.isUppercase)
      )
      folds[hash, default: []].append(
        (Array(spelling), read.folded, read.capitalized, read.allCaps))
    }
    words.append(
      NameFolding.Word(
        folded: read.folded, range: range, dotted: dotted,
        capitalized: read.capitalized, allCaps: read.allCaps, line: line))
  }
}
