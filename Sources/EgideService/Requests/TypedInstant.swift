import EgideCore
import Foundation

/// The instants that dates typed by a user stand for, read in the
/// registry's time zone: a day alone is the end of that day.
enum TypedInstant {
  /// A deadline: the time given, or for a day alone the end of that day,
  /// 23:59 in the time zone of `court` when one is given (see
  /// `LocalCalendar`), else in the registry's.
  ///
  /// - Parameters:
  ///   - text: The date as typed.
  ///   - field: The option or key named in an error.
  ///   - configuration: The registry's rules, whose time zone reads a
  ///     time given.
  ///   - court: The court whose clock ends a day given alone, if any.
  /// - Returns: The instant the deadline ends.
  /// - Throws: ``DomainError`` for a malformed date, or a month.
  static func deadline(
    _ text: String, field: String, in configuration: ServiceConfiguration,
    court: Court? = nil
  ) throws(DomainError) -> Date {
    let date = try configuration.dates.parse(text, field: field)
    switch date.precision {
    case .minute:
      return date.start
    case .day:
      guard let zone = court?.calendar.timeZone else {
        return endOfDay(date.start, in: configuration.timeZone)
      }
      let local = try DateInput(timeZone: zone).parse(text, field: field)
      return endOfDay(local.start, in: zone)
    case .month:
      throw DomainError(
        .invalidValue,
        "\(field) '\(text)' names a month; give a day such as 05/12/2026")
    }
  }

  /// A past instant: the time given, or for a day alone the end of that
  /// day (now, if it is today); now when nothing is given.
  ///
  /// - Throws: ``DomainError`` for a malformed or future date, or a month.
  static func past(
    _ text: String?, field: String, in configuration: ServiceConfiguration,
    now: Date
  ) throws(DomainError) -> Date {
    guard let text else { return now }
    let date = try configuration.dates.parsePast(text, field: field, now: now)
    switch date.precision {
    case .minute:
      return date.start
    case .day:
      return min(endOfDay(date.start, in: configuration.timeZone), now)
    case .month:
      throw DomainError(
        .invalidValue,
        "\(field) '\(text)' names a month; give a day such as 20/11/2026 or a time such as 20/11/2026 14:30"
      )
    }
  }

  /// The last second of the day that starts at `start` in `timeZone`.
  private static func endOfDay(_ start: Date, in timeZone: TimeZone) -> Date {
    let calendar = Calendar.gregorian(in: timeZone)
    let next = calendar.date(byAdding: .day, value: 1, to: start) ?? start
    return next.addingTimeInterval(-1)
  }
}
