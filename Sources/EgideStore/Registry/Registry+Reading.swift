import EgideCore
import Foundation
import GRDB

/// Reading cases, people and evidence back out of the registry.
extension Registry {
  /// Runs `body` in one IMMEDIATE transaction: every write in it lands, or
  /// none does.
  @discardableResult
  public func transaction<T>(_ body: (RegistryTransaction) throws -> T)
    throws -> T
  {
    try write { db in
      let transaction = RegistryTransaction(registry: self, db: db)
      let result = try body(transaction)
      try transaction.finish()
      return result
    }
  }

  /// A case rebuilt from its history.
  ///
  /// - Throws: ``DomainError`` with `.notFound` for an unknown reference.
  public func caseState(_ reference: CaseReference) throws -> CaseState {
    try read { db in try loadCase(reference, in: db).1 }
  }

  /// The registered persons with these identifiers, in the same order;
  /// unknown identifiers are skipped.
  public func persons(_ ids: [PersonID]) throws -> [TargetedPerson] {
    try read { db in try ids.compactMap { try person($0, in: db) } }
  }

  /// The references of every case that targets this person, oldest first.
  public func cases(targeting person: PersonID) throws -> [CaseReference] {
    try read { db in try cases(targeting: person, in: db) }
  }

  /// The references of every case that targets this person, oldest first,
  /// inside a read or write already open.
  func cases(targeting person: PersonID, in db: Database) throws
    -> [CaseReference]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT c.year, c.sequence FROM case_targets t
        JOIN cases c ON c.id = t.case_id
        WHERE t.person_id = ? ORDER BY c.year, c.sequence
        """, arguments: [person.number]
    ).map { CaseReference(year: $0[0], sequence: $0[1]) }
  }

  /// Checks that evidence `id` exists and is a stored file, reading only
  /// its clear columns.
  ///
  /// - Throws: ``DomainError`` `.notFound` when there is no such evidence
  ///   or it is a URL.
  public func requireStoredFile(_ id: EvidenceID) throws {
    try read { db in try Self.requireStoredFile(id, in: db) }
  }

  private static func requireStoredFile(_ id: EvidenceID, in db: Database)
    throws
  {
    let source = try String.fetchOne(
      db, sql: "SELECT source FROM evidence WHERE id = ?",
      arguments: [id.number])
    guard let source else {
      throw DomainError(
        .notFound,
        "no evidence \(id) in the registry; a case, once shown, lists its evidence"
      )
    }
    guard source == "file" else {
      throw DomainError(.notFound, "evidence \(id) is a URL, not a stored file")
    }
  }

  /// A stored file with its record, after checking its SHA-256.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown identifier or a
  ///   URL; ``StoreError`` `.corruptValue` if the bytes no longer match, or
  ///   the row and the history disagree.
  public func evidenceFile(_ id: EvidenceID) throws -> (
    reference: CaseReference, item: EvidenceItem, bytes: Data
  ) {
    try read { db in
      try Self.requireStoredFile(id, in: db)
      // A stored file's row, case and history agree unless the file was
      // edited outside Égide.
      let altered = StoreError(
        .corruptValue,
        "evidence \(id) is a stored file whose case or history no longer says so; restore the registry from a backup"
      )
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT c.reference, e.content FROM evidence e
            JOIN cases c ON c.id = e.case_id WHERE e.id = ?
            """, arguments: [id.number])
      else { throw altered }
      let reference = try CaseReference.parse(row["reference"])
      let state = try loadCase(reference, in: db).1
      guard let item = state.evidence.first(where: { $0.id == id }),
        case .file(_, let sha256, _, _) = item.source
      else { throw altered }
      guard let sealed: Data = row["content"] else {
        throw StoreError(
          .corruptValue, "the content of evidence \(id) is missing")
      }
      let bytes = try vault.openBytes(
        sealed, at: .evidenceContent(Int64(id.number)))
      guard EvidenceSource.sha256(of: bytes) == sha256 else {
        throw StoreError(
          .corruptValue,
          "evidence \(id) no longer matches its SHA-256 \(sha256); it was altered, restore the registry from a backup"
        )
      }
      return (reference, item, bytes)
    }
  }

  /// The stored case with its row identifier.
  func loadCase(_ reference: CaseReference, in db: Database) throws -> (
    Int64, CaseState
  ) {
    guard
      let caseID = try Int64.fetchOne(
        db, sql: "SELECT id FROM cases WHERE reference = ?",
        arguments: [reference.description])
    else {
      throw DomainError(
        .notFound,
        "no case \(reference) in this registry; the list of cases gives their references"
      )
    }
    return (caseID, try loadCase(id: caseID, reference: reference, in: db))
  }

  /// The stored case with this row identifier, rebuilt from its history.
  func loadCase(id caseID: Int64, reference: CaseReference, in db: Database)
    throws -> CaseState
  {
    try Self.replayCase(
      id: caseID, reference: reference, in: db, vault: vault, courts: courts)
  }

  /// A case's state replayed from its history, its identifying values read
  /// through `vault` (`doctor` replays with a concealing one).
  static func replayCase(
    id caseID: Int64, reference: CaseReference, in db: Database,
    vault: IdentityVault, courts: CourtDirectory
  ) throws -> CaseState {
    var events: [CaseEvent] = []
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, sequence, change, actor, recorded_at, facts, identity
        FROM events WHERE case_id = ? ORDER BY sequence
        """, arguments: [caseID])
    while let row = try rows.next() {
      let factsText: String = row["facts"]
      let facts = try JSONCoding.decoder.decode(
        EventFacts.self, from: Data(factsText.utf8))
      let identity =
        try (row["identity"] as Data?).map {
          data throws(StoreError) in
          try vault.open(
            EventIdentity.self, from: data,
            at: .identity(of: "events", row["id"]))
        } ?? EventIdentity()
      let recordedAt = try StoredDate.date(from: row["recorded_at"])
      let actor: String = row["actor"]
      let change = try EventRecord.change(
        named: row["change"], facts: facts, identity: identity, actor: actor,
        recordedAt: recordedAt, courts: courts)
      events.append(
        CaseEvent(
          sequence: row["sequence"], actor: actor, recordedAt: recordedAt,
          change: change))
    }
    return try CaseState(reference: reference, events: events)
  }

  /// One registered person, if it exists.
  func person(_ id: PersonID, in db: Database) throws -> TargetedPerson? {
    guard
      let row = try Row.fetchOne(
        db,
        sql:
          "SELECT id, role, function, court, related_to, identity FROM persons WHERE id = ?",
        arguments: [id.number])
    else { return nil }
    let code: String = row["court"]
    guard let role = Role(rawValue: row["role"]),
      let court = courts.court(code: code)
    else {
      throw StoreError(
        .corruptValue, "person \(id) has an unknown role or court")
    }
    let function = (row["function"] as String?).flatMap(StaffFunction.init)
    return TargetedPerson(
      id: id,
      identity: try vault.open(
        PersonIdentity.self, from: row["identity"],
        at: .identity(of: "persons", Int64(id.number))),
      role: role, function: function, court: court,
      relatedTo: (row["related_to"] as Int?).map(PersonID.init))
  }
}
