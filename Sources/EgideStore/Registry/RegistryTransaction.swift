import EgideCore
import Foundation
import GRDB

/// The writes of one transaction on a registry.
///
/// Every change to a case goes through the lifecycle rules of EgideCore,
/// then is stored as an event and reflected in the query tables. Obtain
/// one with ``Registry/transaction(_:)``.
public struct RegistryTransaction {
  let registry: Registry
  let db: Database
  /// Keeps the running totals of summaries in line with the cases this
  /// transaction changes; ``finish()`` writes them.
  let totals: SummaryTotals.Writer

  init(registry: Registry, db: Database) {
    self.registry = registry
    self.db = db
    totals = SummaryTotals.Writer(db: db)
  }

  /// Ends the transaction's writes.
  ///
  /// It brings the running totals of summaries in line with the cases
  /// the transaction changed; called before the transaction commits.
  func finish() throws {
    try totals.finish()
  }

  /// Logs a new case, registering the new persons it names, and returns
  /// its reference.
  ///
  /// The assessment deadline follows the working days and the clock of
  /// the case's court; `calendar`, the registry's, dates the reference's
  /// year.
  ///
  /// `externalReference` is the stable identifier an imported case had in
  /// its source file (see `egide import`); `nil` for a case reported
  /// directly.
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` if a case with this
  ///   external reference already exists.
  public func report(
    _ newCase: NewCase, by actor: String, at date: Date,
    deadlines: DeadlinePolicy, calendar: BusinessCalendar,
    externalReference: String? = nil
  ) throws -> CaseReference {
    try reporter().report(
      newCase, by: actor, at: date, deadlines: deadlines, calendar: calendar,
      externalReference: externalReference
    ).reference
  }

  /// A writer of new cases for this transaction, for many cases in a row
  /// (see ``CaseReporter``).
  public func reporter() throws -> CaseReporter {
    try CaseReporter(self)
  }

  /// The registered persons with these identifiers, in the same order;
  /// unknown identifiers are skipped.
  public func persons(_ ids: [PersonID]) throws -> [TargetedPerson] {
    try ids.compactMap { try registry.person($0, in: db) }
  }

  /// Raises the connection's page cache to 16 MiB (SQLite's default is
  /// 2 MiB), for a transaction that writes thousands of cases: its pages
  /// then stay in memory instead of spilling to the write-ahead log and
  /// being read back (10,000 imported cases: 1.2 s less, most of it in
  /// the kernel).
  public func prepareForBulkWrites() throws {
    try db.execute(sql: "PRAGMA cache_size = -16384")
  }

  /// The case imported under this external reference, if any.
  public func caseReference(externalReference: String) throws
    -> CaseReference?
  {
    try String.fetchOneCached(
      db, sql: "SELECT reference FROM cases WHERE external_reference = ?",
      arguments: [externalReference]
    ).map { text throws(DomainError) in try CaseReference.parse(text) }
  }

  /// The persons a case targets, in the order they were given.
  public func targets(of reference: CaseReference) throws -> [PersonID] {
    try Int.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT t.person_id FROM case_targets t JOIN cases c ON c.id = t.case_id
          WHERE c.reference = ? ORDER BY t.position
          """), arguments: [reference.description]
    ).map { PersonID($0) }
  }

  /// Applies one lifecycle decision to a case: `decide` receives the
  /// current state and returns the event to record, or throws and nothing
  /// is written.
  @discardableResult
  public func record(
    _ reference: CaseReference,
    _ decide: (CaseState) throws -> CaseEvent
  ) throws -> CaseEvent {
    let (caseID, state) = try registry.loadCase(reference, in: db)
    let event = try decide(state)
    try commit(event, to: state, caseID: caseID)
    return event
  }

  /// The current state of a case, replayed from its history.
  public func state(of reference: CaseReference) throws -> CaseState {
    try registry.loadCase(reference, in: db).1
  }

  /// Whether a case with this reference exists.
  public func exists(_ reference: CaseReference) throws -> Bool {
    try Int.fetchOneCached(
      db, sql: "SELECT 1 FROM cases WHERE reference = ?",
      arguments: [reference.description]) != nil
  }

  /// Requests a protective measure in a case and returns its identifier.
  ///
  /// A `statutory_protection` measure also records its protection
  /// fonctionnelle (``recordProtection(for:requestedOn:by:at:)``), written
  /// on `protectionRequestedOn` (`YYYY-MM-DD`), else on the day of `date`
  /// in Paris.
  public func requestMeasure(
    in reference: CaseReference, kind: MeasureKind, authority: String,
    due: Date?, beneficiary: PersonID?, protectionRequestedOn: String? = nil,
    by actor: String, at date: Date
  ) throws -> MeasureID {
    let next =
      try Int.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM measures")
      ?? 1
    let event = try record(reference) { state in
      try state.requestMeasure(
        id: MeasureID(next), kind: kind, authority: authority, due: due,
        beneficiary: beneficiary, by: actor, at: date)
    }
    guard case .measureRequested(let measure) = event.change else {
      preconditionFailure("requestMeasure returned \(event.change.name)")
    }
    if kind == .statutoryProtection,
      try db.tableExists("protection_requests")
    {
      try recordProtection(
        for: measure.id,
        requestedOn: protectionRequestedOn
          ?? OccurrenceDate(start: date, precision: .day).formatted(
            in: LocalCalendar.metropolitan.timeZone),
        by: actor, at: date)
    }
    return measure.id
  }

  /// Moves a measure to a new status and returns the case it belongs to.
  @discardableResult
  public func updateMeasure(
    _ id: MeasureID, to status: MeasureStatus, note: String?,
    by actor: String, at date: Date
  ) throws -> CaseReference {
    let reference = try caseReference(of: id)
    try record(reference) { state in
      try state.updateMeasure(id, to: status, note: note, by: actor, at: date)
    }
    return reference
  }

  /// The case a measure belongs to.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown measure.
  func caseReference(of measure: MeasureID) throws -> CaseReference {
    guard
      let text = try String.fetchOneCached(
        db,
        sql: """
          SELECT c.reference FROM measures m JOIN cases c ON c.id = m.case_id
          WHERE m.id = ?
          """, arguments: [measure.number])
    else {
      throw DomainError(
        .notFound,
        "no measure \(measure) in the registry; a case shows its measures"
      )
    }
    return try CaseReference.parse(text)
  }

  /// Attaches evidence and returns its identifier.
  ///
  /// A URL is kept as it is; a file's bytes are kept in the registry with
  /// their SHA-256.
  public func addEvidence(
    to reference: CaseReference, _ source: EvidenceSource,
    description: String?, by actor: String, at date: Date
  ) throws -> EvidenceID {
    let description = try TextRule.optional(
      description, field: "description", limit: TextRule.lineLimit)
    let next =
      try Int.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM evidence")
      ?? 1
    let id = EvidenceID(next)
    let item: EvidenceItem
    var content: Data?
    switch source {
    case .url(let url):
      item = EvidenceItem(
        id: id, source: .url(url), description: description,
        capturedBy: actor, capturedAt: date)
    case .file(let name, let bytes):
      content = bytes
      item = EvidenceItem(
        id: id,
        source: .file(
          name: name, sha256: EvidenceSource.sha256(of: bytes),
          size: bytes.count, mediaType: EvidenceSource.mediaType(of: name)),
        description: description, capturedBy: actor, capturedAt: date)
    }
    let (caseID, state) = try registry.loadCase(reference, in: db)
    let event = try state.addEvidence(item, at: date)
    let (facts, identity) = EventRecord.split(event.change)
    try db.executeCached(
      sql: """
        INSERT INTO evidence (id, case_id, source, sha256, size, media_type,
          captured_by, captured_at, identity, content)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        id.number, caseID, facts.source, facts.sha256, facts.size,
        facts.mediaType, actor, StoredDate.string(from: date),
        try registry.vault.seal(
          json: identity, at: .identity(of: "evidence", Int64(id.number))),
        try content.map { data throws(StoreError) in
          try registry.vault.seal(
            data, at: .evidenceContent(Int64(id.number)))
        },
      ])
    try commit(event, to: state, caseID: caseID)
    try linkEntities(ofEvidence: item, caseID: caseID)
    return id
  }

  /// Stores an event and brings the query tables in line with the state.
  private func commit(_ event: CaseEvent, to state: CaseState, caseID: Int64)
    throws
  {
    var next = state
    try next.apply(event)
    if CaseFactsReader.readsChange(named: event.change.name) {
      try totals.willChange(caseID: caseID)
    }
    try append(event, caseID: caseID)
    switch event.change {
    case .measureRequested(let measure):
      // The authority may name a person: since schema version 9 it is
      // sealed, and the clear column is left empty. A registry opened with
      // older migrations only (as upgrade tests do) keeps it in clear.
      let sealsAuthority = try db.columns(in: "measures").contains {
        $0.name == "identity"
      }
      let place = SealedPlace.identity(of: "measures", Int64(measure.id.number))
      try db.executeCached(
        sql: """
          INSERT INTO measures (id, case_id, kind, status, authority,
            beneficiary, requested_at, due_at, updated_at\(sealsAuthority ? ", identity" : ""))
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?\(sealsAuthority ? ", ?" : ""))
          """,
        arguments: [
          measure.id.number, caseID, measure.kind.rawValue,
          measure.status.rawValue, sealsAuthority ? "" : measure.authority,
          measure.beneficiary.number,
          StoredDate.string(from: measure.requestedAt),
          measure.due.map { StoredDate.string(from: $0) },
          StoredDate.string(from: measure.updatedAt),
        ]
          + (sealsAuthority
            ? [
              try registry.vault.seal(
                json: MeasureIdentity(authority: measure.authority), at: place)
            ] : []))
    case .measureUpdated(let id, _, let to, _):
      try db.executeCached(
        sql: "UPDATE measures SET status = ?, updated_at = ? WHERE id = ?",
        arguments: [
          to.rawValue, StoredDate.string(from: event.recordedAt), id.number,
        ])
    default: break
    }
    try db.executeCached(
      sql: """
        UPDATE cases SET status = ?, severity = ?, severity_rank = ?,
          assessed = ?, assessed_at = ?, assigned_to = ?, closure_reason = ?,
          ended_at = ?, updated_at = ?, event_count = ?
        WHERE id = ?
        """,
      arguments: [
        next.status.rawValue, next.severity?.rawValue,
        Self.rank(of: next.severity), next.assessedSeverity != nil,
        next.assessedAt.map { StoredDate.string(from: $0) }, next.assignee,
        next.closureReason?.rawValue,
        next.endedAt.map { StoredDate.string(from: $0) },
        StoredDate.string(from: next.updatedAt), next.events.count, caseID,
      ])
  }

  /// Appends an event to a case's history through the chain's own
  /// lookup of its last row.
  func append(
    _ event: CaseEvent, caseID: Int64, externalReference: String? = nil
  ) throws {
    let (factsJSON, identity) = try EventRecord.stored(
      event, externalReference: externalReference)
    try ChainHash.append(
      to: "events",
      [
        "case_id": caseID, "sequence": event.sequence,
        "change": event.change.name, "actor": event.actor,
        "recorded_at": StoredDate.string(from: event.recordedAt),
        "facts": factsJSON,
      ],
      identity: identity.isEmpty
        ? nil
        : { id throws(StoreError) in
          try registry.vault.seal(
            json: identity, at: .identity(of: "events", id))
        }, in: db)
  }

  /// The sort rank of a severity; a case not yet rated ranks with `high`
  /// (it is treated as urgent until assessed).
  static func rank(of severity: Severity?) -> Int {
    severity?.rank ?? Severity.high.rank
  }
}

/// The identifying part of a case's query row: its summary.
struct CaseIdentity: Codable {
  var summary: String
}
