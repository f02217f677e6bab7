/// A day of the proleptic Gregorian calendar, counted from 1 January 1970.
///
/// Working-day deadlines step through days one at a time; doing it on a
/// day number, instead of through `Calendar` at each step, keeps the
/// deadlines of a large import cheap (Howard Hinnant's civil-day
/// algorithms). Reading a stored or wire date by hand counts its day here
/// too, rather than through Foundation's calendar or date formatter.
public struct CivilDay: Hashable, Comparable, Sendable {
  /// Days since 1970-01-01 (negative before).
  public let number: Int

  /// The day with this number.
  public init(number: Int) { self.number = number }

  /// The day of `year`, `month` (1–12) and `day` (1–31).
  ///
  /// `month` must be 1 to 12: another month gives a wrong day. The day
  /// carries over either way, as `timegm` does: `2026-02-30` is 2 March,
  /// `2026-03-00` is 28 February.
  public init(year: Int, month: Int, day: Int) {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear =
      (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    number = era * 146_097 + dayOfEra - 719_468
  }

  /// Its year, month (1–12) and day of the month.
  public var components: (year: Int, month: Int, day: Int) {
    let shifted = number + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096)
      / 365
    let dayOfYear =
      dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Whether it is a Saturday or a Sunday (1970-01-01 was a Thursday).
  var isWeekend: Bool {
    let weekday = ((number % 7) + 7 + 4) % 7  // 0 Sunday … 6 Saturday
    return weekday == 0 || weekday == 6
  }

  /// The day `count` days later (earlier when negative).
  func adding(days count: Int) -> CivilDay { CivilDay(number: number + count) }

  public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool {
    lhs.number < rhs.number
  }
}
