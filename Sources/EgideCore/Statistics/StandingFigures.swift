import Foundation

/// The figures of a summary that depend on every case reported before the
/// end of the period, not only on what happened in it: the open backlog at
/// the end of each window, the measures in place, and the twelve-month
/// trend.
///
/// The store counts them with SQL without reading each case;
/// ``init(counting:in:)`` counts them from the facts of every case, the
/// definition the store must agree with.
public struct StandingFigures: Sendable, Hashable {
  /// New and resolved cases in one month of the trend.
  public struct Month: Sendable, Hashable {
    /// Cases reported in the month.
    public var new: Int
    /// Cases whose last ending recorded in the month is a resolution: the
    /// overview's "resolved" of a month, so that the trend and the
    /// overview of the same month show the same figure.
    public var resolved: Int

    /// Creates the figures of a month.
    public init(new: Int, resolved: Int) {
      self.new = new
      self.resolved = resolved
    }
  }

  /// The cases open at the end of the period, by age.
  public var backlog: BacklogAges
  /// How many cases were open at the end of the previous period.
  public var openAtPreviousEnd: Int
  /// How many measures of each kind were in place at the end of the
  /// period; kinds with none are left out.
  public var measuresInPlace: [MeasureKind: Int]
  /// One per month of ``SummaryScope/months``, in the same order.
  public var months: [Month]

  /// Creates the figures.
  public init(
    backlog: BacklogAges, openAtPreviousEnd: Int,
    measuresInPlace: [MeasureKind: Int], months: [Month]
  ) {
    self.backlog = backlog
    self.openAtPreviousEnd = openAtPreviousEnd
    self.measuresInPlace = measuresInPlace.filter { $0.value > 0 }
    self.months = months
  }

  /// The figures counted from the facts of every case.
  public init(counting cases: [CaseFacts], in scope: SummaryScope) {
    let end = scope.period.upperBound
    var inPlace: [MeasureKind: Int] = [:]
    for measure in cases.lazy.flatMap(\.measures)
    where measure.status(at: end) == .inPlace {
      inPlace[measure.kind, default: 0] += 1
    }
    self.init(
      backlog: BacklogAges(
        reportedAt: cases.filter { $0.isOpen(at: end) }.map(\.reportedAt),
        end: end),
      openAtPreviousEnd: cases.filter {
        $0.isOpen(at: scope.previous.upperBound)
      }.count,
      measuresInPlace: inPlace,
      months: scope.months.map { month in
        Month(
          new: cases.filter { month.contains($0.reportedAt) }.count,
          resolved: cases.filter {
            $0.endings.last { month.contains($0.at) }?.ending == .resolved
          }.count)
      })
  }
}
