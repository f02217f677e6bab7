import Foundation

/// The running totals a registry keeps for one calendar month, quarter
/// or year: what a ``SummaryTally`` of that period alone counts, as
/// counts by key and durations by list.
///
/// The totals of a period are the sum, over every case, of that case's
/// own tally (``SummaryTally/contributions(of:in:)``), so that adding a
/// case's new contribution and taking away its old one keeps them equal
/// to the tally of every case. A count that comes to zero is dropped.
///
/// Keys: `new`, `new.with_platform`, `new.administrative`,
/// `new.DIMENSION.VALUE`, `escalated`, `escalated.LEVEL`, `resolved`,
/// `closed.REASON`, `missed.assessment`, `missed.measure` (the figures a
/// summary shows for its period and the one before); `measures.requested.KIND`
/// (also `granted`, `refused`), `protection.requested.BASIS` (also
/// `granted`, `refused`, `silence`), `takedowns.sent.PLATFORM` (the
/// period's own); `durations.LIST`, how many durations a list holds, and
/// `bucket.N.LIST`, how many in bucket N (``DurationSample/bucket(of:)``);
/// and, for a month only, `open.change` and `in_place.change.KIND`, how
/// the month changes the cases open and the measures in place (added up
/// to a month, what stands at its end; they may be negative).
/// A month also keeps ``openByBucket``, its change to the cases open by
/// when they were reported, for the ages of the open backlog.
/// Lists: `to_assessment`, `to_escalation`, `to_resolution`,
/// `takedown_removal` and `takedown_removal.PLATFORM`.
public struct PeriodTotals: Sendable, Equatable {
  /// Each count by key; none is zero.
  public var counts: [String: Int] = [:]
  /// Each list's durations in days, in no particular order.
  public var durations: [String: [Double]] = [:]
  /// For a month only: how it changes the cases open, by bucket of report.
  ///
  /// The bucket is ``BacklogAges/bucket(of:)`` of when each case was
  /// reported; none is zero. Added up to a month, how many of the cases
  /// open at its end were reported in each bucket.
  public var openByBucket: [Int: Int] = [:]

  /// No count, no duration.
  public init() {}

  /// Whether there is nothing to keep.
  public var isEmpty: Bool {
    counts.isEmpty && durations.isEmpty && openByBucket.isEmpty
  }

  /// Adds `count` to a key, dropping it when it comes to zero.
  public mutating func add(_ count: Int, to key: String) {
    let sum = counts[key, default: 0] + count
    counts[key] = sum == 0 ? nil : sum
  }

  /// Adds `change` to the cases open reported in a bucket, dropping it
  /// when it comes to zero.
  public mutating func add(_ change: Int, toOpenIn bucket: Int) {
    let sum = openByBucket[bucket, default: 0] + change
    openByBucket[bucket] = sum == 0 ? nil : sum
  }

  /// Adds every count and duration of `other`.
  public mutating func add(_ other: PeriodTotals) {
    for (key, count) in other.counts { add(count, to: key) }
    for (bucket, change) in other.openByBucket {
      add(change, toOpenIn: bucket)
    }
    for (list, values) in other.durations {
      durations[list, default: []] += values
    }
  }

  /// The key counting a list's durations.
  public static func countKey(of list: String) -> String {
    "durations.\(list)"
  }

  /// The key counting a list's durations in one bucket
  /// (``DurationSample/bucket(of:)``).
  public static func bucketKey(of list: String, bucket: Int) -> String {
    "bucket.\(bucket).\(list)"
  }

  /// The list and bucket a ``bucketKey(of:bucket:)`` names, nil for
  /// another key.
  public static func listAndBucket(of key: String) -> (String, Int)? {
    guard key.hasPrefix("bucket.") else { return nil }
    let parts = key.dropFirst("bucket.".count).split(
      separator: ".", maxSplits: 1)
    guard parts.count == 2, let bucket = Int(parts[0]) else { return nil }
    return (String(parts[1]), bucket)
  }
}

/// The running totals of one period as a registry answers them: every
/// count, and of each list of durations only its count and the values at
/// the ranks a summary reads (``DurationSample/rank(of:among:)`` of the
/// median and the 90th percentile).
///
/// The totals of the period a summary compares with are read without
/// their durations, which it does not show: their ``durations`` is empty.
public struct RecordedTotals: Sendable {
  /// Each count by key (``PeriodTotals``'s keys).
  public var counts: [String: Int]
  /// Each list of durations.
  public var durations: [String: DurationSample]

  /// Totals as read.
  public init(counts: [String: Int], durations: [String: DurationSample]) {
    self.counts = counts
    self.durations = durations
  }

  /// The quantiles a summary gives of each list of durations.
  public static let quantiles = [0.5, 0.9]
}
