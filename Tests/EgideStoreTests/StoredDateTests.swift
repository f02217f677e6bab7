import Foundation
import Testing

@testable import EgideStore

#if canImport(Glibc)
import Glibc
#endif

@Suite("Stored dates")
struct StoredDateTests {
  @Test("calendar arithmetic counts seconds as timegm does")
  func arithmeticMatchesTimegm() {
    var state: UInt64 = 7
    func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound
        + Int((state >> 33) % UInt64(range.count))
    }
    for _ in 0..<20_000 {
      // Fields out of range (day 0, day 31 of a short month, hour 25)
      // carry over in both.
      let (year, month, day) = (next(1890...2400), next(1...12), next(0...32))
      let (hour, minute, second) = (next(0...25), next(0...61), next(0...61))
      var parts = tm()
      parts.tm_year = Int32(year - 1900)
      parts.tm_mon = Int32(month - 1)
      parts.tm_mday = Int32(day)
      parts.tm_hour = Int32(hour)
      parts.tm_min = Int32(minute)
      parts.tm_sec = Int32(second)
      #expect(
        StoredDate.secondsSinceEpoch(
          year: year, month: month, day: day, hour: hour, minute: minute,
          second: second) == Int(timegm(&parts)),
        "\(year)-\(month)-\(day) \(hour):\(minute):\(second)")
    }
  }

  @Test("a stored date reads as its UTC calendar time plus milliseconds")
  func readsCalendarTime() throws {
    var state: UInt64 = 11
    func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound
        + Int((state >> 33) % UInt64(range.count))
    }
    for _ in 0..<5_000 {
      let fields = [
        next(1900...2200), next(1...12), next(1...28), next(0...23),
        next(0...59), next(0...59), next(0...999),
      ]
      let text = String(
        format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", fields[0], fields[1],
        fields[2], fields[3], fields[4], fields[5], fields[6])
      var parts = tm()
      parts.tm_year = Int32(fields[0] - 1900)
      parts.tm_mon = Int32(fields[1] - 1)
      parts.tm_mday = Int32(fields[2])
      parts.tm_hour = Int32(fields[3])
      parts.tm_min = Int32(fields[4])
      parts.tm_sec = Int32(fields[5])
      let expected = Date(
        timeIntervalSince1970: TimeInterval(timegm(&parts))
          + TimeInterval(fields[6]) / 1000)
      #expect(try StoredDate.date(from: text) == expected, "\(text)")
    }
    #expect(
      try StoredDate.date(from: "2026-10-31T23:00:00.000Z")
        == Date(timeIntervalSince1970: 1_793_487_600))
    let now = Date(timeIntervalSince1970: 1_795_000_000.25)
    #expect(
      try StoredDate.date(from: StoredDate.string(from: now)) == now)
  }

  @Test("a malformed stored date is a corrupt value")
  func malformed() {
    for text in [
      "", "2026-10-31", "2026-10-31T23:00:00.000", "2026-1O-31T23:00:00.000Z",
    ] {
      expectStoreError(.corruptValue) { try StoredDate.date(from: text) }
    }
  }
}
