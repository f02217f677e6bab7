import Crypto
import EgideCore
import Foundation
import GRDB

/// The entities (authors, domains of offending sites) that link cases
/// into campaigns, and the index of which case names which.
///
/// An entity's value is identifying: it is written only through the
/// ``IdentityVault`` into `entities.identity`; `entities.key_hash` finds
/// it (see ``Registry/lookupKey(of:)``).
extension RegistryTransaction {
  /// Links a case to the account or site of evidence just added.
  func linkEntities(ofEvidence item: EvidenceItem, caseID: Int64) throws {
    guard case .url(let url) = item.source else { return }
    // A registry opened with older migrations only (as upgrade tests do)
    // has no index yet; the migration that adds it marks such a registry
    // for indexing.
    guard try db.tableExists("entities") else { return }
    for entity in EntityNormalizer.entities(url: url) {
      try link(caseID: caseID, to: entity, source: "evidence")
    }
  }

  /// Links a case to an entity, creating the entity's row the first time
  /// it is met.
  func link(caseID: Int64, to entity: LinkedEntity, source: String) throws {
    guard let id = try registry.entityID(entity, creating: true, in: db)
    else { return }
    try link(caseID: caseID, toEntity: id, source: source)
  }

  /// Records that a case names an entity (once per case and entity).
  func link(caseID: Int64, toEntity id: Int64, source: String) throws {
    try db.executeCached(
      sql: """
        INSERT INTO case_entities (case_id, entity_id, source) VALUES (?, ?, ?)
        ON CONFLICT (case_id, entity_id) DO NOTHING
        """, arguments: [caseID, id, source])
  }
}

/// The identifying part of an entity row: its normalised value.
struct EntityIdentity: Codable {
  var value: String
}

extension Registry {
  /// The key `entities.key_hash` holds for an entity: the blind index of
  /// `kind:value` (keyed HMAC-SHA256 in a sealed registry, so that a
  /// guessed handle cannot be looked up without the key).
  func lookupKey(of entity: LinkedEntity) throws(StoreError) -> String {
    try vault.blindIndex(of: entity.lookupText)
  }

  /// The row of an entity, created when asked and missing.
  ///
  /// A new row takes `nextID` when given (a ``CaseReporter`` counts them),
  /// else the identifier after the last.
  func entityID(
    _ entity: LinkedEntity, creating: Bool, nextID: Int64? = nil,
    in db: Database
  ) throws -> Int64? {
    let key = try lookupKey(of: entity)
    if let id = try Int64.fetchOneCached(
      db, sql: "SELECT id FROM entities WHERE kind = ? AND key_hash = ?",
      arguments: [entity.kind.rawValue, key])
    {
      return id
    }
    guard creating else { return nil }
    let id =
      try nextID
      ?? Int64.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM entities") ?? 1
    try db.executeCached(
      sql:
        "INSERT INTO entities (id, kind, key_hash, identity) VALUES (?, ?, ?, ?)",
      arguments: [
        id, entity.kind.rawValue, key,
        try vault.seal(
          json: EntityIdentity(value: entity.value),
          at: .identity(of: "entities", id)),
      ])
    return id
  }

  /// Whether links are missing: the registry had cases before it learnt
  /// to link them, and has not been indexed since.
  public func entityIndexIsPending() throws -> Bool {
    try read { db in try Self.indexIsPending(db) }
  }

  /// Indexes the entities of a registry that had cases before it learnt to
  /// link them; does nothing when the index is complete.
  ///
  /// `egide campaign` and `egide show` call it before reading links.
  /// Returns whether anything was indexed.
  @discardableResult
  public func indexEntitiesIfPending() throws -> Bool {
    // Indexing opens the history: without the key it waits for a command
    // that has it.
    guard vault.canWrite, try entityIndexIsPending() else { return false }
    return try write { db in
      // Another process may have indexed it since the check.
      guard try Self.indexIsPending(db) else { return false }
      try rebuildEntityIndex(db)
      return true
    }
  }

  /// Rebuilds every link from the history of every case: the authors of
  /// each report and the URL of each piece of evidence.
  public func reindexEntities() throws {
    try write { db in try rebuildEntityIndex(db) }
  }

  private static func indexIsPending(_ db: Database) throws -> Bool {
    try String.fetchOneCached(
      db, sql: "SELECT value FROM registry_info WHERE key = 'entity_index'")
      == "pending"
  }

  private func rebuildEntityIndex(_ db: Database) throws {
    try db.executeCached(sql: "DELETE FROM case_entities")
    try db.executeCached(sql: "DELETE FROM entities")
    let tx = RegistryTransaction(registry: self, db: db)
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, case_id, change, identity FROM events
        WHERE change IN ('reported', 'evidence_added') AND identity IS NOT NULL
        ORDER BY case_id, sequence
        """)
    while let row = try rows.next() {
      let caseID: Int64 = row["case_id"]
      let identity = try vault.openRevealed(
        EventIdentity.self, from: row["identity"],
        at: .identity(of: "events", row["id"]))
      if let authors = identity.authors {
        for entity in EntityNormalizer.entities(authors: authors) {
          try tx.link(caseID: caseID, to: entity, source: "report")
        }
      }
      if let url = identity.url {
        for entity in EntityNormalizer.entities(url: url) {
          try tx.link(caseID: caseID, to: entity, source: "evidence")
        }
      }
    }
    try db.executeCached(
      sql: "DELETE FROM registry_info WHERE key = 'entity_index'")
  }
}
