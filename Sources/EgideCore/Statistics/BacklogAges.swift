import Foundation

/// The ages of the cases open at the end of a period, as a summary gives
/// them: how many there are, how many in each age bracket, and the median
/// and 90th percentile of their ages (nearest rank, in days of 86,400
/// seconds from when each was reported to the end).
///
/// Made either from when each open case was reported
/// (``init(reportedAt:end:)``, the definition), or from how many open
/// cases were reported in each *bucket* of time, plus the exact report
/// instants of the open cases of the two buckets the quantiles fall in
/// (``init(end:countsByBucket:reportedIn:)``), which is how a registry's
/// running totals answer without listing every open case.
///
/// A bucket ends at a whole hour at which a day may start in Paris, 22:00
/// or 23:00 UTC (midnight in summer and in winter time), and holds the
/// instants after the previous such hour, up to and including its own:
/// the age brackets of a summary whose period ends at a Paris midnight
/// start and end on bucket boundaries, so that counts by bucket give
/// every bracket exactly.
public struct BacklogAges: Sendable, Hashable {
  /// An age bracket of the open backlog.
  public struct Bracket: Sendable, Hashable {
    /// The bracket's key in a summary's table.
    public var key: String
    /// Its ages, in days; the last is open-ended.
    public var days: Range<Double>
  }

  /// The age brackets of the open backlog, youngest first.
  public static let brackets: [Bracket] = [
    .init(key: "under_30_days", days: 0..<30),
    .init(key: "30_to_89_days", days: 30..<90),
    .init(key: "90_to_179_days", days: 90..<180),
    .init(key: "180_to_364_days", days: 180..<365),
    .init(key: "365_days_or_more", days: 365..<Double.infinity),
  ]

  /// How many cases were open at the end.
  public private(set) var count = 0
  /// How many of them fall in each of ``brackets``, in the same order.
  public private(set) var bracketCounts: [Int]
  /// The median age in days, nil for no open case.
  public private(set) var median: Double?
  /// The 90th percentile of the ages in days, nil for no open case.
  public private(set) var p90: Double?

  private static let day = 86_400.0
  private static let hour = 3_600.0

  /// The ages of cases open at `end`, from when each was reported.
  public init(reportedAt: [Date], end: Date) {
    let ages = reportedAt.map { end.timeIntervalSince($0) / Self.day }.sorted()
    count = ages.count
    bracketCounts = Self.brackets.map { bracket in
      ages.filter { bracket.days.contains($0) }.count
    }
    func quantile(_ q: Double) -> Double? {
      ages.isEmpty
        ? nil : ages[DurationSample.rank(of: q, among: ages.count) - 1]
    }
    median = quantile(0.5)
    p90 = quantile(0.9)
  }

  /// The ages of cases open at `end`, from how many were reported in
  /// each bucket (``bucket(of:)``, buckets with none left out), and the
  /// instants when the open cases of a bucket were reported, asked of
  /// `reportedIn` for the buckets the quantiles fall in.
  ///
  /// Nil when these cannot give the ages exactly: `end` or a bracket's
  /// bound is not a bucket boundary, a count is negative or lies beyond
  /// `end`, or a bucket's instants are not as many as its count (totals
  /// edited outside Égide); the caller then lists the open cases.
  public init?(
    end: Date, countsByBucket: [Int: Int],
    reportedIn: (_ bucket: Int) throws -> [Date]
  ) rethrows {
    guard let last = Self.bucket(endingAt: end),
      countsByBucket.allSatisfy({ bucket, count in
        count > 0 && count < Int32.max && Self.isPlausible(bucket)
          && bucket <= last
          && Self.bucket(endingAt: Self.instants(in: bucket).upTo) == bucket
      })
    else { return nil }
    count = Self.total(of: countsByBucket)
    bracketCounts = []
    for bracket in Self.brackets {
      // Age at least `lower` days: reported at or before end - lower.
      guard
        let upTo = Self.bucket(
          endingAt: end.addingTimeInterval(-bracket.days.lowerBound * Self.day))
      else { return nil }
      var after = Int.min
      if bracket.days.upperBound.isFinite {
        guard
          let bound = Self.bucket(
            endingAt: end.addingTimeInterval(
              -bracket.days.upperBound * Self.day))
        else { return nil }
        after = bound
      }
      bracketCounts.append(
        countsByBucket.lazy.filter { $0.key > after && $0.key <= upTo }
          .map(\.value).reduce(0, +))
    }
    guard count > 0 else { return }
    // Ages in ascending order are reports in descending order: walk the
    // buckets from the latest.
    let buckets = countsByBucket.sorted { $0.key > $1.key }
    var listed: [Int: [Date]] = [:]
    func quantile(_ q: Double) throws -> Double? {
      var rank = DurationSample.rank(of: q, among: count)
      for (bucket, inBucket) in buckets {
        guard rank > inBucket else {
          // Latest first; asked once for both quantiles.
          let instants = try listed[bucket] ?? reportedIn(bucket).sorted(by: >)
          listed[bucket] = instants
          guard instants.count == inBucket else { return nil }
          return end.timeIntervalSince(instants[rank - 1]) / Self.day
        }
        rank -= inBucket
      }
      return nil
    }
    guard let median = try quantile(0.5), let p90 = try quantile(0.9)
    else { return nil }
    self.median = median
    self.p90 = p90
  }

  /// How many cases counts by bucket hold; 0 when one is out of any
  /// registry's reach (edited outside Égide), rather than overflow.
  public static func total(of countsByBucket: [Int: Int]) -> Int {
    guard countsByBucket.values.allSatisfy({ abs($0) < Int32.max }) else {
      return 0
    }
    return countsByBucket.values.reduce(0, +)
  }

  /// Whether a bucket number is one of an instant within a few hundred
  /// thousand years of 1970, as every bucket written is: a number edited
  /// beyond is never turned back into instants.
  public static func isPlausible(_ bucket: Int) -> Bool {
    abs(bucket) < Int(Int32.max)
  }

  /// The bucket an instant falls in: the first whole hour at or after it
  /// that is 22:00 or 23:00 UTC, in hours since 1970.
  public static func bucket(of instant: Date) -> Int {
    let hour = Int((instant.timeIntervalSince1970 / Self.hour).rounded(.up))
    let hourOfDay = ((hour % 24) + 24) % 24
    return hourOfDay == 23 ? hour : hour + 22 - hourOfDay
  }

  /// The bucket `boundary` ends, or nil when it is not a bucket's end
  /// (a whole hour at 22:00 or 23:00 UTC).
  public static func bucket(endingAt boundary: Date) -> Int? {
    let hours = boundary.timeIntervalSince1970 / Self.hour
    guard hours.rounded() == hours, abs(hours) < Double(Int32.max) else {
      return nil
    }
    let bucket = Int(hours)
    return bucket == Self.bucket(of: boundary) ? bucket : nil
  }

  /// The instants a bucket holds: after the end of the bucket before it,
  /// up to and including its own end.
  public static func instants(in bucket: Int) -> (after: Date, upTo: Date) {
    let hourOfDay = ((bucket % 24) + 24) % 24
    let previous = hourOfDay == 23 ? bucket - 1 : bucket - 23
    return (
      Date(timeIntervalSince1970: Double(previous) * Self.hour),
      Date(timeIntervalSince1970: Double(bucket) * Self.hour)
    )
  }
}
