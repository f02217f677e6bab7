/// The folded words of a text, as a set, read in one pass over its UTF-8
/// bytes: the quick test of whether a decision can name a registered
/// person at all, before the full reading of ``NameFolding/words(of:)``.
///
/// It gives the same set as `Set(NameFolding.words(of: text).map(\.folded))`
/// (a test compares them): ASCII letters and digits are lowercased as they
/// are read; a word holding any other character is folded by
/// ``NameFolding/fold(_:)`` itself, once per distinct spelling. Letters,
/// digits, combining marks and the invisible characters that
/// ``NameFolding`` keeps inside a word continue a word; anything else ends
/// it, and a mark right after it belongs to it.
public enum FoldedTokens {
  /// The distinct folded words of `text`.
  public static func of(_ text: String) -> Set<String> {
    var text = text
    return text.withUTF8 { bytes in read(bytes) }
  }

  private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
    var words: Set<String> = []
    var folds: [String: String] = [:]
    var word: [UInt8] = []
    var plain = true
    word.reserveCapacity(64)
    // The spellings already read, by a hash of their bytes: a decision
    // repeats its words, and a word seen once is not made a string again.
    var spellings: [UInt64: [[UInt8]]] = [:]
    func finish() {
      guard !word.isEmpty else { return }
      var hash: UInt64 = plain ? 0xCBF2_9CE4_8422_2325 : 0x8422_2325_CBF2_9CE4
      for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
      if let known = spellings[hash], known.contains(word) {
        word.removeAll(keepingCapacity: true)
        plain = true
        return
      }
      spellings[hash, default: []].append(word)
      if plain {
        words.insert(String(decoding: word, as: UTF8.self))
      } else {
        let original = String(decoding: word, as: UTF8.self)
        if let folded = folds[original] {
          words.insert(folded)
        } else {
          let folded = NameFolding.fold(original)
          folds[original] = folded
          if !folded.isEmpty { words.insert(folded) }
        }
      }
      word.removeAll(keepingCapacity: true)
      plain = true
    }
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        switch byte {
        case 0x41...0x5A: word.append(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: word.append(byte)
        default: finish()
        }
        index += 1
        continue
      }
      let length =
        byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
      let end = min(index + length, count)
      var value =
        UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for next in (index + 1)..<end {
        value = value << 6 | UInt32(bytes[next] & 0x3F)
      }
      if let scalar = Unicode.Scalar(value),
        word.isEmpty
          ? NameFolding.startsWord(scalar) : NameFolding.continuesWord(scalar)
      {
        if plain {
          // The lowercased ASCII so far is its own fold; keep the raw
          // bytes from here for the fold of the whole word.
          plain = false
        }
        word.append(contentsOf: bytes[index..<end])
      } else {
        finish()
      }
      index = end
    }
    finish()
    return words
  }
}
