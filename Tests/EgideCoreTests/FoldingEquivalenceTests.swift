import Foundation
import PropertyBased
import Testing

@testable import EgideCore

/// The folds behind the blind index and every "did you mean", and the
/// trimming of every value, must not change when they skip Foundation: a
/// name folded otherwise would no longer find its registered person.
@Suite("Folding and trimming without Foundation")
struct FoldingEquivalenceTests {
  /// Names as people type them: accents precomposed or combining,
  /// ligatures, separators, spaces of every kind, capitals.
  static let namePieces: [String] = [
    "a", "E", "é", "É", "e\u{301}", "-\u{301}", ".\u{308}", "œ", "Œ", "æ",
    "Æ", "ß", "ï", "Ç", "ñ", "-", "‐", "–", "—", "’", "'", ".", " ", "  ",
    "\t", "\n", "\r\n", "\u{A0}", "\u{2009}", "\u{85}", "\u{1F}", "\u{0}",
    "MIROLIN", "Valézane", "d'", "Saint-", "J.", "ﬀ", "İ", "Σ", "٣", "🛡️",
    "ÀÉÎÕÜÇÑÝ", "àéîõüçñýÿ", "Ø", "ð", "Þ", "×", "VERNÈDE",
  ]

  static let names = Gen<String?>.element(of: namePieces).array(of: 0...10)
    .map { $0.compactMap { $0 }.joined() }

  static let texts = Gen<String>.oneOf(
    names, names, Gen.latin1.string(of: 0...24),
    Gen<Character>.character(in: "\u{0}"..."\u{2FFF}").string(of: 0...16))

  /// A text folded by Foundation's case and accent folding, its spaces
  /// collapsed: what ``Suggestion/fold(_:)`` must give.
  static func foundationFold(_ text: String) -> String {
    text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil
    ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test("a name folds as Foundation's replacements and folding fold it")
  func nameFoldMatchesFoundation() async {
    await propertyCheck(count: 2_000, input: Self.texts) { text in
      #expect(
        NameFolding.fold(text) == NameFolding.foldedThroughFoundation(text),
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test("any text folds as Foundation's case and accent folding folds it")
  func suggestionFoldMatchesFoundation() async {
    await propertyCheck(count: 2_000, input: Self.texts) { text in
      let reference = Self.foundationFold(text)
      #expect(
        Suggestion.fold(text) == reference,
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test("every ASCII character folds as Foundation folds it")
  func everyASCIICharacter() {
    for value in 0..<128 {
      let text = "A\(Character(Unicode.Scalar(UInt8(value))))b Z"
      let reference = Self.foundationFold(text)
      #expect(Suggestion.fold(text) == reference, "character \(value)")
      #expect(
        NameFolding.fold(text) == NameFolding.foldedThroughFoundation(text),
        "character \(value)")
    }
  }

  @Test(
    "every Latin-1 character, alone and beside each other, folds as Foundation folds it"
  )
  func everyLatin1Character() {
    let latin = (0xA0...0xFF).compactMap(Unicode.Scalar.init).map(
      Character.init)
    func expectFoundation(_ text: String) {
      let reference = Self.foundationFold(text)
      #expect(Suggestion.fold(text) == reference, "\(text.debugDescription)")
      #expect(
        NameFolding.fold(text) == NameFolding.foldedThroughFoundation(text),
        "\(text.debugDescription)")
    }
    for first in latin {
      expectFoundation("Ab\(first)-z")
      for second in latin { expectFoundation("\(first)\(second)'. \(first)") }
    }
    // The letters French writes fold without Foundation.
    for letter in "àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ" {
      #expect(Suggestion.foldedLatin(String(letter)) != nil, "\(letter)")
    }
  }

  /// The two trimmings, each beside the Foundation set it stands for.
  enum Trimming: String, CaseIterable, Sendable {
    case spacesAndLineBreaks, spaces

    /// What Égide gives.
    func ours(_ text: String) -> String {
      switch self {
      case .spacesAndLineBreaks: text.trimmingWhitespaceAndNewlines()
      case .spaces: text.trimmingWhitespace()
      }
    }

    /// What Foundation gives.
    func foundation(_ text: String) -> String {
      switch self {
      case .spacesAndLineBreaks:
        text.trimmingCharacters(in: .whitespacesAndNewlines)
      case .spaces: text.trimmingCharacters(in: .whitespaces)
      }
    }
  }

  @Test(
    "any text trims as Foundation trims it", arguments: Trimming.allCases)
  func trimmingMatchesFoundation(_ trimming: Trimming) async {
    let padded = Gen<String>.oneOf(Self.texts, Self.names).map {
      "\u{A0}\u{2003} \n\t" + $0 + "\u{2029}\u{200B}\t\u{85}\u{3000}"
    }
    await propertyCheck(
      count: 2_000, input: Gen<String>.oneOf(Self.texts, padded)
    ) { text in
      #expect(
        trimming.ours(text) == trimming.foundation(text),
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test(
    "every scalar is trimmed exactly when Foundation trims it",
    arguments: Trimming.allCases)
  func everyScalarTrimsAsFoundation(_ trimming: Trimming) {
    var differences: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a\(Character(scalar))"
      if trimming.ours(text) != trimming.foundation(text) {
        differences.append(String(value, radix: 16))
      }
    }
    #expect(differences.isEmpty, "\(differences.prefix(20))")
  }
}
