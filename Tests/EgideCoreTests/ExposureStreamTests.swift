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
    "Éli-sa", "Ⅻe", "ⅻ", "\u{0301}", "Ǳ", "ǲ",
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
    "the one-pass words of a text are exactly the words the full reading folds"
  )
  func sameWords() {
    var generator = SeededGenerator(state: 42)
    for round in 0..<300 {
      let text = Self.text(&generator, pieces: 1 + round % 60)
      let expected = Set(NameFolding.words(of: text).map(\.folded)).subtracting(
        [""])
      #expect(FoldedTokens.of(text) == expected, "\(text.debugDescription)")
    }
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
