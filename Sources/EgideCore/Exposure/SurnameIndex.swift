/// The registered persons by the words of their surnames: which of them a
/// decision can name at all, found from the decision's folded words alone.
///
/// A person can only be found where every word of their surname appears
/// (``ExposureScanner`` looks for the surname, word for word), so each
/// person is filed under the rarest-looking word of their surname (the
/// longest that is not a particle) and kept as a candidate only when the
/// others are there too. The index holds the registry's names, never a
/// decision: its size is bounded by the registry, whatever is scanned.
public struct SurnameIndex: Sendable {
  private let surnames: [[String]]
  private let byWord: [String: [Int]]
  /// Every word of every surname, numbered, for ``candidates(in:)``.
  private let words: RegisteredWords
  /// Per person, the numbers of the words of their surname.
  private let surnameWords: [[Int]]
  /// Per word number, the persons filed under that word.
  private let filedUnder: [[Int]]

  /// Files each of `persons` under its surname; a person whose name has no
  /// word is left out.
  public init(_ persons: [TargetedPerson]) {
    var surnames: [[String]] = []
    var byWord: [String: [Int]] = [:]
    for (index, person) in persons.enumerated() {
      let surname = PersonName(person.identity.name)?.surname ?? []
      surnames.append(surname)
      let words = surname.filter { !PersonName.particles.contains($0) }
      guard
        let key = (words.isEmpty ? surname : words).max(by: {
          $0.count < $1.count
        })
      else { continue }
      byWord[key, default: []].append(index)
    }
    self.surnames = surnames
    self.byWord = byWord
    let words = RegisteredWords(surnames.flatMap { $0 })
    self.words = words
    surnameWords = surnames.map { $0.compactMap(words.number(of:)) }
    var filedUnder = [[Int]](repeating: [], count: words.count)
    for (word, indices) in byWord {
      if let number = words.number(of: word) { filedUnder[number] = indices }
    }
    self.filedUnder = filedUnder
  }

  /// The positions of the persons whose whole surname is among the words
  /// of `text`, in order: the same as ``candidates(among:)`` given
  /// the folded words of the text (a test compares them), found in
  /// one pass over its bytes that looks each word up among the registered
  /// ones instead of gathering every word of the text.
  public func candidates(in text: String) -> [Int] {
    let present = words.present(in: text)
    guard !present.isEmpty else { return [] }
    var found: [Int] = []
    for number in present {
      for index in filedUnder[number]
      where surnameWords[index].count == surnames[index].count
        && surnameWords[index].allSatisfy(present.contains)
      {
        found.append(index)
      }
    }
    return found.sorted()
  }

  /// The positions, in the list the index was built from, of the persons
  /// whose whole surname is among `words`, in order.
  public func candidates(among words: Set<String>) -> [Int] {
    var found: [Int] = []
    if words.count < byWord.count {
      for word in words {
        for index in byWord[word] ?? [] where Self.holds(words, surnames[index])
        {
          found.append(index)
        }
      }
    } else {
      for (word, indices) in byWord where words.contains(word) {
        for index in indices where Self.holds(words, surnames[index]) {
          found.append(index)
        }
      }
    }
    return found.sorted()
  }

  private static func holds(_ words: Set<String>, _ surname: [String]) -> Bool {
    surname.allSatisfy(words.contains)
  }
}
