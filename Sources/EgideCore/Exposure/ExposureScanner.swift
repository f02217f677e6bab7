import Foundation

/// Finds registered persons named in published decisions.
///
/// Pure matching, no I/O. Build it once with the decisions, then ask for each person.
public struct ExposureScanner: Sendable {
  /// The decisions scanned, in order.
  public let decisions: [PublishedDecision]
  private let indexed: [IndexedDecision]

  /// Prepares the decisions for scanning.
  public init(decisions: [PublishedDecision]) {
    self.decisions = decisions
    self.indexed = decisions.map { IndexedDecision($0) }
  }

  /// The best hit of `person` in each decision that names them, in the
  /// order of the decisions.
  public func hits(for person: TargetedPerson) -> [ExposureHit] {
    guard let name = PersonName(person.identity.name) else { return [] }
    return indexed.indices.compactMap { index in
      indexed[index].bestHit(
        name: name, person: person, court: decisions[index].court,
        decisionIndex: index)
    }
  }

  /// Every hit of `persons` in `decisions`, by decision then person: the
  /// same hits as ``hits(for:)`` for each person, found in one pass over
  /// each decision.
  ///
  /// The persons are filed by surname once (``SurnameIndex``); each
  /// decision's folded words are read in one pass over its bytes
  /// (``SurnameIndex/candidates(in:)``), and only a decision that holds a registered
  /// surname is read in full, for the persons of those surnames alone. The
  /// time grows with the text and the hits, not with the number of
  /// persons times the number of decisions.
  public static func scan(
    _ decisions: [PublishedDecision], for persons: [TargetedPerson]
  ) -> [ExposureHit] {
    let index = SurnameIndex(persons)
    // Each decision is read alone, on every core at once; the hits are
    // gathered in the decisions' order.
    let found = Array(decisions.enumerated()).concurrentMap {
      position, decision in
      let candidates = index.candidates(in: decision.text)
      guard !candidates.isEmpty else { return [ExposureHit]() }
      let indexed = IndexedDecision(decision, indexed: false)
      return candidates.compactMap { candidate -> ExposureHit? in
        let person = persons[candidate]
        guard let name = PersonName(person.identity.name) else { return nil }
        return indexed.bestHit(
          name: name, person: person, court: decision.court,
          decisionIndex: position)
      }
    }
    return found.flatMap { $0 }
  }
}

/// A decision split into words, with its lines and where each word is.
private struct IndexedDecision: Sendable {
  let text: String
  let words: [NameFolding.Word]
  let lines: [Range<String.Index>]
  /// Per folded word, the positions where it stands: every word's, when
  /// the decision is asked about person after person; else filled for the
  /// first words of the surnames asked about, one pass over the words each.
  let positions: [String: [Int]]?
  /// The role labels read so far, by passage.
  let labels = LabelCache()
  /// The positions of the words asked about, when not indexed.
  let found = PositionCache()

  /// A decision read in full; its words indexed by position when
  /// `indexed` (for ``ExposureScanner/hits(for:)``, which asks about
  /// every registered person in turn).
  init(_ decision: PublishedDecision, indexed: Bool = true) {
    text = decision.text
    words = NameFolding.words(of: text)
    if indexed {
      var positions: [String: [Int]] = [:]
      for (index, word) in words.enumerated() {
        positions[word.folded, default: []].append(index)
      }
      self.positions = positions
    } else {
      positions = nil
    }
    lines = NameFolding.lines(of: text)
  }

  /// The best passage naming the person in this decision, with every
  /// mention counted; nil when none has enough evidence.
  func bestHit(
    name: PersonName, person: TargetedPerson, court: Court?,
    decisionIndex: Int
  ) -> ExposureHit? {
    var best: ExposureHit?
    var bestSpan = 0...0
    var mentions = 0
    for start in occurrences(of: name.surname) {
      // Every passage naming the person is a mention; only those with
      // enough evidence can be the hit.
      guard
        let (hit, span) = evaluate(
          surnameAt: start, name: name, person: person, court: court,
          decisionIndex: decisionIndex)
      else { continue }
      mentions += 1
      if hit.score >= 1, hit.score > best?.score ?? Int.min {
        best = hit
        bestSpan = span
      }
    }
    guard var best else { return nil }
    best.mentions = mentions
    // Masked once, for the passage kept.
    best.maskedPassage = maskedPassage(
      first: bestSpan.lowerBound, last: bestSpan.upperBound, name: name)
    return best
  }

  /// The word positions where `surname` starts, as whole words.
  func occurrences(of surname: [String]) -> [Int] {
    guard let first = surname.first else { return [] }
    return positions(of: first).filter { start in
      guard start + surname.count <= words.count else { return false }
      return surname.indices.allSatisfy {
        words[start + $0].folded == surname[$0]
      }
    }
  }

  /// The positions where the folded word `word` stands.
  func positions(of word: String) -> [Int] {
    if let positions { return positions[word] ?? [] }
    if let known = found.positions[word] { return known }
    let positions = words.indices.filter { words[$0].folded == word }
    found.positions[word] = positions
    return positions
  }

  static let streetWords: Set<String> = [
    "rue", "avenue", "av", "boulevard", "bd", "place", "allee", "impasse",
    "quai", "chemin", "square", "route", "passage", "residence", "lotissement",
  ]
  static let particles = PersonName.particles
  static let lawyerWords: Set<String> = ["me", "maitre", "avocat", "avocate"]

  /// The passage naming the person with the surname at `start`, scored,
  /// or `nil` when the context shows it is someone or something else (a
  /// homonym with another first name, a street, a lawyer).
  ///
  /// A passage is never of high confidence unless the decision was
  /// rendered by the person's court or a court of its ressort: elsewhere,
  /// or when the court is not certain, a shared name is not enough.
  func evaluate(
    surnameAt start: Int, name: PersonName, person: TargetedPerson,
    court: Court?, decisionIndex: Int
  ) -> (ExposureHit, ClosedRange<Int>)? {
    let end = start + name.surname.count
    var score = 0
    var reasons: [String] = []
    var first = start
    var last = end - 1
    // Given names before (Valézane MIROLIN) or after (MIROLIN Valézane).
    let given = name.givenNames
    if !given.isEmpty, start >= given.count,
      words[(start - given.count)..<start].map(\.folded) == given
    {
      first = start - given.count
      score += 3
      reasons.append("full name")
    } else if !given.isEmpty, end + given.count <= words.count,
      words[end..<(end + given.count)].map(\.folded) == given,
      words[end].line == words[start].line
    {
      last = end + given.count - 1
      score += 3
      reasons.append("full name (surname first)")
    } else {
      var initials: [NameFolding.Word] = []
      var cursor = start - 1
      while cursor >= 0, words[cursor].dotted, words[cursor].folded.count == 1,
        !PersonName.titles.contains(words[cursor].folded), initials.count < 3
      {
        initials.insert(words[cursor], at: 0)
        cursor -= 1
      }
      if let initial = initials.first {
        guard let givenFirst = given.first,
          initial.folded.first == givenFirst.first
        else { return nil }
        first = start - initials.count
        score += 2
        reasons.append("initial and surname")
      } else if start > 0, words[start - 1].capitalized,
        words[start - 1].line == words[start].line,
        !PersonName.titles.contains(words[start - 1].folded),
        !Self.lawyerWords.contains(words[start - 1].folded),
        RoleLabel.last(in: words[start - 1].folded) == nil,
        words[start - 1].folded.count > 1,
        !words[start - 1].folded.allSatisfy(\.isNumber)
      {
        // Another first name: a homonym, not this person.
        return nil
      }
    }
    let before = (max(0, first - 3)..<first).map { words[$0] }.filter {
      $0.line == words[start].line
    }
    if before.contains(where: { Self.streetWords.contains($0.folded) }) {
      return nil
    }
    if let previous = before.last, Self.lawyerWords.contains(previous.folded),
      previous.capitalized
    {
      return nil
    }
    if let previous = before.last, PersonName.titles.contains(previous.folded) {
      score += 1
      reasons.append("civility title")
    }
    let (labelScore, labelReason) = roleEvidence(
      first: first, last: last, person: person)
    score += labelScore
    if let labelReason { reasons.append(labelReason) }
    var highest = ExposureConfidence.high
    if let court {
      if court.code == person.court.code {
        score += 2
        reasons.append("decision of the person's court (\(court.name))")
      } else if court.appealCourtCode != nil,
        court.appealCourtCode == person.court.appealCourtCode
      {
        score += 1
        reasons.append(
          "decision of a court of the same district (\(court.name))")
      } else {
        score -= 1
        highest = .medium
        reasons.append(
          "decision of another court (\(court.name)), outside the person's court and ressort"
        )
      }
    } else {
      highest = .medium
      reasons.append("court of the decision not certain")
    }
    return (
      ExposureHit(
        person: person.id, decision: decisionIndex, maskedPassage: "",
        confidence: min(.of(score: score), highest), reasons: reasons,
        score: score, mentions: 1),
      first...last
    )
  }

  /// The points and the reason that a role label next to the name gives.
  private func roleEvidence(first: Int, last: Int, person: TargetedPerson)
    -> (Int, String?)
  {
    // The label depends on the passage alone, not on the person: read once
    // for the persons who share a surname.
    let key = first &* 1_000_003 &+ last
    let label: RoleLabel?
    if let known = labels.found[key] {
      label = known
    } else {
      label = roleLabel(first: first, last: last)
      labels.found[key] = .some(label)
    }
    guard let label, person.role != .family else { return (0, nil) }
    guard label.role == person.role else {
      return (
        0, "named as \(label.phrase), registered as \(person.role.rawValue)"
      )
    }
    if let function = label.function, function == person.function,
      function != .juge
    {
      return (3, "role and function named next to the name (\(label.phrase))")
    }
    return (2, "role named next to the name (\(label.phrase))")
  }

  /// The role label next to the passage from word `first` to word `last`:
  /// before it on its line, after it, or alone on the line above.
  private func roleLabel(first: Int, last: Int) -> RoleLabel? {
    let line = lines[words[first].line]
    // The end of a long line is enough: the label is at most 80 folded
    // characters before the name.
    var prefix = NameFolding.fold(
      String(
        text[line.lowerBound..<words[first].range.lowerBound].suffix(400)))
    prefix = String(prefix.suffix(80))
    var label = RoleLabel.last(in: prefix)
    if label == nil {
      // The name may run onto the next line ("Mme Valézane" / "MIROLIN"):
      // what follows it is on the line of its last word.
      let after = text[
        words[last].range.upperBound..<lines[words[last].line].upperBound]
      let suffix = NameFolding.fold(String(after.prefix(40)))
      label = RoleLabel.first(in: suffix)
    }
    if label == nil,
      RoleLabel.split(prefix).allSatisfy(PersonName.titles.contains),
      words[first].line > 0
    {
      var previous = words[first].line - 1
      while previous > 0, text[lines[previous]].allSatisfy(\.isWhitespace) {
        previous -= 1
      }
      label = RoleLabel.last(
        in: NameFolding.fold(String(text[lines[previous]])))
    }
    return label
  }

  /// The line of the hit, every word of the person's name masked.
  private func maskedPassage(first: Int, last: Int, name: PersonName)
    -> String
  {
    let lineIndex = words[first].line
    let line = lines[lineIndex]
    let nameWords = name.maskedWords
    // The words of the line only: words are in order, so the line's are
    // the run around `first`.
    var low = first
    while low > 0, words[low - 1].line == lineIndex { low -= 1 }
    var high = first
    while high + 1 < words.count, words[high + 1].line == lineIndex {
      high += 1
    }
    let output = ExposureScanner.masking(
      (low...high).filter { index in
        (first...last).contains(index)
          || nameWords.contains(words[index].folded)
      }.map { words[$0].range }, in: text, within: line)
    let trimmed = output.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    guard trimmed.count > 160, let mark = trimmed.range(of: "█████") else {
      return trimmed
    }
    let start =
      trimmed.index(
        mark.lowerBound, offsetBy: -70, limitedBy: trimmed.startIndex)
      ?? trimmed.startIndex
    let end =
      trimmed.index(mark.upperBound, offsetBy: 70, limitedBy: trimmed.endIndex)
      ?? trimmed.endIndex
    return (start == trimmed.startIndex ? "" : "…")
      + trimmed[start..<end] + (end == trimmed.endIndex ? "" : "…")
  }
}

/// The role labels an ``IndexedDecision`` has read, by passage: filled as
/// the persons of one decision are evaluated, in turn, on one thread.
private final class LabelCache: @unchecked Sendable {
  var found: [Int: RoleLabel?] = [:]
}

/// The positions of the words an ``IndexedDecision`` not indexed has been
/// asked about: filled as the persons of one decision are evaluated, in
/// turn, on one thread.
private final class PositionCache: @unchecked Sendable {
  var positions: [String: [Int]] = [:]
}
