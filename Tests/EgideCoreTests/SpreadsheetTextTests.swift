import Foundation
import Testing

@testable import EgideCore

/// The rule that keeps every part of a CSV cell from running as a
/// formula, however a spreadsheet splits the line.
@Suite("Spreadsheet text")
struct SpreadsheetTextTests {
  @Test(
    "a part after a comma, semicolon, tab or line break that starts a formula gets an apostrophe",
    arguments: [
      ("harmless;=2+5", "harmless;'=2+5"),
      ("harmless,=2+5", "harmless,'=2+5"),
      ("a;+1;-2;@SUM(A1)", "a;'+1;'-2;'@SUM(A1)"),
      ("a\t=1", "a\t'=1"),
      ("ligne\n=1+1", "ligne\n'=1+1"),
      ("ligne\r\n=1+1", "ligne\r\n'=1+1"),
      ("a; =1", "a;' =1"),
      ("a;\"=1\"", "a;'\"=1\""),
      ("=1;=2", "'=1;'=2"),
    ])
  func defusesEveryPart(text: String, defused: String) {
    #expect(SpreadsheetText.defuse(text) == defused)
  }

  @Test(
    "text whose parts start no formula is left as it is",
    arguments: [
      "Menace de mort publiée sous une décision", "a;b,c", "2+5=7",
      "mail: x@y.fr", "", ";", "a;;b", "l'avocat",
    ])
  func leavesHarmlessText(text: String) {
    #expect(SpreadsheetText.defuse(text) == text)
  }

  @Test(
    "restoring gives back the text defusing was given, apostrophes included",
    arguments: [
      "harmless;=2+5", "'=déjà défusé", "''@compte", "a,'-1;''+2", "@compte",
      "x\t\t=1", "\r=1", "\"=1\"", "l'avocat;'lui'", "-", "'", "a;'",
    ])
  func roundTrips(text: String) {
    #expect(SpreadsheetText.restore(SpreadsheetText.defuse(text)) == text)
  }

  @Test("after defusing, no part of any split starts a formula")
  func noPartStartsAFormula() {
    let pieces = [
      "=", "+", "-", "@", "\t", "\r", "\n", ",", ";", "'", "\"", " ", "a",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let text = (0..<6).map { _ in
        pieces.randomElement(using: &generator) ?? "a"
      }.joined()
      let defused = SpreadsheetText.defuse(text)
      for separator in SpreadsheetText.separators {
        for part in defused.unicodeScalars.split(
          separator: separator, omittingEmptySubsequences: false)
        {
          let start = part.first { !" \"".unicodeScalars.contains($0) }
          #expect(
            start.map { !SpreadsheetText.formulaStarts.contains($0) } ?? true,
            "\(text.debugDescription) → \(defused.debugDescription)")
        }
      }
      #expect(SpreadsheetText.restore(defused) == text)
    }
  }
}
