import Foundation

/// The instants a summary of one period depends on, so that the store
/// reads only what they need.
///
/// Those instants are the period, the period it is compared with, and the
/// twelve months of the trend. A case is *relevant* when it was reported,
/// changed (assessed, escalated, ended, reopened, a measure requested or
/// moved) or fell due (its assessment, one of its measures) within
/// ``span``: only those cases need their full facts. Everything else a
/// summary shows is a ``StandingFigures``.
public struct SummaryScope: Sendable, Hashable {
  /// The period summarised.
  public var period: Range<Date>
  /// The period shown beside it, usually just before it.
  public var previous: Range<Date>
  /// The months of the trend, oldest first.
  public var months: [Range<Date>]

  /// Creates the scope of a summary.
  public init(period: Range<Date>, previous: Range<Date>, months: [Range<Date>])
  {
    self.period = period
    self.previous = previous
    self.months = months
  }

  /// From the start of the earlier window to the end of the later one.
  public var span: Range<Date> {
    min(
      period.lowerBound, previous.lowerBound)..<max(
        period.upperBound, previous.upperBound)
  }
}
