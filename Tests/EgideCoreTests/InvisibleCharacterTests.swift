import Testing

@testable import EgideCore

/// Direction controls and zero-width characters: refused in texts, folded
/// away in names.
@Suite("Invisible characters in texts and names")
struct InvisibleCharacterTests {
  static let invisible: [Unicode.Scalar] = [
    "\u{061C}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}",
    "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2060}",
    "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FEFF}",
  ]

  @Test(
    "every bidi control and zero-width character is refused in names and one-line texts, and all but joiners and marks in long texts"
  )
  func refusedEverywhere() throws {
    for scalar in Self.invisible {
      let text = "Valé" + String(Character(scalar)) + "zane"
      let code = InvisibleCharacter.code(scalar)
      let joinerOrMark = [0x061C, 0x200C, 0x200D, 0x200E, 0x200F].contains(
        scalar.value)
      if joinerOrMark {
        #expect(
          try TextRule.required(text, field: "récit", limit: TextRule.longLimit)
            == text, "\(code)")
      }
      for limit in [
        TextRule.shortLimit, TextRule.lineLimit, TextRule.longLimit,
      ] where !(joinerOrMark && limit == TextRule.longLimit) {
        expectDomainError(
          .invalidValue, mentioning: ["récit", code, "<\(code)>"]
        ) {
          try TextRule.required(text, field: "récit", limit: limit)
        }
      }
    }
  }

  @Test("a name folds the same with or without invisible characters")
  func foldedAway() {
    let plain = NameFolding.fold("Valézane MIROLIN")
    for scalar in Self.invisible {
      let name = "Valé" + String(Character(scalar)) + "zane MIROLIN"
      #expect(
        NameFolding.fold(name) == plain, "\(InvisibleCharacter.code(scalar))")
      #expect(NameFolding.foldedThroughFoundation(name) == plain)
      #expect(
        NameFolding.words(of: name).map(\.folded) == ["valezane", "mirolin"])
    }
  }

  @Test("the message shows at most 20 characters either side of the character")
  func excerptIsBounded() {
    let text =
      String(repeating: "a", count: 100) + "\u{202E}"
      + String(
        repeating: "b", count: 100)
    expectDomainError(
      .invalidValue,
      mentioning: ["'…" + String(repeating: "a", count: 20) + "<U+202E>"]
    ) {
      try TextRule.required(text, field: "summary", limit: TextRule.lineLimit)
    }
  }
}
