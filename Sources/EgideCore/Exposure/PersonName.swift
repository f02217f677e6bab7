/// A registered person's name split for matching: given names and surname,
/// folded.
///
/// The surname is the words written in capitals (`Valézane MIROLIN`,
/// `Anne-Claire DE LA VERNÈDE`), else the last word.
public struct PersonName: Hashable, Sendable {
  /// The folded given names, in order (`anne`, `claire`).
  public var givenNames: [String]
  /// The folded words of the surname, in order (`de`, `la`, `vernede`).
  public var surname: [String]

  /// Splits a name as the reporter typed it; `nil` when it has no word.
  public init?(_ name: String) {
    let words = NameFolding.words(of: name).filter {
      !Self.titles.contains($0.folded)
    }
    guard !words.isEmpty else { return nil }
    let capitals = words.indices.filter {
      words[$0].allCaps && words[$0].folded.count > 1
    }
    if let first = capitals.first, let last = capitals.last,
      capitals.count < words.count
    {
      surname = words[first...last].map(\.folded)
      givenNames = (words[..<first] + words[(last + 1)...]).map(\.folded)
    } else {
      surname = [words[words.count - 1].folded]
      givenNames = words.dropLast().map(\.folded)
    }
  }

  /// Every folded word of the name.
  public var allWords: Set<String> { Set(givenNames + surname) }

  /// The words a passage masks: every word of the name but particles
  /// (`de`, `la`…) and initials.
  public var maskedWords: Set<String> {
    allWords.subtracting(Self.particles).filter { $0.count > 1 }
  }

  /// Particles of surnames, folded.
  static let particles: Set<String> = [
    "de", "la", "le", "les", "du", "des", "d", "l", "van", "von", "der", "den",
    "y", "da", "di", "del",
  ]

  /// Civility titles, folded.
  static let titles: Set<String> = [
    "m", "mme", "mlle", "monsieur", "madame", "mademoiselle",
  ]
}
