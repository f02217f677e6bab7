import Foundation
import PropertyBased
import Testing

@testable import EgideCore

/// Strings for parsers: pieces of valid input glued at random (so that
/// some are accepted and many are near misses), arbitrary Unicode, and
/// control characters.
enum ArbitraryText {
  static let pieces: [String] = [
    "2026", "1899", "9999", "10000", "-", "/", "11", "20", "02", "29", "31",
    "00", "13", "T", " ", "  ", ":", "Z", "+", "-01:00", "+14:00", "h",
    "21h40", "é", "É", "tj93008", "TJ93008", "ca_paris", "Bobigny", "TJ ",
    "Paris", "Cour d'appel de ", "Tribunal judiciaire de ", "la ", "Le Havre",
    "Saint-", "’", "'", "\"", ";", ",", "P", "p", "M-", "E", "N", "OC-",
    "000012", "0", "42", "99999999999999999999", "threat", "in place",
    "in_place", "JUDGE", "social-network", "Social Network", "٣", "٢٠٢٦",
    "Ⅻ", "e\u{301}", "🛡️", "\u{200B}", "\u{FEFF}", "\n", "\r\n", "\t",
    "\u{0}", "\u{1B}[31m", "\u{2028}",
  ]

  /// Glued pieces of valid input.
  static let glued = Gen<String?>.element(of: pieces).array(of: 0...8).map {
    $0.compactMap { $0 }.joined()
  }

  /// Any scalar below the surrogates, control characters included.
  static let unicode = Gen<Character>.character(in: "\u{0}"..."\u{D7FF}")
    .string(of: 0...24)

  /// Printable ASCII and Latin-1, as typed on a keyboard.
  static let latin1 = Gen.latin1.string(of: 0...24)

  static let any = Gen<String>.oneOf(glued, glued, unicode, latin1)
}

/// Checks a refusal is a message a user can read on one line.
func expectOneLineRefusal(
  _ error: DomainError, input: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let message = error.message.trimmingCharacters(in: .whitespaces)
  #expect(
    !message.isEmpty, "empty message for \(input.debugDescription)",
    sourceLocation: sourceLocation)
  let lines = error.message.split(whereSeparator: \.isNewline)
  #expect(
    lines.count <= 1,
    "message of several lines for \(input.debugDescription): \(error.message.debugDescription)",
    sourceLocation: sourceLocation)
}

/// The parsers of dates, list filters and references accept or refuse
/// any string with a one-line message, and never crash.
@Suite("Parser properties")
struct PropertyParserTests {
  @Test(
    "any string is a date, or is refused with a one-line message naming the field"
  )
  func datesAcceptOrRefuse() async {
    let parser = DateInput(timeZone: Fixture.paris)
    await propertyCheck(count: 600, input: ArbitraryText.any) { text in
      do {
        let date = try parser.parse(text, field: "occurred")
        let calendar = Calendar(identifier: .gregorian)
        let year = calendar.dateComponents(in: .gmt, from: date.start).year ?? 0
        #expect(
          (1899...10_000).contains(year), "\(text.debugDescription) → \(date)")
      } catch let error as DomainError {
        expectOneLineRefusal(error, input: text)
        #expect(error.message.contains("occurred"), "\(error.message)")
      } catch {
        Issue.record("not a DomainError: \(error)")
      }
    }
  }

  @Test("dates written in every accepted form are read back to the minute")
  func wellFormedDatesAreAccepted() async throws {
    let parser = DateInput(timeZone: Fixture.paris)
    let parts = zip(
      Gen.int(in: 1900...9999), Gen.int(in: 1...12), Gen.int(in: 1...28),
      Gen.int(in: 0...23), Gen.int(in: 0...59))
    await propertyCheck(count: 300, input: parts) { parts in
      let (year, month, day, hour, minute) = parts
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      let iso = "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute))Z"
      let french =
        "\(two(day))/\(two(month))/\(year) \(two(hour)):\(two(minute))"
      let fromISO = try parser.parse(iso, field: "occurred")
      let fromFrench = try parser.parse(french, field: "occurred")
      #expect(fromISO.precision == .minute && fromFrench.precision == .minute)
      let utc = Calendar.gregorian(in: .gmt).dateComponents(
        [.year, .month, .day, .hour, .minute], from: fromISO.start)
      #expect(
        [utc.year, utc.month, utc.day, utc.hour, utc.minute]
          == [year, month, day, hour, minute], "\(iso)")
      let monthOnly = try parser.parse(
        "\(two(month))/\(year)", field: "occurred")
      #expect(monthOnly.precision == .month)
    }
  }

  @Test(
    "any string is a value of each list filter, or is refused with the accepted values"
  )
  func domainValuesAcceptOrRefuse() async {
    await propertyCheck(count: 400, input: ArbitraryText.any) { text in
      func check<Value: DomainValue>(_ type: Value.Type) {
        do {
          let value = try Value.parse(text)
          #expect(
            try Value.parse(value.rawValue) == value,
            "\(text.debugDescription) → \(value.rawValue)")
        } catch {
          expectOneLineRefusal(error, input: text)
          #expect(
            error.message.contains(Value.acceptedValues[0]),
            "accepted values missing: \(error.message)")
        }
      }
      check(IncidentKind.self)
      check(Role.self)
      check(Channel.self)
      check(Severity.self)
      check(CaseStatus.self)
      check(MeasureKind.self)
      check(MeasureStatus.self)
      check(EscalationLevel.self)
      check(ClosureReason.self)
      check(Platform.self)
    }
  }

  @Test("any string names one court, or is refused with a one-line message")
  func courtsResolveOrRefuse() async {
    let directory = CourtDirectory.shared
    await propertyCheck(count: 250, input: ArbitraryText.any) { text in
      do {
        let court = try directory.resolve(text, preferring: [.appeal])
        #expect(
          try directory.resolve(court.code) == court,
          "\(text.debugDescription) → \(court.code)")
      } catch let error as DomainError {
        expectOneLineRefusal(error, input: text)
      } catch {
        Issue.record("not a DomainError: \(error)")
      }
    }
  }

  @Test("any string is a case reference, or is refused with the expected form")
  func caseReferencesParseOrRefuse() async {
    await propertyCheck(count: 600, input: ArbitraryText.any) { text in
      do {
        let reference = try CaseReference.parse(text)
        #expect(try CaseReference.parse(reference.description) == reference)
        #expect(reference.sequence > 0)
      } catch let error as DomainError {
        expectOneLineRefusal(error, input: text)
        #expect(error.message.contains("2026-0042"), "\(error.message)")
      } catch {
        Issue.record("not a DomainError: \(error)")
      }
    }
  }

  @Test(
    "any string is a person, measure, evidence, notice or occultation identifier, or is refused"
  )
  func prefixedIdentifiersParseOrRefuse() async {
    await propertyCheck(count: 600, input: ArbitraryText.any) { text in
      func check<ID: PrefixedIdentifier>(_ type: ID.Type) {
        do {
          let id = try ID.parse(text)
          #expect(id.number > 0)
          #expect(
            try ID.parse(id.description) == id, "\(text.debugDescription)")
        } catch {
          expectOneLineRefusal(error, input: text)
          #expect(
            error.message.contains(ID(12).description), "\(error.message)")
        }
      }
      check(PersonID.self)
      check(MeasureID.self)
      check(EvidenceID.self)
      check(NoticeID.self)
      check(OccultationID.self)
    }
  }
}
