import EgideTestSupport
import Foundation
import Testing

@testable import EgideCore

/// The ages of the open backlog, from every report and from counts by
/// bucket: the two must give the same brackets, median and 90th
/// percentile.
@Suite("Ages of the open backlog")
struct BacklogAgesTests {
  static let day = 86_400.0

  /// What the running totals keep of `reports`: how many in each bucket.
  static func countsByBucket(_ reports: [Date]) -> [Int: Int] {
    Dictionary(
      reports.map { (BacklogAges.bucket(of: $0), 1) }, uniquingKeysWith: +)
  }

  /// The ages from counts by bucket, each bucket's instants taken from
  /// `reports`; the buckets asked for are noted.
  static func fromBuckets(
    _ reports: [Date], end: Date, asked: inout [Int]
  ) -> BacklogAges? {
    BacklogAges(end: end, countsByBucket: countsByBucket(reports)) { bucket in
      asked.append(bucket)
      let range = BacklogAges.instants(in: bucket)
      return reports.filter { $0 > range.after && $0 <= range.upTo }
    }
  }

  @Test("every midnight in Paris, summer and winter, ends a bucket")
  func parisMidnightsEndBuckets() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = Fixture.paris
    var midnight = Fixture.paris(1990, 1, 1)
    var days = 0
    while midnight < Fixture.paris(2041, 1, 1) {
      #expect(BacklogAges.bucket(endingAt: midnight) != nil, "\(midnight)")
      midnight = try #require(
        calendar.date(byAdding: .day, value: 1, to: midnight))
      days += 1
    }
    #expect(days > 18_000)
    // Midnight UTC is not one: a summary cut there is not read by bucket.
    #expect(BacklogAges.bucket(endingAt: Fixture.utc(2026, 11, 1)) == nil)
  }

  @Test("a bucket holds exactly the instants that fall in it")
  func bucketsHoldTheirInstants() {
    var random = SeededGenerator(state: 11)
    let start = Fixture.utc(2020, 1, 1).timeIntervalSince1970
    for _ in 0..<5_000 {
      // Whole hours, and instants a millisecond either side, as well as
      // any instant.
      let hour =
        (start / 3_600 + Double(Int.random(in: 0..<90_000, using: &random)))
        * 3_600
      let instant = Date(
        timeIntervalSince1970: [
          hour, hour - 0.001, hour + 0.001,
          hour + Double.random(in: 0..<3_600, using: &random),
        ].randomElement(using: &random) ?? hour)
      let bucket = BacklogAges.bucket(of: instant)
      let range = BacklogAges.instants(in: bucket)
      #expect(instant > range.after && instant <= range.upTo, "\(instant)")
      #expect(BacklogAges.bucket(endingAt: range.upTo) == bucket)
      #expect(BacklogAges.bucket(endingAt: range.after) != nil)
    }
  }

  @Test(
    "the ages from counts by bucket equal the ages from every report, at month ends in summer and winter time",
    arguments: 1...24 as ClosedRange<UInt64>)
  func bucketsGiveTheSameAges(seed: UInt64) throws {
    var random = SeededGenerator(state: seed)
    let year = Int.random(in: 2024...2027, using: &random)
    let month = Int.random(in: 1...12, using: &random)
    let end = try ReportingPeriod.month(
      String(format: "%04d-%02d", year, month), timeZone: Fixture.paris
    ).end
    var reports: [Date] = []
    for _ in 0..<Int.random(in: 1...400, using: &random) {
      // Exactly a whole number of days before the end (a bracket's
      // bound), a millisecond either side of it, or anywhere.
      let days = Double(Int.random(in: 1...800, using: &random))
      let bound = end.timeIntervalSince1970 - days * Self.day
      let seconds =
        [
          bound, bound - 0.001, bound + 0.001,
          end.timeIntervalSince1970
            - Double.random(in: 0.001..<(800 * Self.day), using: &random),
        ].randomElement(using: &random) ?? bound
      reports.append(Date(timeIntervalSince1970: seconds))
    }
    var asked: [Int] = []
    let fromBuckets = Self.fromBuckets(reports, end: end, asked: &asked)
    #expect(fromBuckets == BacklogAges(reportedAt: reports, end: end))
    // Only the buckets of the two quantiles were listed.
    #expect(asked.count == 2)
    #expect(fromBuckets?.count == reports.count)
  }

  @Test(
    "a case reported exactly 30 days before the end is 30 days old; a millisecond later, under 30"
  )
  func bracketBoundIsExact() throws {
    let end = Fixture.paris(2026, 11, 1)  // winter time since 25 October
    let bound = end.addingTimeInterval(-30 * Self.day)  // in summer time
    let reports = [bound, bound.addingTimeInterval(0.001)]
    var asked: [Int] = []
    let ages = try #require(Self.fromBuckets(reports, end: end, asked: &asked))
    #expect(ages.bracketCounts == [1, 1, 0, 0, 0])
    #expect(ages.p90 == 30)
    #expect(ages == BacklogAges(reportedAt: reports, end: end))
  }

  @Test(
    "counts that do not add up give no ages, so that the open cases are listed instead"
  )
  func inconsistentCountsGiveNothing() {
    let end = Fixture.paris(2026, 11, 1)
    let reports = (1...10).map {
      end.addingTimeInterval(-Double($0) * Self.day)
    }
    var counts = Self.countsByBucket(reports)
    func ages(_ counts: [Int: Int], end: Date = end) -> BacklogAges? {
      BacklogAges(end: end, countsByBucket: counts) { bucket in
        let range = BacklogAges.instants(in: bucket)
        return reports.filter { $0 > range.after && $0 <= range.upTo }
      }
    }
    #expect(ages(counts) == BacklogAges(reportedAt: reports, end: end))
    // A bucket that says two where one case was reported.
    let median = BacklogAges.bucket(of: reports[4])
    counts[median, default: 0] += 1
    #expect(ages(counts) == nil)
    counts = Self.countsByBucket(reports)
    // A negative count; a bucket after the end; an end at midnight UTC.
    #expect(ages(counts.merging([median - 24 * 30: -1]) { $0 + $1 }) == nil)
    #expect(
      ages(counts.merging([BacklogAges.bucket(of: end) + 24: 1]) { $0 + $1 })
        == nil)
    #expect(ages(counts, end: Fixture.utc(2026, 11, 1)) == nil)
    // A bucket that is not a bucket's end (a count edited by hand).
    #expect(ages(counts.merging([median - 5: 1]) { $0 + $1 }) == nil)
  }

  @Test(
    "a duration's bucket is its hour for 30 days, then its day, and never smaller for a longer duration"
  )
  func durationBuckets() {
    let hour = 1.0 / 24
    #expect(DurationSample.bucket(of: 0) == 0)
    #expect(DurationSample.bucket(of: hour) == 1)
    #expect(DurationSample.bucket(of: 2.5) == 60)
    #expect(DurationSample.bucket(of: 30 - 0.001) == 719)
    #expect(DurationSample.bucket(of: 30) == 720)
    #expect(DurationSample.bucket(of: 31.5) == 721)
    #expect(DurationSample.bucket(of: -0.01) == -1)
    var random = SeededGenerator(state: 12)
    for _ in 0..<20_000 {
      let a = Double.random(in: -2..<800, using: &random)
      let b =
        [
          a + Double.random(in: 0..<0.01, using: &random), a.nextUp,
          a + Double.random(in: 0..<50, using: &random),
        ].randomElement(using: &random) ?? a
      #expect(
        DurationSample.bucket(of: a) <= DurationSample.bucket(of: b),
        "\(a) \(b)")
    }
  }
}
