import EgideTestSupport
import Foundation
import Testing

@testable import EgideService

@Suite("Wire dates")
struct ISODateTests {
  /// What Foundation's formatter reads, the definition the hand reading
  /// must keep.
  static func foundationDate(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)
  }

  @Test("every instant reads back as the one string() wrote")
  func readsWhatItWrites() {
    var random = SeededGenerator(state: 3)
    for _ in 0..<5_000 {
      // From 1900 to 2200, to the second.
      let seconds = -2_208_988_800 + random.below(9_467_280_000)
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      #expect(ISODate.date(ISODate.string(date)) == date, "\(seconds)")
    }
  }

  @Test(
    "a wire date reads as Foundation's formatter reads it, whatever its form")
  func agreesWithFoundation() {
    var random = SeededGenerator(state: 17)
    func two(_ range: ClosedRange<Int>) -> String {
      let value = range.lowerBound + random.below(range.count)
      return value < 10 ? "0\(value)" : "\(value)"
    }
    var read = 0
    for index in 0..<4_000 {
      // Fields past their range (day 31 of a short month, 29 February of
      // a common year, hour 24, second 60) are left to the formatter.
      let year = String(1 + random.below(2_400)).leftPadded(to: 4)
      var text =
        "\(year)-\(two(0...13))-\(two(0...32))T\(two(0...24)):\(two(0...60)):\(two(0...60))Z"
      // One text in four is changed where a hand reader could go wrong.
      switch index % 16 {
      case 0: text = text.replacingOccurrences(of: "T", with: "t")
      case 1: text = String(text.dropLast()) + "+01:00"
      case 2: text = String(text.dropLast()) + ".250Z"
      case 3: text = " " + text
      default: break
      }
      let expected = Self.foundationDate(text)
      #expect(ISODate.date(text) == expected, "\(text)")
      if expected != nil { read += 1 }
    }
    // The property means something only if both kinds of text occur.
    #expect(read > 1_000 && read < 3_900, "\(read) of 4000 read")
    // The formatter reads full-width digits; the hand reading leaves them
    // to it.
    let wide = "２０２６-11-20T13:30:00Z"
    #expect(ISODate.date(wide) != nil)
    #expect(ISODate.date(wide) == Self.foundationDate(wide))
  }

  @Test("texts that are not dates read as nil")
  func refusesNonDates() {
    for text in [
      "", "2026-11-20", "2026-11-20T13:30Z", "2026-11-20T13:30:00",
      "2026-11-20 13:30:00Z", "2026-1l-20T13:30:00Z",
    ] {
      #expect(ISODate.date(text) == Self.foundationDate(text), "\(text)")
      #expect(ISODate.date(text) == nil, "\(text)")
    }
  }
}

extension String {
  /// The text with zeros before it up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
