import Foundation

/// Parses the dates users type.
///
/// Accepted: ISO 8601 (`2026-11-20`, `2026-11-20T14:30`,
/// `2026-11-20T13:30:00Z`) and French day-first (`20/11/2026`,
/// `20/11/2026 14:30`), plus month-only forms (`2026-11`, `11/2026`) for
/// approximate dates. Local times are read in the registry's time zone.
public struct DateInput: Sendable {
  /// The zone local times are read in (Europe/Paris unless configured).
  public var timeZone: TimeZone

  /// Creates a parser for local times in `timeZone`.
  public init(timeZone: TimeZone) { self.timeZone = timeZone }

  /// The forms accepted, for error messages.
  public static let acceptedForms =
    "YYYY-MM-DD, YYYY-MM-DDTHH:MM, DD/MM/YYYY, DD/MM/YYYY HH:MM or YYYY-MM"

  /// Parses a date, keeping how precise it was.
  ///
  /// - Throws: ``DomainError`` naming the field and the accepted forms.
  public func parse(_ input: String, field: String) throws(DomainError)
    -> OccurrenceDate
  {
    let text = input.trimmingWhitespace()
    guard let parsed = parseComponents(text) else {
      throw DomainError(
        .invalidValue,
        "invalid \(field) '\(input)'; accepted: \(Self.acceptedForms)")
    }
    guard parsed.exists else {
      throw DomainError(
        .invalidValue,
        "\(field) '\(input)' does not exist in \(timeZone.identifier): the clocks go forward an hour that night; give the time before or after the change"
      )
    }
    return parsed.date
  }

  /// Parses a date and refuses one later than `now`.
  public func parsePast(_ input: String, field: String, now: Date)
    throws(DomainError) -> OccurrenceDate
  {
    let date = try parse(input, field: field)
    if date.start > now {
      throw DomainError(
        .unacceptableValue,
        "\(field) '\(input)' is in the future; give a date up to today")
    }
    return date
  }

  /// The date read, and whether its local time exists (not in the hour the
  /// clocks skip when summer time begins).
  private func parseComponents(_ text: String) -> (
    date: OccurrenceDate, exists: Bool
  )? {
    var dateText = text
    var timeText: String?
    if let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
      dateText = String(text[..<t])
      timeText = text[text.index(after: t)...].trimmingWhitespace()
    }
    var year: Int
    var month: Int
    var day: Int?
    if dateText.contains("/") {
      let parts = dateText.split(
        separator: "/", omittingEmptySubsequences: false)
      guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
      else { return nil }
      if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]),
        let m = Int(parts[1]), let y = Int(parts[2])
      {
        (year, month, day) = (y, m, d)
      } else if parts.count == 2, parts[1].count == 4, let m = Int(parts[0]),
        let y = Int(parts[1])
      {
        (year, month) = (y, m)
      } else {
        return nil
      }
    } else {
      let parts = dateText.split(
        separator: "-", omittingEmptySubsequences: false)
      guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
        parts.first?.count == 4
      else { return nil }
      if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]),
        let d = Int(parts[2])
      {
        (year, month, day) = (y, m, d)
      } else if parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) {
        (year, month) = (y, m)
      } else {
        return nil
      }
    }
    guard (1900...9999).contains(year), (1...12).contains(month) else {
      return nil
    }
    var zone = timeZone
    // A time given in UTC or at a fixed offset has no daylight saving:
    // it is counted directly, without the calendar.
    var fixedOffset: Int?
    var hour = 0
    var minute = 0
    var second = 0
    if let timeText {
      guard day != nil, !timeText.isEmpty else { return nil }
      var clock = timeText
      if clock.hasSuffix("Z") {
        zone = TimeZone.gmt
        fixedOffset = 0
        clock.removeLast()
      } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
        let offset = clock[clock.index(after: sign)...].split(separator: ":")
        guard offset.count == 2, let oh = Int(offset[0]),
          let om = Int(offset[1]),
          oh < 24, om < 60
        else { return nil }
        let seconds = (oh * 3600 + om * 60) * (clock[sign] == "-" ? -1 : 1)
        guard let fixed = TimeZone(secondsFromGMT: seconds) else { return nil }
        zone = fixed
        fixedOffset = seconds
        clock = String(clock[..<sign])
      }
      let fields = clock.replacingOccurrences(of: "h", with: ":")
        .split(separator: ":", omittingEmptySubsequences: false)
      guard (2...3).contains(fields.count),
        fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
        let h = Int(fields[0]), let m = Int(fields[1]), h < 24, m < 60
      else { return nil }
      hour = h
      minute = m
      if fields.count == 3 {
        guard let s = Int(fields[2]), s < 60 else { return nil }
        second = s
      }
    }
    if let fixedOffset, let day {
      let civil = CivilDay(year: year, month: month, day: day)
      guard civil.components == (year, month, day) else { return nil }
      let seconds =
        civil.number * 86_400 + hour * 3_600 + minute * 60 + second
        - fixedOffset
      return (
        OccurrenceDate(
          start: Date(timeIntervalSince1970: TimeInterval(seconds)),
          precision: .minute), true
      )
    }
    let calendar = Calendar.gregorian(in: zone)
    let components = DateComponents(
      year: year, month: month, day: day ?? 1, hour: hour, minute: minute,
      second: second)
    guard let date = calendar.date(from: components) else { return nil }
    let check = calendar.dateComponents([.year, .month, .day], from: date)
    guard check.year == year, check.month == month, check.day == (day ?? 1)
    else { return nil }
    // Foundation moves a skipped local time an hour on: say so instead.
    let clock = calendar.dateComponents([.hour, .minute], from: date)
    let exists =
      timeText == nil || (clock.hour == hour && clock.minute == minute)
    let precision: OccurrenceDate.Precision =
      timeText != nil ? .minute : day != nil ? .day : .month
    return (OccurrenceDate(start: date, precision: precision), exists)
  }
}
