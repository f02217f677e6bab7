import Foundation

/// The two months in which a refusal under COJ R111-13 may be appealed.
///
/// They are counted from the notification as CPC art. 641 and 642 count
/// them: the
/// same day two months later (the last day of the month when there is
/// none), moved to the next working day when it falls on a Saturday, a
/// Sunday or a public holiday.
public struct AppealWindow: Sendable {
  /// When the refusal was notified.
  public var notified: Date
  /// The start of the last day on which an appeal is accepted.
  public var lastDay: Date
  /// The last instant at which an appeal is accepted (end of the last day).
  public var deadline: Date
  /// The calendar whose days count.
  public var calendar: BusinessCalendar

  /// The window opened by a notification on `notified`.
  public init(notified: Date, calendar: BusinessCalendar) {
    self.notified = notified
    self.calendar = calendar
    let gregorian = Calendar.gregorian(in: calendar.timeZone)
    let start = gregorian.startOfDay(for: notified)
    var day = gregorian.date(byAdding: .month, value: 2, to: start) ?? start
    while !calendar.isBusinessDay(day) {
      day = gregorian.date(byAdding: .day, value: 1, to: day) ?? day
    }
    lastDay = day
    let next = gregorian.date(byAdding: .day, value: 1, to: day) ?? day
    deadline = next.addingTimeInterval(-0.001)
  }

  /// The calendar of the Cour de cassation, seated in Paris.
  ///
  /// Its public holidays and its clock count the window of an appeal brought before
  /// its first president (COJ R111-13; CPC art. 642 moves a last day
  /// that is not a working day to the next one).
  public static let cassationCalendar = BusinessCalendar(
    timeZone: LocalCalendar.metropolitan.timeZone, holidays: .metropolitan)

  /// Whether the window has closed at `now`.
  public func isExpired(at now: Date) -> Bool { now > deadline }

  /// The whole days from the day of `now` to the last day: 0 on the last
  /// day and once expired.
  public func daysLeft(at now: Date) -> Int {
    guard !isExpired(at: now) else { return 0 }
    let gregorian = Calendar.gregorian(in: calendar.timeZone)
    let today = gregorian.startOfDay(for: now)
    let days = gregorian.dateComponents([.day], from: today, to: lastDay).day
    return max(0, days ?? 0)
  }

  /// The last day as `YYYY-MM-DD`.
  public var lastDayText: String {
    OccurrenceDate(start: lastDay, precision: .day).formatted(
      in: calendar.timeZone)
  }
}
