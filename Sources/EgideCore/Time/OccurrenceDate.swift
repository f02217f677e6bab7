import Foundation

/// When an incident happened, as precisely as the reporter knows it: to the
/// minute, to the day, or only to the month.
public struct OccurrenceDate: Hashable, Sendable, Codable {
  /// How precise the date is.
  public enum Precision: String, Sendable, Codable {
    case minute
    case day
    case month
  }

  /// The start of the period, as an instant (stored in UTC).
  public var start: Date
  /// How precise the reporter was.
  public var precision: Precision

  /// Creates an occurrence date.
  public init(start: Date, precision: Precision) {
    self.start = start
    self.precision = precision
  }

  /// The date as a person reads it in the given time zone: `2026-11-20
  /// 14:30`, `2026-11-20` or `2026-11 (month only)`.
  public func formatted(in timeZone: TimeZone) -> String {
    let parts = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day, .hour, .minute], from: start)
    let y = String(format: "%04d", parts.year ?? 0)
    let m = String(format: "%02d", parts.month ?? 0)
    let d = String(format: "%02d", parts.day ?? 0)
    switch precision {
    case .month: return "\(y)-\(m) (month only)"
    case .day: return "\(y)-\(m)-\(d)"
    case .minute:
      return "\(y)-\(m)-\(d) "
        + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
  }
}

extension Calendar {
  /// A Gregorian calendar in the given time zone.
  public static func gregorian(in timeZone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }
}
