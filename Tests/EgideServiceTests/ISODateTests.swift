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

  /// What the hand reading alone makes of a text.
  static func handDate(_ text: String) -> Date? {
    var text = text
    return text.withUTF8(ISODate.canonicalDate)
  }

  @Test(
    "every whole-second instant from 1900 to 2200 reads back as string() wrote it"
  )
  func readsWhatItWrites() {
    var random = SeededGenerator(state: 3)
    for _ in 0..<5_000 {
      let seconds = -2_208_988_800 + random.below(9_467_280_000)
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      #expect(Self.handDate(ISODate.string(date)) == date, "\(seconds)")
      #expect(ISODate.date(ISODate.string(date)) == date, "\(seconds)")
    }
  }

  @Test(
    "the hand reading reads the canonical form as the formatter does and leaves every other text to it"
  )
  func agreesWithFoundation() {
    var random = SeededGenerator(state: 17)
    func two(_ range: ClosedRange<Int>) -> String {
      let value = range.lowerBound + random.below(range.count)
      return value < 10 ? "0\(value)" : "\(value)"
    }
    var readByHand = 0
    for index in 0..<4_000 {
      // Mostly years the hand reading takes, some before the Gregorian
      // reform (the formatter counts those in the Julian calendar); fields
      // past their range (day 31 of a short month, 29 February of a common
      // year, hour 24, second 60) belong to the formatter.
      let year =
        index % 4 == 0 ? 1 + random.below(1_600) : 1_583 + random.below(8_417)
      let yearText = String(year).leftPadded(to: 4)
      var text =
        "\(yearText)-\(two(0...13))-\(two(0...32))T\(two(0...24)):\(two(0...60)):\(two(0...60))Z"
      // One text in four is changed where a hand reader could go wrong.
      switch index % 16 {
      case 1: text = text.replacingOccurrences(of: "T", with: "t")
      case 2: text = String(text.dropLast()) + "+01:00"
      case 3: text = String(text.dropLast()) + ".250Z"
      case 5: text = " " + text
      default: break
      }
      let expected = Self.foundationDate(text)
      #expect(ISODate.date(text) == expected, "\(text)")
      if let hand = Self.handDate(text) {
        readByHand += 1
        #expect(hand == expected, "\(text)")
      }
    }
    // Most texts of the canonical form with fields in range are read by
    // hand: a hand reading that refused them all would fail here.
    #expect(readByHand > 1_000, "\(readByHand) of 4000 read by hand")
  }

  @Test("the edges of the calendar read as the formatter reads them")
  func calendarEdges() {
    let readByHand = [
      "1583-01-01T00:00:00Z", "1600-02-29T12:00:00Z", "2000-02-29T12:00:00Z",
      "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
      "2028-02-29T23:59:59Z",
    ]
    let leftToTheFormatter = [
      "1582-12-31T00:00:00Z", "1700-02-29T12:00:00Z", "1900-02-29T12:00:00Z",
      "2100-02-29T12:00:00Z", "2026-12-31T23:59:60Z", "2026-12-31T24:00:00Z",
      "2026-04-31T10:00:00Z", "2026-00-10T10:00:00Z", "0000-01-01T00:00:00Z",
      "２０２６-11-20T13:30:00Z", "2026-11-20T13:30:00z",
    ]
    for text in readByHand {
      #expect(Self.handDate(text) != nil, "\(text)")
      #expect(Self.handDate(text) == Self.foundationDate(text), "\(text)")
    }
    for text in leftToTheFormatter {
      #expect(Self.handDate(text) == nil, "\(text)")
      #expect(ISODate.date(text) == Self.foundationDate(text), "\(text)")
    }
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
