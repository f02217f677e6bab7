import EgideCore
import EgideReports
import EgideStore
import Foundation

/// Between the publication ledger as stored and as the series disclosure
/// control reads it.
extension Publication {
  /// The publication a stored record describes; figures or relations the
  /// record cannot give back (written by a later egide) are left out.
  init(record: PublicationRecord) {
    var figures: [FigureIdentity: Figure] = [:]
    for figure in record.figures {
      guard let identity = FigureIdentity(figure.figure),
        let kind = Statistic.Kind(rawValue: figure.kind)
      else { continue }
      figures[identity] = Figure(
        kind: kind, value: figure.value, isHidden: figure.isHidden)
    }
    self.init(
      id: record.id, period: record.period,
      unit: ReportingPeriod.Unit(rawValue: record.unit) ?? .days,
      publishedAt: record.publishedAt, minimumCount: record.minimumCount,
      digest: record.digest, figures: figures,
      relations: record.relations.compactMap(FigureRelation.init(stored:)),
      supersededBy: record.supersededBy)
  }

  /// The record to store, for a document in `format`.
  func record(format: String) -> PublicationRecord {
    PublicationRecord(
      period: period, unit: unit.rawValue, publishedAt: publishedAt,
      minimumCount: minimumCount, digest: digest, format: format,
      relations: relations.map(\.stored),
      figures: figures.sorted { $0.key < $1.key }.map { identity, figure in
        .init(
          figure: identity.description, kind: figure.kind.rawValue,
          isHidden: figure.isHidden, value: figure.value)
      })
  }
}

extension SummaryReport {
  /// The counts of this report (before disclosure control) that a
  /// standing publication of the ledger showed with another value: the
  /// registry changed since (an import into the past, a correction), and
  /// publishing would show by how much.
  func changes(since ledger: [Publication]) -> [(
    figure: FigureIdentity, publication: Publication
  )] {
    var shown: [FigureIdentity: (Double, Publication)] = [:]
    for publication in ledger {
      for (figure, published) in publication.figures
      where published.kind == .count && !published.isHidden {
        if let value = published.value { shown[figure] = (value, publication) }
      }
    }
    var changes: [FigureIdentity: Publication] = [:]
    for (id, statistic) in statistics where statistic.kind == .count {
      let figure = identity(of: id)
      guard let (value, publication) = shown[figure],
        let now = statistic.value, now != value
      else { continue }
      changes[figure] = publication
    }
    return changes.sorted { $0.key < $1.key }.map {
      (figure: $0.key, publication: $0.value)
    }
  }
}
