import EgideCore
import EgideStore
import Foundation

/// The summaries published, oldest first: the publication ledger that
/// every new summary is made against (``SummarizePeriod``).
///
/// Facts only: the period, when, the rule, how many figures were shown
/// and hidden, the document's digest, and the edition that replaced it.
/// Who may: whoever may make a summary.
public struct ListPublications: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/publications")

  /// The ledger.
  public init() {}

  /// One published summary.
  public struct Entry: Codable, Sendable, Hashable {
    /// The ledger's number.
    public var id: Int64
    /// The period's label, such as `2026-11`.
    public var period: String
    /// `month`, `quarter`, `year` or `days`.
    public var unit: String
    /// When it was published.
    public var publishedAt: String
    /// The minimum count k it applied.
    public var minimumCount: Int
    /// How many figures it showed, and hid.
    public var shown: Int
    public var hidden: Int
    /// SHA-256 of the document as first rendered.
    public var digest: String
    /// The format it was first rendered in.
    public var format: String
    /// The publication that replaced it; null while it stands.
    public var supersededBy: Int64?
  }

  /// The ledger.
  public struct Document: Codable, Sendable {
    /// Every publication, oldest first.
    public var publications: [Entry]
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let access = try service.authorize(caller, .summary)
    return Document(
      publications: try access.registry.publications().map { record in
        Entry(
          id: record.id ?? 0, period: record.period, unit: record.unit,
          publishedAt: ISODate.string(record.publishedAt),
          minimumCount: record.minimumCount,
          shown: record.figures.filter { !$0.isHidden }.count,
          hidden: record.figures.filter(\.isHidden).count,
          digest: record.digest, format: record.format,
          supersededBy: record.supersededBy)
      })
  }
}
