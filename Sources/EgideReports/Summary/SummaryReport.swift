import EgideCore
import Foundation

/// A summary of the registry for one period.
///
/// It holds every figure, the tables that show them, and the disclosure
/// rule applied. It holds no name, no free
/// text and no per-person count.
public struct SummaryReport: Sendable {
  /// The period summarised.
  public var period: ReportingPeriod
  /// The period shown beside it.
  public var previousPeriod: ReportingPeriod
  /// When the summary was made.
  public var generatedAt: Date
  /// Every figure, by identifier such as `new.kind.threat@current`.
  public var statistics: [String: Statistic]
  /// The tables, in display order.
  public var tables: [SummaryTable]
  /// Sets of figures that add up to a total shown elsewhere (beyond each
  /// table's columns): the months of a quarter and the quarter's total.
  public var extraLines: [AdditiveLine]
  /// For each duration, the count of cases it rests on (by identifier):
  /// a duration is hidden wherever its count is.
  public var bases: [String: String]
  /// The disclosure rule applied, once applied.
  public var disclosure: DisclosureRule?

  /// Creates a report.
  public init(
    period: ReportingPeriod, previousPeriod: ReportingPeriod,
    generatedAt: Date, statistics: [String: Statistic],
    tables: [SummaryTable], extraLines: [AdditiveLine],
    bases: [String: String] = [:], disclosure: DisclosureRule?
  ) {
    self.period = period
    self.previousPeriod = previousPeriod
    self.generatedAt = generatedAt
    self.statistics = statistics
    self.tables = tables
    self.extraLines = extraLines
    self.bases = bases
    self.disclosure = disclosure
  }

  /// The figure with this identifier.
  ///
  /// Every identifier a table or a line names is a figure of the report;
  /// an identifier that is none (a misspelled key) stops a debug build, so
  /// that a test reading it fails instead of reading 0. A release build
  /// reads it as 0.
  public subscript(id: String) -> Statistic {
    guard let statistic = statistics[id] else {
      assertionFailure("the summary has no figure '\(id)'")
      return .count(0)
    }
    return statistic
  }

  /// Every set of figures that adds up to a total: each column of a table
  /// with a total row, and the extra lines.
  public var additiveLines: [AdditiveLine] {
    var lines = extraLines
    for table in tables {
      guard let total = table.total else { continue }
      for column in table.columns.indices {
        let cells = table.rows.map { $0.cells[column] }
        guard self[total.cells[column]].kind == .count else { continue }
        lines.append(
          AdditiveLine(
            parts: cells, total: total.cells[column],
            partsMayOverlap: table.multiValued))
      }
    }
    return lines
  }
}

/// Figures that add up to a total, so that hiding exactly one of them
/// would not hide it.
public struct AdditiveLine: Hashable, Sendable {
  /// The figures that add up (or, for several-valued rows, at least add up).
  public var parts: [String]
  /// The figure they add up to.
  public var total: String
  /// Whether a case can count in several parts (a table whose cases stand
  /// in several rows): the parts then add up to at least the total, each
  /// at most the total.
  public var partsMayOverlap: Bool

  /// Creates a line.
  public init(parts: [String], total: String, partsMayOverlap: Bool = false) {
    self.parts = parts
    self.total = total
    self.partsMayOverlap = partsMayOverlap
  }
}
