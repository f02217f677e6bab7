import EgideCore
import Foundation

/// The instants that dates typed by a user stand for, read in the
/// registry's time zone: a day alone is the end of that day.
enum TypedInstant {
  /// A deadline: the time given, or for a day alone the end of that day.
  ///
  /// - Throws: ``DomainError`` for a malformed date, or a month.
  static func deadline(
    _ text: String, field: String, in configuration: ServiceConfiguration
  ) throws(DomainError) -> Date {
    let date = try configuration.dates.parse(text, field: field)
    switch date.precision {
    case .minute:
      return date.start
    case .day:
      return endOfDay(date.start, in: configuration)
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
      return min(endOfDay(date.start, in: configuration), now)
    case .month:
      throw DomainError(
        .invalidValue,
        "\(field) '\(text)' names a month; give a day such as 20/11/2026 or a time such as 20/11/2026 14:30"
      )
    }
  }

  /// The last second of the day that starts at `start`.
  private static func endOfDay(
    _ start: Date, in configuration: ServiceConfiguration
  ) -> Date {
    let calendar = Calendar.gregorian(in: configuration.timeZone)
    let next = calendar.date(byAdding: .day, value: 1, to: start) ?? start
    return next.addingTimeInterval(-1)
  }
}
