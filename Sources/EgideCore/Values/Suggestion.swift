import Foundation

/// Text folding and "did you mean" suggestions shared by every parser.
public enum Suggestion {
  /// Lowercases, strips accents and trims and collapses spaces.
  public static func fold(_ text: String) -> String {
    // ASCII has no accent and one case mapping: fold it without the
    // round trip through NSString (most names, codes and keywords).
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var folded: [UInt8] = []
      folded.reserveCapacity(text.utf8.count)
      var pendingSpace = false
      for byte in text.utf8 {
        // The ASCII White_Space characters: tab to carriage return, space.
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          pendingSpace = !folded.isEmpty
          continue
        }
        if pendingSpace {
          folded.append(0x20)
          pendingSpace = false
        }
        folded.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
      }
      return String(decoding: folded, as: UTF8.self)
    }
    let stripped = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return stripped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The candidate closest to `input` by edit distance, if close enough.
  public static func closest(to input: String, in candidates: [String])
    -> String?
  {
    let target = fold(input)
    guard !target.isEmpty else { return nil }
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(target, fold(candidate))
      if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    if let (candidate, distance) = best, distance <= max(2, target.count / 3) {
      return candidate
    }
    return candidates.first { fold($0).hasPrefix(target) }
  }

  /// The standard message for a value outside a closed list.
  public static func unknownValueMessage(
    field: String, value: String, accepted: [String]
  ) -> String {
    var message =
      "unknown \(field) '\(value)'; accepted: "
      + accepted.joined(separator: ", ")
    if let suggestion = closest(to: value, in: accepted) {
      message += " (did you mean '\(suggestion)'?)"
    }
    return message
  }

  /// Edit distance between two strings, by characters: insertions,
  /// deletions, substitutions and swaps of two neighbours (`lsit` is one
  /// edit from `list`) each count one.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
