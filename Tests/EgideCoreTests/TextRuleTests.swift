import Foundation
import Testing

@testable import EgideCore

/// Length limits on free text and the actor who signs changes.
@Suite("Text rules")
struct TextRuleTests {
  @Test("required text is trimmed and must not be empty")
  func required() throws {
    #expect(
      try TextRule.required("  bonjour \n", field: "note", limit: 10)
        == "bonjour")
    expectDomainError(.invalidValue, mentioning: ["note is empty"]) {
      try TextRule.required(" \n\t ", field: "note", limit: 10)
    }
  }

  @Test("the limit counts characters after trimming")
  func limit() throws {
    #expect(
      try TextRule.required(" ééééé ", field: "name", limit: 5) == "ééééé")
    expectDomainError(
      .unacceptableValue, mentioning: ["name is 6 characters", "at most 5"]
    ) {
      try TextRule.required("éééééé", field: "name", limit: 5)
    }
  }

  @Test("optional text gives nil when absent or blank")
  func optional() throws {
    #expect(try TextRule.optional(nil, field: "x", limit: 3) == nil)
    #expect(try TextRule.optional("   ", field: "x", limit: 3) == nil)
    #expect(try TextRule.optional(" ab ", field: "x", limit: 3) == "ab")
    expectDomainError(.unacceptableValue, mentioning: ["x"]) {
      try TextRule.optional("abcd", field: "x", limit: 3)
    }
  }

  @Test(
    "one-line texts refuse line breaks and control characters; long texts keep line breaks and tabs only"
  )
  func controlCharacters() throws {
    for text in ["a\nb", "a\rb", "a\u{1B}[2Kb", "a\u{2028}b", "a\u{0}b"] {
      expectDomainError(.invalidValue, mentioning: ["summary", "one line"]) {
        try TextRule.required(
          text, field: "summary", limit: TextRule.lineLimit)
      }
      expectDomainError(.invalidValue, mentioning: ["{purpose}"]) {
        try AccessEntry.purpose("routine " + text)
      }
    }
    #expect(
      try TextRule.required("a\tb", field: "summary", limit: TextRule.lineLimit)
        == "a\tb")
    #expect(
      try TextRule.required(
        "ligne 1\r\nligne 2\n\tsuite", field: "narrative",
        limit: TextRule.longLimit) == "ligne 1\nligne 2\n\tsuite")
    // A carriage return alone would let a note overwrite itself.
    expectDomainError(.invalidValue, mentioning: ["note", "U+000D"]) {
      try TextRule.required(
        "visible\rCACHÉ", field: "note", limit: TextRule.longLimit)
    }
    expectDomainError(.invalidValue, mentioning: ["narrative", "U+001B"]) {
      try TextRule.required(
        "ligne\u{1B}[1A", field: "narrative", limit: TextRule.longLimit)
    }
  }

  @Test("the limits are short 200, line 500, long 20 000")
  func limits() {
    #expect(TextRule.shortLimit == 200)
    #expect(TextRule.lineLimit == 500)
    #expect(TextRule.longLimit == 20_000)
  }

  @Test("an actor is one trimmed line of at most 200 characters")
  func actor() throws {
    #expect(try Actor.validate("  Délégué Alpha ") == "Délégué Alpha")
    expectDomainError(.invalidValue, mentioning: ["actor"]) {
      try Actor.validate("   ")
    }
    expectDomainError(.invalidValue, mentioning: ["actor", "one line"]) {
      try Actor.validate("Délégué\nAlpha")
    }
    expectDomainError(.unacceptableValue, mentioning: ["actor", "200"]) {
      try Actor.validate(String(repeating: "a", count: 201))
    }
  }

  @Test("a domain error shows its message as its description")
  func errorDescription() {
    let error = DomainError(.notFound, "no case 2026-0001")
    #expect(error.description == "no case 2026-0001")
    #expect("\(error)" == "no case 2026-0001")
    #expect(error == DomainError(.notFound, "no case 2026-0001"))
    #expect(error != DomainError(.invalidValue, "no case 2026-0001"))
  }
}
