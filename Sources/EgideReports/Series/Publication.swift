import EgideCore
import Foundation

/// What one published summary put in readers' hands, as the publication
/// ledger records it.
///
/// Each figure's identity, whether it was shown (and then its value) or
/// hidden, and the relations a reader can see between the figures. Facts
/// only: no name, no free text.
public struct Publication: Sendable, Hashable {
  /// One figure of the document.
  public struct Figure: Sendable, Hashable {
    /// A count or a duration.
    public var kind: Statistic.Kind
    /// The value shown; nil when hidden or not available.
    public var value: Double?
    /// Whether the document hides it.
    public var isHidden: Bool

    /// Creates a figure.
    public init(kind: Statistic.Kind, value: Double?, isHidden: Bool) {
      self.kind = kind
      self.value = value
      self.isHidden = isHidden
    }
  }

  /// The ledger's number for it; nil before it is recorded.
  public var id: Int64?
  /// The period's label, such as `2026-11`.
  public var period: String
  /// Month, quarter, year or days.
  public var unit: ReportingPeriod.Unit
  /// When it was published.
  public var publishedAt: Date
  /// The minimum count k it applied.
  public var minimumCount: Int
  /// SHA-256 of the document as rendered, in hexadecimal.
  public var digest: String
  /// Every figure it shows or hides.
  public var figures: [FigureIdentity: Figure]
  /// The relations a reader can see between its figures.
  public var relations: [FigureRelation]
  /// The publication that replaced it, if one did.
  public var supersededBy: Int64?

  /// Creates a publication.
  public init(
    id: Int64? = nil, period: String, unit: ReportingPeriod.Unit,
    publishedAt: Date, minimumCount: Int, digest: String,
    figures: [FigureIdentity: Figure], relations: [FigureRelation],
    supersededBy: Int64? = nil
  ) {
    self.id = id
    self.period = period
    self.unit = unit
    self.publishedAt = publishedAt
    self.minimumCount = minimumCount
    self.digest = digest
    self.figures = figures
    self.relations = relations
    self.supersededBy = supersededBy
  }

  /// What `report` (disclosure control applied) publishes.
  public init(_ report: SummaryReport, digest: String, publishedAt: Date) {
    var figures: [FigureIdentity: Figure] = [:]
    for (id, statistic) in report.statistics {
      figures[report.identity(of: id)] = Figure(
        kind: statistic.kind, value: statistic.publishedValue,
        isHidden: statistic.isSuppressed)
    }
    self.init(
      period: report.period.label, unit: report.period.unit,
      publishedAt: publishedAt,
      minimumCount: report.disclosure?.minimumCount
        ?? DisclosureRule.standardMinimumCount,
      digest: digest, figures: figures, relations: report.relations)
  }

  /// Whether it shows and hides exactly what `other` does, with the same
  /// values: the same edition, perhaps in another format or language.
  public func sameFigures(as other: Publication) -> Bool {
    period == other.period && figures == other.figures
  }
}

extension SummaryReport {
  /// Every relation a reader can see between the figures of the report:
  /// each of its ``additiveLines`` (where a case can count in several
  /// parts, the parts add up to at least the total and each is at most
  /// the total), and the backlog's balance.
  ///
  /// The balance — open at the start, plus new, minus ended, is open at
  /// the end — is off by the cases reopened in the period, which no
  /// reader sees. The relation carries that number as its constant, as
  /// if the reader knew it: the audit then assumes the worst.
  public var relations: [FigureRelation] {
    var relations: [FigureRelation] = []
    for line in additiveLines {
      let parts = line.parts.map(identity(of:))
      let total = identity(of: line.total)
      if line.partsMayOverlap {
        relations.append(.sum(parts, atLeast: total))
        relations += parts.map {
          FigureRelation([(total, 1), ($0, -1)], isEquality: false)
        }
      } else {
        relations.append(.sum(parts, equals: total))
      }
    }
    if previousPeriod.end == period.start,
      let openAtStart = statistics[SummaryFigure.open(.previous).id]?.value,
      let new = statistics[SummaryFigure.new(.current).id]?.value,
      let ended = statistics[SummaryFigure.ended(.current).id]?.value,
      let openAtEnd = statistics[SummaryFigure.open(.current).id]?.value
    {
      let reopened = Int(openAtEnd - openAtStart - new + ended)
      relations.append(
        FigureRelation(
          [
            (identity(of: SummaryFigure.open(.previous).id), 1),
            (identity(of: SummaryFigure.new(.current).id), 1),
            (identity(of: SummaryFigure.ended(.current).id), -1),
            (identity(of: SummaryFigure.open(.current).id), -1),
          ], isEquality: true, constant: -reopened))
    }
    return relations.filter { !$0.terms.isEmpty }
  }
}
