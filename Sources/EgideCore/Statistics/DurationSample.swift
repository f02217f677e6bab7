import Foundation

/// Durations in days that a summary gives as a median and a 90th
/// percentile (nearest rank), with how many there are.
///
/// Made either from the durations one by one (``append(_:)``), or from
/// their count and the values at the ranks asked for
/// (``init(count:valuesAtRanks:)``), which is how the running totals of a
/// registry answer without reading every duration: the store reads the
/// value at ``rank(of:among:)`` through an index.
public struct DurationSample: Sendable {
  /// How many durations there are.
  public private(set) var count = 0
  /// The durations, when they were given one by one.
  private var values: [Double] = []
  /// The value at each rank, when they were given so.
  private var atRank: [Int: Double] = [:]

  /// No duration.
  public init() {}

  /// `count` durations, of which the values at some ranks (from 1) are
  /// known.
  public init(count: Int, valuesAtRanks: [Int: Double]) {
    self.count = count
    atRank = valuesAtRanks
  }

  /// Adds one duration.
  public mutating func append(_ days: Double) {
    precondition(atRank.isEmpty, "a sample made from ranks takes no value")
    values.append(days)
    count += 1
  }

  /// The rank (from 1) of the q-quantile among `count` values, by nearest
  /// rank: the smallest value with at least q of the values at or below
  /// it.
  public static func rank(of q: Double, among count: Int) -> Int {
    min(max(Int((q * Double(count)).rounded(.up)), 1), count)
  }

  /// The q-quantile (nearest rank), `nil` for none.
  ///
  /// A sample made from ranks answers only for the ranks it was given.
  public func quantile(_ q: Double) -> Double? {
    guard count > 0 else { return nil }
    let rank = Self.rank(of: q, among: count)
    if !values.isEmpty { return values.sorted()[rank - 1] }
    guard let value = atRank[rank] else {
      preconditionFailure("no value at rank \(rank) of \(count) was given")
    }
    return value
  }

  /// The durations given one by one, in the order given.
  public var all: [Double] { values }

  /// The bucket a duration is counted in, so that a quantile is found
  /// from counts by bucket and a short step within one bucket: its hour
  /// for the first 30 days (0 to 719), then its day (720 for the 30th,
  /// and on).
  ///
  /// Never smaller for a longer duration, so that the durations of a
  /// bucket all come after those of the buckets before it.
  public static func bucket(of days: Double) -> Int {
    guard days.isFinite else {
      return days > 0 ? 720 + Int(Int32.max) : Int(Int32.min)
    }
    let hours = (days * 24).rounded(.down)
    guard hours >= 720 else { return Int(max(hours, Double(Int32.min))) }
    return 720 + Int(min(max((days - 30).rounded(.down), 0), Double(Int32.max)))
  }

}
