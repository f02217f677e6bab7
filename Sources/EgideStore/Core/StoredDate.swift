import EgideCore
import Foundation

/// Dates as the registry stores them: ISO 8601 in UTC with milliseconds
/// (`2026-11-26T14:41:05.123Z`), fixed width so that text order is time
/// order.
public enum StoredDate {
  /// Formats an instant for storage.
  public static func string(from date: Date) -> String {
    var millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    var seconds = time_t(millis / 1000)
    millis = millis - Int64(seconds) * 1000
    if millis < 0 {
      millis += 1000
      seconds -= 1
    }
    var parts = tm()
    gmtime_r(&seconds, &parts)
    // Written digit by digit: String(format:) costs more than the rest of
    // a bulk import's date handling together.
    var bytes = [UInt8](repeating: 0, count: 24)
    func put(_ value: Int, at start: Int, width: Int) {
      var value = value
      for index in stride(from: start + width - 1, through: start, by: -1) {
        bytes[index] = UInt8(48 + value % 10)
        value /= 10
      }
    }
    put(Int(parts.tm_year) + 1900, at: 0, width: 4)
    bytes[4] = 45  // -
    put(Int(parts.tm_mon) + 1, at: 5, width: 2)
    bytes[7] = 45
    put(Int(parts.tm_mday), at: 8, width: 2)
    bytes[10] = 84  // T
    put(Int(parts.tm_hour), at: 11, width: 2)
    bytes[13] = 58  // :
    put(Int(parts.tm_min), at: 14, width: 2)
    bytes[16] = 58
    put(Int(parts.tm_sec), at: 17, width: 2)
    bytes[19] = 46  // .
    put(Int(millis), at: 20, width: 3)
    bytes[23] = 90  // Z
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads a stored date.
  ///
  /// - Throws: ``StoreError`` if the text is not a stored date.
  public static func date(from text: String) throws(StoreError) -> Date {
    // Summaries and lists read hundreds of thousands of dates: parse the
    // UTF-8 in place, without copying it.
    var text = text
    let parsed = text.withUTF8 { parse($0) }
    guard let parsed else {
      throw StoreError(
        .corruptValue,
        "stored date '\(text)' is malformed; the registry was altered outside Égide"
      )
    }
    return parsed
  }

  /// The instant `YYYY-MM-DDTHH:MM:SS.mmmZ` names, nil if malformed.
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    func number(_ start: Int, _ count: Int) -> Int? {
      guard start + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[start..<(start + count)] {
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard bytes.count == 24, let year = number(0, 4), let month = number(5, 2),
      let day = number(8, 2), let hour = number(11, 2),
      let minute = number(14, 2), let second = number(17, 2),
      let millis = number(20, 3)
    else { return nil }
    let seconds = secondsSinceEpoch(
      year: year, month: month, day: day, hour: hour, minute: minute,
      second: second)
    return Date(
      timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(millis) / 1000
    )
  }

  /// Seconds since 1970 of a UTC calendar time, as `timegm` counts them
  /// (days, hours, minutes and seconds out of range carry over).
  static func secondsSinceEpoch(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
  ) -> Int {
    guard (1...12).contains(month) else {
      var parts = tm()
      parts.tm_year = Int32(year - 1900)
      parts.tm_mon = Int32(month - 1)
      parts.tm_mday = Int32(day)
      parts.tm_hour = Int32(hour)
      parts.tm_min = Int32(minute)
      parts.tm_sec = Int32(second)
      return Int(timegm(&parts))
    }
    let days = CivilDay(year: year, month: month, day: day).number
    return ((days * 24 + hour) * 60 + minute) * 60 + second
  }
}
