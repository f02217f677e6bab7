import EgideCore
import Foundation
import GRDB

/// One document of the publication ledger, as stored (migration 11): what
/// a published summary showed and hid, in the store's own terms; the
/// reports module gives the figures and relations their meaning.
public struct PublicationRecord: Sendable, Hashable {
  /// One figure: its identity (`window/key`), `count` or `days`, whether
  /// it was hidden, and the value shown.
  public struct Figure: Sendable, Hashable {
    public var figure: String
    public var kind: String
    public var isHidden: Bool
    public var value: Double?

    /// Creates a figure.
    public init(figure: String, kind: String, isHidden: Bool, value: Double?) {
      self.figure = figure
      self.kind = kind
      self.isHidden = isHidden
      self.value = value
    }
  }

  /// The ledger's number; nil before it is recorded.
  public var id: Int64?
  public var period: String
  public var unit: String
  public var publishedAt: Date
  public var minimumCount: Int
  /// SHA-256 of the document as rendered, in hexadecimal.
  public var digest: String
  /// `md`, `csv`, `json` or `html`.
  public var format: String
  /// The relations a reader can see, one per element.
  public var relations: [String]
  public var figures: [Figure]
  /// The publication that replaced it.
  public var supersededBy: Int64?

  /// The digest of a rendered document: SHA-256, in hexadecimal.
  public static func digest(of document: String) -> String {
    EvidenceSource.sha256(of: Data(document.utf8))
  }

  /// Creates a record.
  public init(
    id: Int64? = nil, period: String, unit: String, publishedAt: Date,
    minimumCount: Int, digest: String, format: String, relations: [String],
    figures: [Figure], supersededBy: Int64? = nil
  ) {
    self.id = id
    self.period = period
    self.unit = unit
    self.publishedAt = publishedAt
    self.minimumCount = minimumCount
    self.digest = digest
    self.format = format
    self.relations = relations
    self.figures = figures
    self.supersededBy = supersededBy
  }
}

/// The publication ledger: the summaries published, read back for the
/// next one, recorded, and superseded.
extension Registry {
  /// Every publication of the ledger, oldest first, with its figures.
  public func publications() throws -> [PublicationRecord] {
    try read { db in try Self.publications(in: db) }
  }

  /// Reads the ledger within a transaction.
  static func publications(in db: Database) throws -> [PublicationRecord] {
    guard try db.tableExists("publications") else { return [] }
    var records: [Int64: PublicationRecord] = [:]
    var order: [Int64] = []
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT id, period, unit, published_at, minimum_count, digest, format,
          relations, superseded_by
        FROM publications ORDER BY id
        """)
    {
      let id: Int64 = row[0]
      let relations: String = row[7]
      records[id] = PublicationRecord(
        id: id, period: row[1], unit: row[2],
        publishedAt: try StoredDate.date(from: row[3]), minimumCount: row[4],
        digest: row[5], format: row[6],
        relations: relations.split(separator: "\n").map(String.init),
        figures: [], supersededBy: row[8])
      order.append(id)
    }
    let figures = try Row.fetchCursor(
      db,
      sql: """
        SELECT publication_id, figure, kind, hidden, value
        FROM published_figures ORDER BY publication_id, figure
        """)
    while let row = try figures.next() {
      let id: Int64 = row[0]
      records[id]?.figures.append(
        .init(figure: row[1], kind: row[2], isHidden: row[3], value: row[4]))
    }
    return order.compactMap { records[$0] }
  }

  /// Records a publication, after `check` has seen the ledger in the same
  /// transaction, and marks the publications it supersedes.
  ///
  /// `check` receives the ledger and returns the record to write (nil to
  /// write nothing, for an edition already recorded) and the publications
  /// it replaces; what it throws leaves the ledger as it was.
  public func recordPublication<Result>(
    _ check: ([PublicationRecord]) throws -> (
      record: PublicationRecord?, superseding: [Int64], result: Result
    )
  ) throws -> Result {
    try write { db in
      let ledger = try Self.publications(in: db)
      let decision:
        (
          record: PublicationRecord?, superseding: [Int64], result: Result
        )
      do {
        decision = try check(ledger)
      } catch {
        throw PassedThrough(error)
      }
      guard let record = decision.record else { return decision.result }
      try db.execute(
        sql: """
          INSERT INTO publications (period, unit, published_at, minimum_count,
            digest, format, relations)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          record.period, record.unit,
          StoredDate.string(from: record.publishedAt),
          record.minimumCount, record.digest, record.format,
          record.relations.joined(separator: "\n"),
        ])
      let id = db.lastInsertedRowID
      let insert = try db.cachedStatement(
        sql: """
          INSERT INTO published_figures (publication_id, figure, kind, hidden,
            value)
          VALUES (?, ?, ?, ?, ?)
          """)
      for figure in record.figures {
        try insert.execute(arguments: [
          id, figure.figure, figure.kind, figure.isHidden, figure.value,
        ])
      }
      for old in decision.superseding {
        try db.execute(
          sql:
            "UPDATE publications SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL",
          arguments: [id, old])
      }
      return decision.result
    }
  }
}
