import Foundation
import Testing

@testable import EgideCore

/// Working days in metropolitan France.
///
/// Monday to Friday less the eleven public holidays. In 2026 Easter Sunday
/// is 5 April.
@Suite("Business calendar")
struct BusinessCalendarTests {
  let calendar = Fixture.calendar

  static let holidays2026: [(Int, Int, String)] = [
    (1, 1, "New Year's Day, a Thursday"),
    (4, 6, "Easter Monday"),
    (5, 1, "Labour Day, a Friday"),
    (5, 8, "Victory in Europe Day, a Friday"),
    (5, 14, "Ascension Thursday"),
    (5, 25, "Whit Monday"),
    (7, 14, "Bastille Day, a Tuesday"),
    (8, 15, "Assumption, a Saturday"),
    (11, 11, "Armistice Day, a Wednesday"),
    (12, 25, "Christmas, a Friday"),
  ]

  @Test("public holidays of 2026 are not working days", arguments: holidays2026)
  func holiday(month: Int, day: Int, name: String) {
    // Noon and the last second of the day, local time.
    #expect(!calendar.isBusinessDay(Fixture.paris(2026, month, day, 12)))
    #expect(
      !calendar.isBusinessDay(Fixture.paris(2026, month, day, 23, 59, 59)))
  }

  @Test("All Saints' Day falls on a Sunday in 2026 and on a Monday in 2027")
  func allSaints() {
    #expect(!calendar.isBusinessDay(Fixture.paris(2026, 11, 1, 12)))
    #expect(!calendar.isBusinessDay(Fixture.paris(2027, 11, 1, 12)))
    #expect(calendar.isBusinessDay(Fixture.paris(2027, 11, 2, 12)))
  }

  @Test("the set of public holidays has the eleven French holidays")
  func holidaySet() {
    let days = BusinessCalendar.publicHolidays(in: 2026)
    #expect(days.count == 11)
    for (month, day) in [(1, 1), (4, 6), (5, 1), (5, 8), (5, 14), (5, 25)] {
      #expect(days.contains(.init(month: month, day: day)))
    }
    for (month, day) in [(7, 14), (8, 15), (11, 1), (11, 11), (12, 25)] {
      #expect(days.contains(.init(month: month, day: day)))
    }
    // Good Friday is a holiday only in Alsace-Moselle.
    #expect(!days.contains(.init(month: 4, day: 3)))
  }

  @Test(
    "Easter Sunday follows the Gregorian computus",
    arguments: [
      (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28),
      (2028, 4, 16), (2038, 4, 25), (2285, 3, 22),
    ])
  func easter(year: Int, month: Int, day: Int) {
    #expect(
      BusinessCalendar.easterSunday(year)
        == BusinessCalendar.MonthDay(month: month, day: day))
  }

  @Test("movable holidays follow Easter in other years")
  func movableHolidays2027() {
    // Easter 2027 is 28 March: Easter Monday 29 March, Ascension 6 May,
    // Whit Monday 17 May.
    for (month, day) in [(3, 29), (5, 6), (5, 17)] {
      #expect(!calendar.isBusinessDay(Fixture.paris(2027, month, day, 12)))
    }
    #expect(calendar.isBusinessDay(Fixture.paris(2027, 4, 6, 12)))
  }

  @Test("weekends are not working days, weekdays are")
  func weekends() {
    // 4-5 July 2026 is a weekend; 6-10 July are ordinary weekdays.
    #expect(!calendar.isBusinessDay(Fixture.paris(2026, 7, 4, 9)))
    #expect(!calendar.isBusinessDay(Fixture.paris(2026, 7, 5, 9)))
    for day in 6...10 {
      #expect(calendar.isBusinessDay(Fixture.paris(2026, 7, day, 9)))
    }
  }

  @Test("days are those of Paris, not of UTC")
  func localDays() {
    // Sunday 5 July 2026 22:30 UTC is already Monday 00:30 in Paris.
    #expect(calendar.isBusinessDay(Fixture.utc(2026, 7, 5, 22, 30)))
    // Friday 3 July 2026 22:30 UTC is Saturday 00:30 in Paris.
    #expect(!calendar.isBusinessDay(Fixture.utc(2026, 7, 3, 22, 30)))
    // Monday 13 July 22:30 UTC is Bastille Day in Paris.
    #expect(!calendar.isBusinessDay(Fixture.utc(2026, 7, 13, 22, 30)))
  }

  static let deadlines: [(Date, Int, Date, String)] = [
    (
      Fixture.paris(2026, 7, 3, 15), 1, Fixture.paris(2026, 7, 6, 23, 59, 59),
      "a Friday report + 1 working day ends on Monday"
    ),
    (
      Fixture.paris(2026, 7, 3, 23, 30), 1,
      Fixture.paris(2026, 7, 6, 23, 59, 59), "late on Friday is still Friday"
    ),
    (
      Fixture.paris(2026, 7, 4, 11), 1, Fixture.paris(2026, 7, 6, 23, 59, 59),
      "a Saturday report + 1 ends on Monday"
    ),
    (
      Fixture.utc(2026, 7, 5, 22, 30), 1,
      Fixture.paris(2026, 7, 7, 23, 59, 59),
      "Sunday night UTC is Monday in Paris, so + 1 ends on Tuesday"
    ),
    (
      Fixture.paris(2026, 7, 13, 9), 1, Fixture.paris(2026, 7, 15, 23, 59, 59),
      "14 July is skipped"
    ),
    (
      Fixture.paris(2026, 7, 10, 9), 3, Fixture.paris(2026, 7, 16, 23, 59, 59),
      "Friday + 3 skips the weekend and 14 July"
    ),
    (
      Fixture.paris(2026, 4, 2, 9), 3, Fixture.paris(2026, 4, 8, 23, 59, 59),
      "Good Friday counts, Easter Monday does not"
    ),
    (
      Fixture.paris(2026, 5, 13, 9), 1, Fixture.paris(2026, 5, 15, 23, 59, 59),
      "Ascension is skipped"
    ),
    (
      Fixture.paris(2026, 5, 22, 9), 1, Fixture.paris(2026, 5, 26, 23, 59, 59),
      "Whit Monday is skipped"
    ),
    (
      Fixture.paris(2026, 12, 24, 9), 1,
      Fixture.paris(2026, 12, 28, 23, 59, 59),
      "Christmas Friday and the weekend are skipped"
    ),
    (
      Fixture.paris(2026, 10, 23, 9), 1,
      Fixture.paris(2026, 10, 26, 23, 59, 59),
      "across the end of summer time"
    ),
    (
      Fixture.paris(2026, 3, 27, 9), 1, Fixture.paris(2026, 3, 30, 23, 59, 59),
      "across the start of summer time"
    ),
    (
      Fixture.paris(2026, 12, 31, 9), 1, Fixture.paris(2027, 1, 4, 23, 59, 59),
      "across New Year's Day and a weekend"
    ),
    (
      Fixture.paris(2026, 7, 3, 9), 7, Fixture.paris(2026, 7, 15, 23, 59, 59),
      "seven working days skip two weekends and 14 July"
    ),
    (
      Fixture.paris(2026, 7, 4, 9), 0, Fixture.paris(2026, 7, 4, 23, 59, 59),
      "zero days is the end of the same day"
    ),
  ]

  @Test(
    "the deadline is the last second of the n-th working day after",
    arguments: deadlines)
  func endOfBusinessDay(start: Date, count: Int, end: Date, why: String) {
    #expect(calendar.endOfBusinessDay(count, after: start) == end, "\(why)")
  }

  @Test("the end of a working day is 23:59:59 Paris time, in UTC")
  func endInUTC() {
    let start = Fixture.paris(2026, 7, 3, 15)
    // Summer: UTC+2.
    #expect(
      calendar.endOfBusinessDay(1, after: start)
        == Fixture.utc(2026, 7, 6, 21, 59, 59))
    // Winter: UTC+1.
    #expect(
      calendar.endOfBusinessDay(1, after: Fixture.paris(2026, 12, 24, 9))
        == Fixture.utc(2026, 12, 28, 22, 59, 59))
  }

  @Test("a negative count is treated as zero")
  func negativeCount() {
    let start = Fixture.paris(2026, 7, 3, 15)
    #expect(
      calendar.endOfBusinessDay(-3, after: start)
        == calendar.endOfBusinessDay(0, after: start))
  }
}

/// Assessment deadlines by reported severity.
@Suite("Deadline policy")
struct DeadlinePolicyTests {
  @Test("the standard policy gives critical 1, high 3, others 7, unrated 3")
  func standardDays() {
    let policy = DeadlinePolicy.standard
    #expect(policy.assessmentDays[.critical] == 1)
    #expect(policy.assessmentDays[.high] == 3)
    #expect(policy.assessmentDays[.moderate] == 7)
    #expect(policy.assessmentDays[.low] == 7)
    #expect(policy.unratedAssessmentDays == 3)
  }

  static let dues: [(Severity?, Date)] = [
    // Reported Friday 3 July 2026; 14 July is a holiday.
    (.critical, Fixture.paris(2026, 7, 6, 23, 59, 59)),
    (.high, Fixture.paris(2026, 7, 8, 23, 59, 59)),
    (nil, Fixture.paris(2026, 7, 8, 23, 59, 59)),
    (.moderate, Fixture.paris(2026, 7, 15, 23, 59, 59)),
    (.low, Fixture.paris(2026, 7, 15, 23, 59, 59)),
  ]

  @Test("the assessment is due in working days by severity", arguments: dues)
  func due(severity: Severity?, expected: Date) {
    let due = DeadlinePolicy.standard.assessmentDue(
      reportedAt: Fixture.paris(2026, 7, 3, 10), severity: severity,
      calendar: Fixture.calendar)
    #expect(due == expected)
  }

  @Test("a severity missing from a custom policy uses the unrated delay")
  func customPolicy() {
    let policy = DeadlinePolicy(
      assessmentDays: [.critical: 0], unratedAssessmentDays: 2)
    let reported = Fixture.paris(2026, 7, 3, 10)
    #expect(
      policy.assessmentDue(
        reportedAt: reported, severity: .critical, calendar: Fixture.calendar)
        == Fixture.paris(2026, 7, 3, 23, 59, 59))
    #expect(
      policy.assessmentDue(
        reportedAt: reported, severity: .low, calendar: Fixture.calendar)
        == Fixture.paris(2026, 7, 7, 23, 59, 59))
  }

  /// The deadline as Foundation's calendar steps to it, day by day: the
  /// reference the day-number arithmetic must match.
  static func referenceEnd(
    _ count: Int, after start: Date, in zone: TimeZone
  ) -> Date {
    let calendar = Calendar.gregorian(in: zone)
    let business = BusinessCalendar(timeZone: zone)
    var day = calendar.startOfDay(for: start)
    var remaining = count
    while remaining > 0 {
      day = calendar.date(byAdding: .day, value: 1, to: day) ?? day
      let weekday = calendar.component(.weekday, from: day)
      let parts = calendar.dateComponents([.month, .day], from: day)
      let holiday = BusinessCalendar.publicHolidays(
        in: calendar.component(.year, from: day)
      ).contains(.init(month: parts.month ?? 0, day: parts.day ?? 0))
      if weekday != 1 && weekday != 7 && !holiday { remaining -= 1 }
      #expect(
        business.isBusinessDay(day)
          == (weekday != 1 && weekday != 7 && !holiday))
    }
    let next = calendar.date(byAdding: .day, value: 1, to: day) ?? day
    return next.addingTimeInterval(-1)
  }

  @Test(
    "deadlines match Foundation's calendar on every day from 2025 to 2028, in Paris and Nouméa"
  )
  func deadlinesMatchFoundation() throws {
    for zone in ["Europe/Paris", "Pacific/Noumea"] {
      let timeZone = try #require(TimeZone(identifier: zone))
      let business = BusinessCalendar(timeZone: timeZone)
      let calendar = Calendar.gregorian(in: timeZone)
      var day = try #require(
        calendar.date(
          from: DateComponents(year: 2025, month: 1, day: 1, hour: 22)))
      let end = try #require(
        calendar.date(from: DateComponents(year: 2029, month: 1, day: 1)))
      while day < end {
        for count in [0, 1, 3, 10] {
          let expected = Self.referenceEnd(count, after: day, in: timeZone)
          #expect(
            business.endOfBusinessDay(count, after: day) == expected,
            "\(zone), \(count) working days after \(day)")
        }
        day = try #require(calendar.date(byAdding: .day, value: 1, to: day))
      }
    }
  }

  @Test(
    "day numbers give the dates and weekdays of Foundation's calendar, from 1583 to 4000"
  )
  func civilDaysMatchFoundation() throws {
    // Foundation's calendar is Julian before October 1582.
    let utc = Calendar.gregorian(in: .gmt)
    for number in stride(from: -141_000, through: 741_000, by: 997) {
      let date = Date(timeIntervalSince1970: Double(number) * 86_400)
      let parts = utc.dateComponents(
        [.year, .month, .day, .weekday], from: date)
      let day = CivilDay(number: number)
      let (year, month, dayOfMonth) = day.components
      #expect(
        [year, month, dayOfMonth] == [parts.year, parts.month, parts.day],
        "day \(number)")
      #expect(CivilDay(year: year, month: month, day: dayOfMonth) == day)
      #expect(day.isWeekend == (parts.weekday == 1 || parts.weekday == 7))
    }
  }
}
