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
    if let externalReference,
      let existing = try caseReference(externalReference: externalReference)
    {
      throw DomainError(
        .forbiddenTransition,
        "external reference '\(externalReference)' is already case \(existing); a case is imported once"
      )
    }
    var existing: [PersonID: TargetedPerson] = [:]
    for case .existing(let id) in newCase.targets {
      if let person = try registry.person(id, in: db) { existing[id] = person }
    }
    let firstID =
      try Int.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM persons")
      ?? 1
    let registration = try newCase.registration(
      existing: existing, firstNewID: PersonID(firstID))
    let stamp = StoredDate.string(from: date)
    // Staff before family, so that each relative's link finds its row.
    let ordered =
      registration.newPersons.filter { $0.relatedTo == nil }
      + registration.newPersons.filter { $0.relatedTo != nil }
    // A registry opened with migrations before the blind index (as
    // upgrade tests do) has no name_index column.
    let indexesNames = try db.columns(in: "persons").contains {
      $0.name == "name_index"
    }
    for person in ordered {
      try db.executeCached(
        sql: """
          INSERT INTO persons (
            id, role, function, court, related_to, created_at, identity\(indexesNames ? ", name_index" : ""))
          VALUES (?, ?, ?, ?, ?, ?, ?\(indexesNames ? ", ?" : ""))
          """,
        arguments: [
          person.id.number, person.role.rawValue, person.function?.rawValue,
          person.court.code, person.relatedTo?.number, stamp,
          try registry.vault.seal(
            json: person.identity,
            at: .identity(of: "persons", Int64(person.id.number))),
        ]
          + (indexesNames
            ? [
              try registry.vault.blindIndex(
                of: Registry.nameIndexText(person.identity.name))
            ] : []))
    }
    let year = Calendar.gregorian(in: calendar.timeZone).component(
      .year, from: date)
    guard
      let sequence = try Int.fetchOneCached(
        db,
        sql: """
          INSERT INTO reference_counters (year, last_sequence) VALUES (?, 1)
          ON CONFLICT (year) DO UPDATE SET last_sequence = last_sequence + 1
          RETURNING last_sequence
          """, arguments: [year])
    else { throw StoreError(.io, "cannot allocate a case reference") }
    let reference = CaseReference(year: year, sequence: sequence)
    let event = newCase.openingEvent(
      targets: registration.targetIDs, by: actor, at: date,
      deadlines: deadlines)
    let state = try CaseState(reference: reference, events: [event])
    let report = state.report
    // The row's identifier is chosen here, so that its summary is sealed
    // bound to it.
    let caseID =
      try Int64.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM cases") ?? 1
    try db.executeCached(
      sql: """
        INSERT INTO cases (id, reference, year, sequence, status, severity,
          severity_rank, assessed, court, appeal_court, channel, platform,
          occurred_at, occurred_precision, reported_at, reported_by,
          assessment_due, updated_at, event_count, identity)
        VALUES (?, ?, ?, ?, 'new', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
        """,
      arguments: [
        caseID, reference.description, year, sequence,
        report.reportedSeverity?.rawValue,
        Self.rank(of: report.reportedSeverity), report.court.code,
        report.court.appealCourtCode, report.channel.rawValue,
        report.platform?.rawValue,
        report.occurred.map { StoredDate.string(from: $0.start) },
        report.occurred?.precision.rawValue, stamp, actor,
        StoredDate.string(from: report.assessmentDue), stamp,
        try registry.vault.seal(
          json: CaseIdentity(summary: report.summary),
          at: .identity(of: "cases", caseID)),
      ])
    if let externalReference {
      try db.executeCached(
        sql: "UPDATE cases SET external_reference = ? WHERE id = ?",
        arguments: [externalReference, caseID])
    }
    for kind in report.kinds {
      try db.executeCached(
        sql: "INSERT INTO case_kinds (case_id, kind) VALUES (?, ?)",
        arguments: [caseID, kind.rawValue])
    }
    for (position, person) in report.targets.enumerated() {
      try db.executeCached(
        sql:
          "INSERT INTO case_targets (case_id, person_id, position) VALUES (?, ?, ?)",
        arguments: [caseID, person.number, position])
    }
    try append(event, caseID: caseID, externalReference: externalReference)
    try linkEntities(ofReport: report, caseID: caseID)
    return reference
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
      db,
      sql: """
        SELECT t.person_id FROM case_targets t JOIN cases c ON c.id = t.case_id
        WHERE c.reference = ? ORDER BY t.position
        """, arguments: [reference.description]
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

  private func append(
    _ event: CaseEvent, caseID: Int64, externalReference: String? = nil
  ) throws {
    var (facts, identity) = EventRecord.split(event.change)
    facts.externalReference = externalReference
    let factsJSON = String(
      decoding: try JSONCoding.encoder.encode(facts), as: UTF8.self)
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
