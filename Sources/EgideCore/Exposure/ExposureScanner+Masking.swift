extension ExposureScanner {
  /// The hits with, in each passage, the names of every person found in
  /// the same decision masked too.
  ///
  /// A passage masks the name of its own person; a decision naming two
  /// registered persons on one line would otherwise show the second
  /// person's name in the first one's passage, beside the hit that marks
  /// the second as registered.
  public static func maskingEachOther(
    _ hits: [ExposureHit], names: [PersonID: String]
  ) -> [ExposureHit] {
    var wordsByDecision: [Int: Set<String>] = [:]
    for hit in hits {
      guard let name = names[hit.person].flatMap(PersonName.init) else {
        continue
      }
      wordsByDecision[hit.decision, default: []].formUnion(name.maskedWords)
    }
    return hits.map { hit in
      var hit = hit
      hit.maskedPassage = masking(
        wordsByDecision[hit.decision] ?? [], in: hit.maskedPassage)
      return hit
    }
  }

  /// `text` with each word whose folded form is in `words` replaced by
  /// `█████`.
  static func masking(_ words: Set<String>, in text: String) -> String {
    guard !words.isEmpty else { return text }
    return masking(
      NameFolding.words(of: text).filter { words.contains($0.folded) }.map(
        \.range), in: text, within: text.startIndex..<text.endIndex)
  }

  /// The part `within` of `text` with each of `ranges` (words, in order)
  /// replaced by `█████`, neighbours joined by a space, hyphen or dot
  /// masked as one.
  static func masking(
    _ ranges: [Range<String.Index>], in text: String,
    within part: Range<String.Index>
  ) -> String {
    var masked: [Range<String.Index>] = []
    for range in ranges {
      if let previous = masked.last,
        text[previous.upperBound..<range.lowerBound].allSatisfy({
          $0 == " " || $0 == "-" || $0 == "."
        })
      {
        masked[masked.count - 1] = previous.lowerBound..<range.upperBound
      } else {
        masked.append(range)
      }
    }
    var output = ""
    var cursor = part.lowerBound
    for range in masked {
      output += text[cursor..<range.lowerBound]
      output += "█████"
      cursor = range.upperBound
    }
    return output + text[cursor..<part.upperBound]
  }
}
