import EgideTestSupport
import Foundation
import Testing

@testable import EgideCore

@Suite("Exposure scan in one pass: the same words and the same hits")
struct ExposureStreamTests {
  /// Pieces of text with what makes words hard to cut: accents, ligatures,
  /// combining marks, invisible characters, apostrophes, non-breaking
  /// spaces, digits, symbols.
  static let pieces = [
    "MIROLIN", "Valézane", "valezane", "Mme", "M.", "V.", "de la", "VERNÈDE",
    "Vernède", "Ve\u{0301}rne\u{0300}de", "Œuvre", "cœur", "ÆSIR", "l’arrêt",
    "d'appel", "Saint-Étienne", "N°", "24/01234", "1er", "½", "²", "Ⅻ",
    "MIRO\u{200B}LIN", "\u{200F}PRAT", "Odon", "PRAT", "rue", "Me",
    "Présidente :", "greffière", "\u{00A0}", " ", "\n", ", ", ".", "—", "«",
    "»", "😀", "ß", "İstanbul", "ǅemal", "Ǆ", "x\u{0301}", " \u{0301}a",
    "\r\n", "\r", "\u{2028}", "\u{0B}", "\u{85}", "a\u{200D}😀", "É.", "ÉLISE",
    "Éli-sa", "Ⅻe", "ⅻ", "\u{0301}", "Ǳ", "ǲ", "CŒUR", "Saint-Etienne",
    "ELISE", "arret", "Appel", "Demal", "\u{2029}", "\u{0C}", "\r\n\u{0301}",
  ]

  static func text(_ generator: inout SeededGenerator, pieces count: Int)
    -> String
  {
    var text = ""
    for _ in 0..<count {
      text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      if generator.next() % 3 == 0 { text += " " }
    }
    return text
  }

  @Test(
    "the registered words found in a text's bytes are exactly the registered ones among the words its full reading folds"
  )
  func sameWords() {
    var generator = SeededGenerator(state: 42)
    // The words of other random texts: most words the texts can hold.
    var registered: Set<String> = []
    for _ in 0..<40 {
      registered.formUnion(
        NameFolding.words(of: Self.text(&generator, pieces: 40)).map(\.folded))
    }
    registered.remove("")
    let spellings = registered.sorted()
    let words = RegisteredWords(spellings)
    var found = 0
    for round in 0..<300 {
      let text = Self.text(&generator, pieces: 1 + round % 60)
      let expected = Set(NameFolding.words(of: text).map(\.folded))
        .intersection(registered)
      found += expected.count
      #expect(
        Set(words.present(in: text).map { spellings[$0] }) == expected,
        "\(text.debugDescription)")
    }
    #expect(found > 1_000, "the random texts held too few registered words")
  }

  @Test(
    "the words read from the bytes are the words read character by character: fold, place, dot, case and line"
  )
  func sameWordsAndPlaces() {
    var generator = SeededGenerator(state: 2026)
    for round in 0..<400 {
      let text = Self.text(&generator, pieces: 1 + round % 70)
      let fast = NameFolding.words(of: text)
      let slow = NameFolding.wordsByCharacter(of: text)
      let differing = zip(fast, slow).first { $0 != $1 }
      #expect(
        fast == slow,
        "\(text.debugDescription): \(fast.count) vs \(slow.count) words; first difference \(differing.map { "\($0.0) vs \($0.1)" } ?? "none")"
      )
    }
  }

  @Test(
    "the lines read from the bytes are the lines cut character by character")
  func sameLines() {
    var generator = SeededGenerator(state: 1789)
    for round in 0..<400 {
      let text = Self.text(&generator, pieces: round % 70)
      #expect(
        NameFolding.lines(of: text) == NameFolding.linesByCharacter(of: text),
        "\(text.debugDescription)")
    }
  }

  /// The case number as the pattern reads it over the whole text: what
  /// ``DecisionReader/caseNumber(in:)`` reads from the first "RG" or
  /// "pourvoi" on.
  static func caseNumberOverWholeText(_ text: String) -> String? {
    let pattern =
      /(?i:\bRG\b|\bpourvoi\b)[\s:nN°º.]{0,8}((?:[A-Z]\s)?[0-9][0-9A-Z\/.\-]{2,}[0-9A-Z])/
    guard let match = text.firstMatch(of: pattern) else { return nil }
    return String(match.output.1).trimmingCharacters(in: .whitespaces)
  }

  @Test(
    "the case number read from the first RG or pourvoi on is the one the pattern finds in the whole text"
  )
  func sameCaseNumber() {
    let numbers = [
      "RG", "rg", "N° RG 24/01234", "RG n° 23/456", "Pourvoi n° K 25-12.345",
      "pourvoi", "POURVOI N°", "ORG", "orgue", "R\u{0301}G 22/333",
      "\u{0301}RG 21/4444", "é", "24/01234", "K 25-12.345", "N°", ":", "RGs",
      "pourvoir", "Pourvo", "x\u{0301}rg 19/222",
    ]
    var generator = SeededGenerator(state: 1793)
    var found = 0
    for round in 0..<500 {
      var text = ""
      for _ in 0..<(1 + round % 30) {
        let pieces = generator.next() % 2 == 0 ? numbers : Self.pieces
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
        if generator.next() % 2 == 0 { text += " " }
      }
      let expected = Self.caseNumberOverWholeText(text)
      if expected != nil { found += 1 }
      #expect(
        DecisionReader.caseNumber(in: text) == expected,
        "\(text.debugDescription)")
    }
    #expect(found > 50, "the random texts held too few case numbers to compare")
  }

  static let court = CourtDirectory.shared.court(code: "tj93008")

  static func persons() -> [TargetedPerson] {
    let names = [
      "Valézane MIROLIN", "Sidonie MIROLIN", "Anne-Claire DE LA VERNÈDE",
      "Odon PRAT", "Ysolde MARVANNE", "Ève ŒUVRE",
    ]
    return names.enumerated().compactMap { index, name in
      guard let court = Self.court else { return nil }
      return TargetedPerson(
        id: PersonID(index + 1), identity: PersonIdentity(name: name),
        role: index % 2 == 0 ? .judge : .clerk, function: nil, court: court,
        relatedTo: nil)
    }
  }

  @Test(
    "the one-pass scan finds the same hits as scanning person by person, on random decisions"
  )
  func sameHits() {
    var generator = SeededGenerator(state: 7)
    let persons = Self.persons()
    var decisions: [PublishedDecision] = []
    for round in 0..<120 {
      let heading = round % 3 == 0 ? "TRIBUNAL JUDICIAIRE DE BOBIGNY\n" : ""
      decisions.append(
        PublishedDecision(
          source: "d\(round).txt", court: round % 2 == 0 ? Self.court : nil,
          text: heading + Self.text(&generator, pieces: 20 + round % 80)))
    }
    let scanner = ExposureScanner(decisions: decisions)
    let one = persons.flatMap { scanner.hits(for: $0) }.sorted {
      ($0.decision, $0.person) < ($1.decision, $1.person)
    }
    let stream = ExposureScanner.scan(decisions, for: persons).sorted {
      ($0.decision, $0.person) < ($1.decision, $1.person)
    }
    #expect(!one.isEmpty)
    #expect(stream == one)
  }

  @Test(
    "the persons found from a text's bytes are the persons its one-pass words hold, on random texts"
  )
  func sameCandidatesFromBytes() throws {
    let court = try #require(Self.court)
    // Surnames of every shape the pieces can spell: accents precomposed
    // or combining, ligatures, particles, hyphens, capitals.
    let names = [
      "Valézane MIROLIN", "Anne-Claire DE LA VERNÈDE", "Odon PRAT",
      "Ève ŒUVRE", "Léa CŒUR", "Ali ÆSIR", "Paul SAINT-ÉTIENNE", "Ida ÉLISE",
      "Jan ÉLI-SA", "Eda ISTANBUL", "Ugo DEMAL", "Noé ARRÊT", "Max SS",
      "Ana APPEL", "Léo RUE",
    ]
    let persons = names.enumerated().map { index, name in
      TargetedPerson(
        id: PersonID(index + 1), identity: PersonIdentity(name: name),
        role: .judge, function: nil, court: court, relatedTo: nil)
    }
    let index = SurnameIndex(persons)
    var generator = SeededGenerator(state: 99)
    var found = 0
    for round in 0..<600 {
      let text = Self.text(&generator, pieces: 1 + round % 90)
      let expected = index.candidates(
        among: Set(NameFolding.words(of: text).map(\.folded)))
      found += expected.count
      #expect(
        index.candidates(in: text) == expected, "\(text.debugDescription)")
    }
    #expect(found > 100, "the random texts named too few persons to compare")
  }

  @Test("a surname with particles is found by its rarest word, never alone")
  func particles() {
    let persons = Self.persons()
    let index = SurnameIndex(persons)
    #expect(index.candidates(among: ["de", "la"]).isEmpty)
    #expect(index.candidates(among: ["vernede"]).isEmpty)
    #expect(index.candidates(among: ["de", "la", "vernede"]) == [2])
    #expect(index.candidates(among: ["mirolin"]) == [0, 1])
  }
}
