import Foundation

/// The span a summary covers — a month, a quarter, a year or any run of
/// days — with boundaries at midnight in the registry's time zone, so that
/// an incident at 23:30 UTC on 30 November is a December one in Paris.
///
/// National figures keep these months (Europe/Paris by default) for every
/// court, overseas ones included; only deadlines follow each court's own
/// calendar and clock (see `LocalCalendar`).
public struct ReportingPeriod: Hashable, Sendable {
  /// How the period was named.
  public enum Unit: String, Sendable, Codable {
    case month
    case quarter
    case year
    case days
  }

  /// The first instant of the period.
  public let start: Date
  /// The first instant after the period.
  public let end: Date
  /// What kind of period it is.
  public let unit: Unit
  /// The name of the period: `2026-11`, `2026-Q4`, `2026` or
  /// `2026-11-01..2026-11-15`.
  public let label: String
  /// The zone its boundaries are computed in.
  public let timeZone: TimeZone

  init(start: Date, end: Date, unit: Unit, label: String, timeZone: TimeZone) {
    self.start = start
    self.end = end
    self.unit = unit
    self.label = label
    self.timeZone = timeZone
  }

  /// Whether an instant falls in the period.
  public func contains(_ date: Date) -> Bool { date >= start && date < end }

  /// A calendar month, from `YYYY-MM`.
  public static func month(_ text: String, timeZone: TimeZone)
    throws(DomainError) -> ReportingPeriod
  {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month)
    else {
      throw DomainError(
        .invalidValue,
        "invalid month '\(text)'; expected YYYY-MM such as 2026-11")
    }
    return months(
      year: year, first: month, count: 1, unit: .month,
      label: text, timeZone: timeZone)
  }

  /// A calendar quarter, from `YYYY-Qn`.
  public static func quarter(_ text: String, timeZone: TimeZone)
    throws(DomainError) -> ReportingPeriod
  {
    let parts = text.uppercased().split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
      parts[1].count == 2, parts[1].first == "Q",
      let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
    else {
      throw DomainError(
        .invalidValue,
        "invalid quarter '\(text)'; expected YYYY-Qn such as 2026-Q4")
    }
    return months(
      year: year, first: quarter * 3 - 2, count: 3,
      unit: .quarter, label: "\(year)-Q\(quarter)", timeZone: timeZone)
  }

  /// A calendar year, from `YYYY`.
  public static func year(_ text: String, timeZone: TimeZone)
    throws(DomainError) -> ReportingPeriod
  {
    guard text.count == 4, let year = Int(text), year >= 1900 else {
      throw DomainError(
        .invalidValue, "invalid year '\(text)'; expected YYYY such as 2026")
    }
    return months(
      year: year, first: 1, count: 12, unit: .year, label: text,
      timeZone: timeZone)
  }

  /// The days from `from` to `to`, both included.
  public static func days(from: String, to: String, timeZone: TimeZone)
    throws(DomainError) -> ReportingPeriod
  {
    let input = DateInput(timeZone: timeZone)
    let first = try input.parse(from, field: "from")
    let last = try input.parse(to, field: "to")
    guard first.precision == .day, last.precision == .day else {
      throw DomainError(
        .invalidValue,
        "from and to must be days such as 2026-11-01; got '\(from)' and '\(to)'"
      )
    }
    let calendar = Calendar.gregorian(in: timeZone)
    guard let end = calendar.date(byAdding: .day, value: 1, to: last.start),
      first.start < end
    else {
      throw DomainError(
        .invalidValue, "to '\(to)' is before from '\(from)'; give from ≤ to")
    }
    return ReportingPeriod(
      start: first.start, end: end, unit: .days,
      label:
        "\(Self.day(first.start, timeZone))..\(Self.day(last.start, timeZone))",
      timeZone: timeZone)
  }

  /// The period of the same length just before this one: the previous
  /// month, quarter or year, or as many days before.
  public var previous: ReportingPeriod {
    let calendar = Calendar.gregorian(in: timeZone)
    switch unit {
    case .month, .quarter, .year:
      let count = unit == .month ? 1 : unit == .quarter ? 3 : 12
      let first =
        calendar.date(byAdding: .month, value: -count, to: start) ?? start
      let parts = calendar.dateComponents([.year, .month], from: first)
      let year = parts.year ?? 0
      let month = parts.month ?? 1
      let label =
        switch unit {
        case .month: String(format: "%04d-%02d", year, month)
        case .quarter: "\(year)-Q\((month + 2) / 3)"
        default: String(year)
        }
      return Self.months(
        year: year, first: month, count: count, unit: unit, label: label,
        timeZone: timeZone)
    case .days:
      let days =
        calendar.dateComponents([.day], from: start, to: end).day ?? 1
      let first =
        calendar.date(byAdding: .day, value: -days, to: start) ?? start
      let last = calendar.date(byAdding: .day, value: -1, to: start) ?? start
      return ReportingPeriod(
        start: first, end: start, unit: .days,
        label: "\(Self.day(first, timeZone))..\(Self.day(last, timeZone))",
        timeZone: timeZone)
    }
  }

  /// The twelve calendar months ending with the one that holds the last
  /// day of this period, oldest first.
  public var trailingTwelveMonths: [ReportingPeriod] {
    let calendar = Calendar.gregorian(in: timeZone)
    let last = end.addingTimeInterval(-1)
    let parts = calendar.dateComponents([.year, .month], from: last)
    var year = parts.year ?? 0
    var month = parts.month ?? 1
    var result: [ReportingPeriod] = []
    for _ in 0..<12 {
      result.append(
        Self.months(
          year: year, first: month, count: 1, unit: .month,
          label: String(format: "%04d-%02d", year, month), timeZone: timeZone))
      month -= 1
      if month == 0 {
        month = 12
        year -= 1
      }
    }
    return result.reversed()
  }

  /// `count` calendar months from month `first` of `year`, named `label`.
  public static func months(
    year: Int, first: Int, count: Int, unit: Unit, label: String,
    timeZone: TimeZone
  ) -> ReportingPeriod {
    let calendar = Calendar.gregorian(in: timeZone)
    // Gregorian month arithmetic in a valid zone always gives a date.
    let start =
      calendar.date(from: DateComponents(year: year, month: first, day: 1))
      ?? Date(timeIntervalSince1970: 0)
    let end =
      calendar.date(byAdding: .month, value: count, to: start) ?? start
    return ReportingPeriod(
      start: start, end: end, unit: unit, label: label, timeZone: timeZone)
  }

  static func day(_ date: Date, _ timeZone: TimeZone) -> String {
    let parts = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day], from: date)
    return String(
      format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0,
      parts.day ?? 0)
  }
}
