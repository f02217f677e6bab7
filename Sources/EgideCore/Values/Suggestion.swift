import Foundation

/// Text folding and "did you mean" suggestions shared by every parser.
public enum Suggestion {
  /// Lowercases, strips accents and trims and collapses spaces.
  public static func fold(_ text: String) -> String {
    if let folded = foldedLatin(text) { return folded }
    let stripped = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return stripped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// ``fold(_:)`` of a text of ASCII and of the accented Latin-1 letters
  /// that fold to one ASCII letter (`é`, `À`, `ç`, `Ñ`…), computed without
  /// the round trip through NSString; nil for any other text.
  ///
  /// ASCII has no accent and one case mapping; each of those letters folds
  /// alone to the letter ``latinLetters`` holds, taken from Foundation's
  /// own folding of it, so the result is Foundation's (a test compares
  /// them on every such letter and on random texts). `replacing` turns
  /// the ASCII bytes it names into spaces first, as a caller's own
  /// replacements would.
  static func foldedLatin(
    _ text: String, replacing: (UInt8) -> Bool = { _ in false }
  )
    -> String?
  {
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var lead = false
    for var byte in text.utf8 {
      if lead {
        lead = false
        let letter = latinLetters[Int(byte & 0x3F)]
        guard letter != 0 else { return nil }
        byte = letter
      } else if byte == 0xC3 {
        lead = true
        continue
      } else if byte >= 0x80 {
        return nil
      } else if replacing(byte) {
        byte = 0x20
      }
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
    guard !lead else { return nil }
    return String(decoding: folded, as: UTF8.self)
  }

  /// For U+00C0 to U+00FF, the ASCII letter Foundation folds each to
  /// (case and diacritics), or 0 where it folds to anything else (`Æ`,
  /// `ß`, `×`, `Ø`…).
  static let latinLetters: [UInt8] = (0xC0...0xFF).map { value in
    guard let scalar = Unicode.Scalar(value) else { return 0 }
    let folded = Array(
      String(scalar).folding(
        options: [.diacriticInsensitive, .caseInsensitive], locale: nil
      ).utf8)
    guard folded.count == 1, (0x61...0x7A).contains(folded[0]) else {
      return 0
    }
    return folded[0]
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
