import Foundation

/// Working days in a French territory: Monday to Friday, less its public
/// holidays (Easter Monday, Ascension and Whit Monday computed from
/// Easter; see ``LocalCalendar`` for each territory's own).
public struct BusinessCalendar: Sendable {
  /// The zone in which days begin and end.
  public var timeZone: TimeZone
  /// The territory whose public holidays are not working days.
  public var holidays: LocalCalendar

  /// Creates a calendar whose days are those of `timeZone`, with the
  /// holidays of `holidays` (metropolitan France unless given).
  public init(timeZone: TimeZone, holidays: LocalCalendar = .metropolitan) {
    self.timeZone = timeZone
    self.holidays = holidays
  }

  /// The calendar of a court: the holidays and the clock of the territory
  /// where it sits.
  public init(court: Court) {
    self.init(timeZone: court.calendar.timeZone, holidays: court.calendar)
  }

  /// Whether the local day containing `date` is a working day.
  public func isBusinessDay(_ date: Date) -> Bool {
    let parts = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day], from: date)
    guard let year = parts.year, let month = parts.month, let day = parts.day
    else { return true }
    return isBusinessDay(CivilDay(year: year, month: month, day: day))
  }

  /// The last instant of the `count`-th working day after the local day of
  /// `start` (the day itself does not count).
  public func endOfBusinessDay(_ count: Int, after start: Date) -> Date {
    let calendar = Calendar.gregorian(in: timeZone)
    let parts = calendar.dateComponents([.year, .month, .day], from: start)
    guard let year = parts.year, let month = parts.month, let day = parts.day
    else { return start }
    var current = CivilDay(year: year, month: month, day: day)
    var remaining = max(0, count)
    while remaining > 0 {
      current = current.adding(days: 1)
      if isBusinessDay(current) { remaining -= 1 }
    }
    let next = current.adding(days: 1).components
    let midnight =
      calendar.date(
        from: DateComponents(year: next.year, month: next.month, day: next.day))
      ?? start
    return midnight.addingTimeInterval(-1)
  }

  /// Whether a day is a working day in the calendar's territory.
  func isBusinessDay(_ day: CivilDay) -> Bool {
    if day.isWeekend { return false }
    let (year, month, dayOfMonth) = day.components
    return !holidays.publicHolidays(in: year).contains(
      MonthDay(month: month, day: dayOfMonth))
  }

  /// A month and a day of the month.
  struct MonthDay: Hashable {
    var month: Int
    var day: Int
  }

  /// The public holidays of metropolitan France in a given year.
  static func publicHolidays(in year: Int) -> Set<MonthDay> {
    var days: Set<MonthDay> = [
      .init(month: 1, day: 1), .init(month: 5, day: 1), .init(month: 5, day: 8),
      .init(month: 7, day: 14), .init(month: 8, day: 15),
      .init(month: 11, day: 1), .init(month: 11, day: 11),
      .init(month: 12, day: 25),
    ]
    let easter = easterSunday(year)
    let sunday = CivilDay(year: year, month: easter.month, day: easter.day)
    // Easter Monday, Ascension Thursday, Whit Monday.
    for offset in [1, 39, 50] {
      let (_, month, day) = sunday.adding(days: offset).components
      days.insert(.init(month: month, day: day))
    }
    return days
  }

  /// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
  static func easterSunday(_ year: Int) -> MonthDay {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = ((h + l - 7 * m + 114) % 31) + 1
    return MonthDay(month: month, day: day)
  }
}
