import EgideCore
import Foundation

/// How dates and values are shown to people: in the registry's time zone,
/// to the minute.
public struct Display: Sendable {
  /// The time zone dates are shown in.
  public var timeZone: TimeZone

  /// Shows dates in `timeZone`.
  public init(timeZone: TimeZone) { self.timeZone = timeZone }

  /// `2026-11-20 14:30`.
  public func dateTime(_ date: Date) -> String {
    let p = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", p.year ?? 0, p.month ?? 0,
      p.day ?? 0, p.hour ?? 0, p.minute ?? 0)
  }

  /// `2026-11-20`.
  public func day(_ date: Date) -> String { String(dateTime(date).prefix(10)) }

  /// A length of time such as `2 d 4 h`, `5 h 10 min` or `12 min`.
  public static func duration(_ seconds: TimeInterval) -> String {
    let minutes = Int(seconds / 60)
    let (days, hours) = (minutes / 1_440, (minutes % 1_440) / 60)
    if days > 0 { return hours > 0 ? "\(days) d \(hours) h" : "\(days) d" }
    if hours > 0 { return "\(hours) h \(minutes % 60) min" }
    return "\(minutes) min"
  }

  /// A duration such as `3 d` or `5 h`.
  public static func age(from start: Date, to end: Date) -> String {
    let seconds = end.timeIntervalSince(start)
    let days = Int(seconds / 86_400)
    if days >= 1 { return "\(days) d" }
    return "\(max(0, Int(seconds / 3_600))) h"
  }
}

/// ISO 8601 UTC for JSON output: `2026-11-20T13:30:00Z`.
public enum ISODate {
  /// `2026-11-20T13:30:00Z`.
  public static func string(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    // Written digit by digit: String(format:) cost a served list of 50
    // cases a seventh of its time (BENCHMARKS.md, "The served registry").
    var bytes: [UInt8] = Array("0000-00-00T00:00:00Z".utf8)
    func put(_ value: Int32, at start: Int, width: Int) {
      var value = Int(value)
      for index in stride(from: start + width - 1, through: start, by: -1) {
        bytes[index] = UInt8(48 + value % 10)
        value /= 10
      }
    }
    put(parts.tm_year + 1900, at: 0, width: 4)
    put(parts.tm_mon + 1, at: 5, width: 2)
    put(parts.tm_mday, at: 8, width: 2)
    put(parts.tm_hour, at: 11, width: 2)
    put(parts.tm_min, at: 14, width: 2)
    put(parts.tm_sec, at: 17, width: 2)
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension ISODate {
  /// The instant an ISO 8601 UTC text of ``string(_:)`` names, or nil.
  ///
  /// What ``string(_:)`` writes (`2026-11-20T13:30:00Z`, every field in
  /// range) is read by hand; any other text goes to Foundation's
  /// `ISO8601DateFormatter` (internet date-time), so that what is accepted
  /// does not change. The formatter opens an ICU date format each time:
  /// `show` of a 50-event case spent a third of its time there
  /// (BENCHMARKS.md, "Show and list without ICU").
  public static func date(_ text: String) -> Date? {
    var text = text
    if let date = text.withUTF8(canonicalDate) { return date }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)
  }

  /// The instant of `YYYY-MM-DDTHH:MM:SSZ` with a year from 1583 (the
  /// formatter counts earlier days in the Julian calendar), a day that
  /// the month has, an hour below 24 and minutes and seconds below 60;
  /// nil for any other text.
  static func canonicalDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D,
      bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
      bytes[19] == 0x5A
    else { return nil }
    func number(_ start: Int, _ count: Int) -> Int? {
      var value = 0
      for byte in bytes[start..<(start + count)] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0, 4), year >= 1583, let month = number(5, 2),
      (1...12).contains(month), let day = number(8, 2), day >= 1,
      let hour = number(11, 2), hour < 24, let minute = number(14, 2),
      minute < 60, let second = number(17, 2), second < 60
    else { return nil }
    let civil = CivilDay(year: year, month: month, day: day)
    // A day the month does not have would carry over: leave it to the
    // formatter.
    guard civil.components == (year, month, day) else { return nil }
    let seconds = ((civil.number * 24 + hour) * 60 + minute) * 60 + second
    return Date(timeIntervalSince1970: TimeInterval(seconds))
  }
}
