import EgideTestSupport
import Foundation
import Testing

@testable import EgideCore

/// The dates users type, local times read in Europe/Paris.
@Suite("Date input")
struct DateInputTests {
  let input = Fixture.dateInput

  /// Inputs with the instant they mean and their precision.
  ///
  /// Paris is UTC+2 in summer and UTC+1 in winter.
  static let valid: [(String, Date, OccurrenceDate.Precision)] = [
    // ISO dates: local midnight.
    ("2026-07-01", Fixture.utc(2026, 6, 30, 22), .day),
    ("2026-12-01", Fixture.utc(2026, 11, 30, 23), .day),
    // ISO local date-times.
    ("2026-07-01T12:00", Fixture.utc(2026, 7, 1, 10), .minute),
    ("2026-12-01T12:00", Fixture.utc(2026, 12, 1, 11), .minute),
    ("2026-11-20T14:30:45", Fixture.utc(2026, 11, 20, 13, 30, 45), .minute),
    ("2026-11-20 14:30", Fixture.utc(2026, 11, 20, 13, 30), .minute),
    // Explicit zones.
    ("2026-11-20T13:30:00Z", Fixture.utc(2026, 11, 20, 13, 30), .minute),
    ("2026-07-01T12:00Z", Fixture.utc(2026, 7, 1, 12), .minute),
    ("2026-07-01T12:00+02:00", Fixture.utc(2026, 7, 1, 10), .minute),
    ("2026-07-01T12:00+05:30", Fixture.utc(2026, 7, 1, 6, 30), .minute),
    ("2026-07-01T12:00-04:00", Fixture.utc(2026, 7, 1, 16), .minute),
    ("2026-12-01T00:30+00:00", Fixture.utc(2026, 12, 1, 0, 30), .minute),
    // French day-first.
    ("01/07/2026", Fixture.utc(2026, 6, 30, 22), .day),
    ("20/11/2026", Fixture.utc(2026, 11, 19, 23), .day),
    ("20/11/2026 14:30", Fixture.utc(2026, 11, 20, 13, 30), .minute),
    ("01/07/2026 12:00", Fixture.utc(2026, 7, 1, 10), .minute),
    ("20/11/2026 14h30", Fixture.utc(2026, 11, 20, 13, 30), .minute),
    // Month only: the first day of the month, local midnight.
    ("2026-11", Fixture.utc(2026, 10, 31, 23), .month),
    ("11/2026", Fixture.utc(2026, 10, 31, 23), .month),
    ("2026-07", Fixture.utc(2026, 6, 30, 22), .month),
    // Leap day, surrounding spaces.
    ("29/02/2024", Fixture.utc(2024, 2, 28, 23), .day),
    ("  2026-07-01  ", Fixture.utc(2026, 6, 30, 22), .day),
  ]

  @Test("accepted forms give the right instant and precision", arguments: valid)
  func parses(text: String, start: Date, precision: OccurrenceDate.Precision)
    throws
  {
    let date = try input.parse(text, field: "occurred")
    #expect(date.start == start, "\(text) → \(date.start)")
    #expect(date.precision == precision)
  }

  @Test("the same date in ISO and French forms is the same instant")
  func formsAgree() throws {
    let iso = try input.parse("2026-03-15T09:05", field: "occurred")
    let french = try input.parse("15/03/2026 09:05", field: "occurred")
    #expect(iso == french)
  }

  @Test("local times are read in the configured time zone")
  func otherZone() throws {
    let tokyo = DateInput(timeZone: TimeZone(identifier: "Asia/Tokyo")!)
    let date = try tokyo.parse("2026-07-01T12:00", field: "occurred")
    #expect(date.start == Fixture.utc(2026, 7, 1, 3))
    let zulu = try tokyo.parse("2026-07-01T12:00Z", field: "occurred")
    #expect(zulu.start == Fixture.utc(2026, 7, 1, 12))
  }

  @Test(
    "a local time the clocks skip in spring is refused; the hour repeated in autumn and an explicit offset are read"
  )
  func summerTimeChange() throws {
    // 29 March 2026: 02:00 becomes 03:00 in Paris.
    for text in ["2026-03-29T02:30", "29/03/2026 02:00", "2026-03-29T02:59"] {
      expectDomainError(
        .invalidValue,
        mentioning: ["--occurred", text, "Europe/Paris", "clocks"]
      ) {
        try input.parse(text, field: "--occurred")
      }
    }
    #expect(
      try input.parse("2026-03-29T03:00", field: "occurred").start
        == Fixture.utc(2026, 3, 29, 1))
    #expect(
      try input.parse("2026-03-29T02:30+01:00", field: "occurred").start
        == Fixture.utc(2026, 3, 29, 1, 30))
    // 25 October 2026: 02:30 happens twice; the first is read.
    #expect(
      try input.parse("2026-10-25T02:30", field: "occurred").start
        == Fixture.utc(2026, 10, 25, 0, 30))
  }

  static let invalid = [
    "31/02/2026", "2026-02-30", "29/02/2026", "2026-13-01", "2026-00-10",
    "00/01/2026", "13/2026", "2026-07-01T25:00", "01/07/2026 25:00",
    "2026-07-01T12:60", "2026-07-01T12:00:60", "25:00", "garbage", "", "   ",
    "2026", "26-07-01", "01/07/26", "2026-07-01T", "2026-07T12:00",
    "2026-07-01T12", "2026-07-01T12:00+2", "2026-07-01T12:00+25:00",
    "2026/07/01", "1/7/2026/1", "2026--01", "1899-12-31", "demain",
  ]

  @Test("malformed dates are refused, naming the field", arguments: invalid)
  func refuses(text: String) {
    expectDomainError(
      .invalidValue,
      mentioning: ["--occurred", "'\(text)'", "YYYY-MM-DD", "DD/MM/YYYY"]
    ) {
      try input.parse(text, field: "--occurred")
    }
  }

  @Test("a past or present date is accepted by parsePast")
  func pastAccepted() throws {
    let now = Fixture.paris(2026, 7, 3, 10, 0)
    let today = try input.parsePast("2026-07-03", field: "occurred", now: now)
    #expect(today.precision == .day)
    let thisMonth = try input.parsePast("07/2026", field: "occurred", now: now)
    #expect(thisMonth.precision == .month)
    let exact = try input.parsePast(
      "03/07/2026 10:00", field: "occurred", now: now)
    #expect(exact.start == now)
  }

  @Test(
    "parsePast refuses a date in the future",
    arguments: ["2026-07-04", "2026-07-03T10:01", "08/2026", "2027-01-01"])
  func futureRefused(text: String) {
    let now = Fixture.paris(2026, 7, 3, 10, 0)
    expectDomainError(
      .unacceptableValue, mentioning: ["occurred", "'\(text)'", "future"]
    ) {
      try input.parsePast(text, field: "occurred", now: now)
    }
  }

  @Test("parsePast still refuses malformed dates as invalid")
  func pastMalformed() {
    expectDomainError(.invalidValue, mentioning: ["reported"]) {
      try input.parsePast("32/01/2026", field: "reported", now: Fixture.now)
    }
  }

  @Test("an occurrence date reads back in the form it was given")
  func formatted() throws {
    let cases: [(String, String)] = [
      ("20/11/2026 14:30", "2026-11-20 14:30"),
      ("2026-07-01T12:00Z", "2026-07-01 14:00"),
      ("01/07/2026", "2026-07-01"),
      ("11/2026", "2026-11 (month only)"),
    ]
    for (text, shown) in cases {
      let date = try input.parse(text, field: "occurred")
      #expect(date.formatted(in: Fixture.paris) == shown, "\(text)")
    }
  }

  @Test("an occurrence date survives a JSON round trip")
  func codable() throws {
    let date = try input.parse("2026-07-01T12:00", field: "occurred")
    let data = try JSONEncoder().encode(date)
    #expect(try JSONDecoder().decode(OccurrenceDate.self, from: data) == date)
  }

  @Test(
    "a time in UTC or at a fixed offset is counted as the calendar counts it, invalid days included"
  )
  func fixedOffsetTimesAgreeWithTheCalendar() throws {
    var random = SeededGenerator(state: 2026)
    for _ in 0..<4_000 {
      let year = Int.random(in: 1900...2100, using: &random)
      let month = Int.random(in: 1...12, using: &random)
      let day = Int.random(in: 1...31, using: &random)
      let hour = Int.random(in: 0...23, using: &random)
      let minute = Int.random(in: 0...59, using: &random)
      let second = Int.random(in: 0...59, using: &random)
      let offsetMinutes = [0, 0, 60, 120, -240, 330, -570, 840].randomElement(
        using: &random)!
      let zone =
        offsetMinutes == 0 && Bool.random(using: &random)
        ? "Z"
        : String(
          format: "%@%02d:%02d", offsetMinutes < 0 ? "-" : "+",
          abs(offsetMinutes) / 60, abs(offsetMinutes) % 60)
      let text =
        String(
          format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour,
          minute, second) + zone
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60)!
      let expected = calendar.date(
        from: DateComponents(
          year: year, month: month, day: day, hour: hour, minute: minute,
          second: second))
      let valid =
        expected.map {
          let read = calendar.dateComponents([.year, .month, .day], from: $0)
          return read.year == year && read.month == month && read.day == day
        } ?? false
      let parsed = try? input.parse(text, field: "occurred")
      if valid {
        #expect(parsed?.start == expected, "\(text)")
        #expect(parsed?.precision == .minute, "\(text)")
      } else {
        #expect(parsed == nil, "\(text) is not a day of the calendar")
      }
    }
  }
}
