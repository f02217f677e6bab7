import EgideCore
import Foundation
import GRDB

/// Checks the hash chains of a registry row by row, in `id` order, with a
/// cursor: memory stays flat whatever the size of the history.
///
/// Run it inside one read transaction, so that the chains are checked in
/// one consistent state of the file.
enum ChainVerifier {
  /// Whether the registry has the chain (schema version 6 or later).
  static func isPresent(_ db: Database) throws -> Bool {
    try db.tableExists("access_log")
      && db.columns(in: "events").contains { $0.name == "chain_hash" }
  }

  /// Verifies every chained table.
  ///
  /// - Throws: ``StoreError`` `.notARegistry` for a registry from before
  ///   the chain (schema version 5 or older), `.corruptValue` for one
  ///   without its identifier.
  static func verify(_ db: Database) throws -> ChainVerification {
    guard try isPresent(db) else {
      throw StoreError(
        .notARegistry,
        "this registry has no hash chain yet (schema version 5 or older); open it once with a writing egide command, which upgrades it"
      )
    }
    let registryID = try ChainHash.registryID(db)
    let pending = try ChainBackfill.isPending(db)
    let generation = try SealGeneration.latest(in: db)
    return ChainVerification(
      chains: try ChainHash.tables.filter { try db.tableExists($0) }.map {
        table in
        try verify(
          table, start: ChainHash.start(table: table, registryID: registryID),
          completesMissing: pending
            && ["events", "notice_events"].contains(table),
          generation: generation, in: db)
      })
  }

  private static func verify(
    _ table: String, start: String, completesMissing: Bool,
    generation: SealGeneration.Latest?, in db: Database
  ) throws -> ChainVerification.Chain {
    let names = ChainHash.covered(by: table)
    let sealed = try db.columns(in: table).contains {
      $0.name == "sealed_digest"
    }
    var walk = ChainWalk(start: start, completesMissing: completesMissing)
    var content = SealedContentCheck(
      through: generation?.through[table] ?? 0)
    let extra =
      sealed ? ", identity, sealed_digest, resealed_digest" : ""
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT chain_hash, \(names.joined(separator: ", "))\(extra)
        FROM \(table) ORDER BY id
        """)
    while let row = try rows.next() {
      let values = (1...names.count).map { row[$0] as DatabaseValue }
      let digest: String? = sealed ? row["sealed_digest"] : nil
      walk.visit(
        id: row[1], stored: row[0], values: values, sealedDigest: digest)
      if sealed {
        content.visit(
          id: row[1], identity: row["identity"], sealedDigest: digest,
          resealedDigest: row["resealed_digest"])
      }
    }
    walk.finish()
    var found = walk.found ?? content.found
    if found == nil, sealed, let generation,
      let through = generation.through[table], through > 0,
      try SealGeneration.root(of: table, through: through, in: db)
        != generation.root[table]
    {
      found = (through, .resealedOutside)
    }
    let state: ChainVerification.State
    if let (rowID, reason) = found {
      state = .broken(
        ChainBreak(
          table: table, rowID: rowID,
          subject: try subject(of: rowID, in: table, db), reason: reason))
    } else {
      state = walk.completed > 0 ? .pending : .intact
    }
    return ChainVerification.Chain(
      table: table, rows: walk.rows, head: walk.head, state: state)
  }

  /// What a row stands for, to find it without SQL: the case or notice
  /// and the event number, or who accessed when.
  private static func subject(of rowID: Int64, in table: String, _ db: Database)
    throws -> String?
  {
    switch table {
    case "events":
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT c.reference, e.sequence FROM events e
            LEFT JOIN cases c ON c.id = e.case_id WHERE e.id = ?
            """, arguments: [rowID])
      else { return nil }
      let reference: String? = row[0]
      let sequence: Int? = row[1]
      return
        "case \(reference ?? "?"), event \(sequence.map(String.init) ?? "?")"
    case "notice_events":
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT notice_id, sequence FROM notice_events WHERE id = ?",
          arguments: [rowID])
      else { return nil }
      let notice: Int? = row[0]
      let sequence: Int? = row[1]
      return
        "notice \(notice.map { NoticeID($0).description } ?? "?"), event \(sequence.map(String.init) ?? "?")"
    case "access_log":
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT actor, recorded_at FROM access_log WHERE id = ?",
          arguments: [rowID])
      else { return nil }
      let actor: String? = row[0]
      let recordedAt: String? = row[1]
      return "access by \(actor ?? "?") at \(recordedAt ?? "?")"
    default:
      return nil
    }
  }
}

/// The walk along one chain: the hash the next row must follow, and the
/// first row that does not.
///
/// A row whose hash does not match is only a suspect until the next row is
/// seen: if the next row follows the suspect's hash, the suspect's hash is
/// the one its content once had, so its content changed; if not, the
/// suspect is out of place (a row deleted, inserted or moved before it).
/// A gap in the identifiers before a mismatch is a deleted row.
private struct ChainWalk {
  /// The value the first row chains from.
  let start: String
  /// Whether a row without a hash was written before the chain existed
  /// (its hash is computed as the completion will), rather than a break.
  let completesMissing: Bool
  /// How many rows were seen.
  private(set) var rows = 0
  /// How many rows without a hash were completed.
  private(set) var completed = 0
  /// The first broken link: the row and why.
  private(set) var found: (Int64, ChainBreak.Reason)?
  /// The hash the next row chains from.
  private(set) var head: String
  private var previousID: Int64 = 0
  private var suspect: Int64?

  init(start: String, completesMissing: Bool) {
    self.start = start
    self.completesMissing = completesMissing
    self.head = start
  }

  mutating func visit(
    id: Int64, stored: String?, values: [DatabaseValue], sealedDigest: String?
  ) {
    rows += 1
    let expectedID = previousID + 1
    let before = head
    previousID = id
    if stored == nil && completesMissing && found == nil {
      head = ChainHash.hash(
        previous: before, values: values, sealedDigest: sealedDigest)
      completed += 1
      return
    }
    head = stored ?? start
    guard found == nil else { return }
    guard let stored else {
      found = suspect.map { ($0, .changed) } ?? (id, .missing)
      return
    }
    let follows =
      ChainHash.hash(
        previous: before, values: values, sealedDigest: sealedDigest)
      == stored
    if let suspect {
      found = (suspect, follows ? .changed : .unlinked)
    } else if !follows {
      if id != expectedID {
        found = (id, .unlinked)
      } else {
        suspect = id
      }
    }
  }

  /// Settles a suspect last row: nothing follows it, its content is what
  /// no longer matches.
  mutating func finish() {
    if found == nil, let suspect { found = (suspect, .changed) }
  }
}

/// The check of each history row's sealed value against the digest it was
/// written or last resealed with (see ``SealGeneration``): the first row
/// whose value changed.
private struct SealedContentCheck {
  /// The last row the last seal generation resealed (0: none).
  let through: Int64
  /// The first row whose sealed value does not match.
  private(set) var found: (Int64, ChainBreak.Reason)?

  init(through: Int64) {
    self.through = through
  }

  mutating func visit(
    id: Int64, identity: Data?, sealedDigest: String?, resealedDigest: String?
  ) {
    guard found == nil else { return }
    // A digest given to a row the last generation did not reseal.
    if id > through && resealedDigest != nil {
      found = (id, .sealedChanged)
      return
    }
    let expected = resealedDigest ?? sealedDigest
    guard let identity else {
      if expected != nil { found = (id, .sealedChanged) }
      return
    }
    // Purged under the retention policy: nothing left to compare.
    if identity.first == IdentityVault.purgedFormat { return }
    guard let expected else {
      // Written before schema version 9 and not yet resealed: covered
      // from the first generation on.
      if id <= through { found = (id, .sealedChanged) }
      return
    }
    if ChainHash.digest(of: identity) != expected {
      found = (id, .sealedChanged)
    }
  }
}
