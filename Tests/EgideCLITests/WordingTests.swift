import EgideCore
import EgideReports
import EgideService
import Foundation
import Testing

@testable import EgideCLI

/// The words of the interface: which language, the French names of
/// values, French typography.
@Suite("Wording of the interface")
struct WordingTests {
  @Test("the locale decides as POSIX orders it: LC_ALL, LC_MESSAGES, LANG")
  func localeOrder() {
    func language(_ environment: [String: String]) -> ReportLanguage? {
      InterfaceLanguage.locale(environment: environment)
    }
    #expect(language(["LANG": "fr_FR.UTF-8"]) == .fr)
    #expect(language(["LANG": "fr"]) == .fr)
    #expect(language(["LANG": "fr_BE@euro"]) == .fr)
    #expect(language(["LANG": "en_GB.UTF-8"]) == .en)
    #expect(language(["LANG": "fr_FR.UTF-8", "LC_ALL": "C"]) == .en)
    #expect(language(["LANG": "C", "LC_MESSAGES": "fr_CA.UTF-8"]) == .fr)
    #expect(language(["LANG": "fr_FR.UTF-8", "LC_ALL": ""]) == .fr)
    #expect(language([:]) == nil)
  }

  @Test("--lang is found before -- only, and removed with its value")
  func languageArgument() {
    #expect(InterfaceLanguage.argument(in: ["list", "--lang", "fr"]) == "fr")
    #expect(InterfaceLanguage.argument(in: ["--lang=en", "list"]) == "en")
    #expect(
      InterfaceLanguage.argument(in: ["note", "--", "--lang", "fr"]) == nil)
    #expect(
      InterfaceLanguage.removingArgument(["--lang", "fr", "list", "--all"])
        == ["list", "--all"])
    #expect(
      InterfaceLanguage.removingArgument(["note", "--", "--lang", "fr"])
        == ["note", "--", "--lang", "fr"])
  }

  /// Every value type whose values users type or read.
  static let valueTypes: [any DomainValue.Type] = [
    IncidentKind.self, Channel.self, Role.self, StaffFunction.self,
    CaseStatus.self, Severity.self, RiskFactor.self, MeasureKind.self,
    MeasureStatus.self, EscalationLevel.self, ClosureReason.self,
    UserRole.self, NoticeChannel.self, NoticeDecision.self,
    NoticeStatus.self, OccultationOutcome.self, OccultationStatus.self,
    OccultationRelation.self,
  ]

  @Test(
    "every value has a French name, and no French name of a field reads as two values"
  )
  func everyValueIsNamed() {
    func check<Value: DomainValue>(_ type: Value.Type) {
      var seen: [String: String] = [:]
      for value in Value.allCases {
        let names = ValueNames.french(value)
        #expect(!names.isEmpty, "\(Value.fieldName) \(value.rawValue)")
        for name in names + [value.rawValue] {
          let folded = ValueNames.fold(name)
          if let other = seen[folded], other != value.rawValue {
            Issue.record(
              "\(Value.fieldName): '\(name)' names \(other) and \(value.rawValue)"
            )
          }
          seen[folded] = value.rawValue
          #expect((try? Value.typed(name)) == value, "\(name)")
        }
      }
    }
    for type in Self.valueTypes { check(type) }
  }

  @Test("French dates: 1er, month names, '21 h 40'; English keeps ISO")
  func frenchDates() throws {
    let display = Display(
      timeZone: try #require(TimeZone(identifier: "Europe/Paris")))
    let date = try #require(ISODate.date("2026-12-01T20:40:00Z"))
    let french = Typography(display: display, language: .fr)
    #expect(french.dateTime(date) == "1er décembre 2026 à 21 h 40")
    #expect(french.day(date) == "1er décembre 2026")
    #expect(french.shortDay(date) == "01/12/2026")
    let later = try #require(ISODate.date("2026-08-14T07:05:00Z"))
    #expect(french.dateTime(later) == "14 août 2026 à 9 h 05")
    let english = Typography(display: display, language: .en)
    #expect(english.dateTime(date) == "2026-12-01 21:40")
  }

  @Test(
    "French counts: narrow no-break space between thousands, plurals from 2")
  func frenchCounts() {
    #expect(Typography.number(12_345, language: .fr) == "12\u{202F}345")
    #expect(
      Typography.number(1_234_567, language: .fr) == "1\u{202F}234\u{202F}567")
    #expect(Typography.number(999, language: .fr) == "999")
    #expect(Typography.number(12_345, language: .en) == "12345")
    func measures(_ n: Int, _ language: ReportLanguage) -> String {
      Typography.count(
        n, "measure", "measures", fr: "mesure", "mesures", language: language)
    }
    #expect(measures(0, .fr) == "0 mesure")
    #expect(measures(1, .fr) == "1 mesure")
    #expect(measures(2, .fr) == "2 mesures")
    #expect(measures(0, .en) == "0 measures")
    #expect(measures(1, .en) == "1 measure")
  }

  @Test(
    "colours only on a terminal, never with NO_COLOR, TERM=dumb or --no-color")
  func colourSwitch() {
    func enabled(
      _ arguments: [String], _ environment: [String: String], _ terminal: Bool
    ) -> Bool {
      Colour.isEnabled(
        arguments: arguments, environment: environment, terminal: terminal)
    }
    #expect(enabled(["egide", "list"], [:], true))
    #expect(!enabled(["egide", "list"], [:], false))
    #expect(!enabled(["egide", "list"], ["NO_COLOR": "1"], true))
    #expect(enabled(["egide", "list"], ["NO_COLOR": ""], true))
    #expect(!enabled(["egide", "list"], ["TERM": "dumb"], true))
    #expect(!enabled(["egide", "list", "--no-color"], [:], true))
    #expect(enabled(["egide", "note", "--", "--no-color"], [:], true))
  }

  @Test("a swap of two neighbours is one edit: lsit suggests list")
  func transposition() {
    #expect(Suggestion.editDistance("lsit", "list") == 1)
    #expect(Suggestion.editDistance("list", "list") == 0)
    #expect(Suggestion.editDistance("abc", "") == 3)
    // The suggestion, quoted as the interface's language quotes it.
    let refusal = ArgumentWording.unknownCommand(
      ["lsit"], commands: ["init", "list"])
    #expect(
      refusal?.contains("'list'") == true
        || refusal?.contains("« list »") == true,
      "\(refusal ?? "")")
    #expect(ArgumentWording.unknownCommand(["list"], commands: ["list"]) == nil)
    #expect(
      ArgumentWording.unknownCommand(["--db", "x"], commands: ["list"]) == nil)
  }
}
