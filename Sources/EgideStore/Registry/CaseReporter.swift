import EgideCore
import Foundation
import GRDB

/// Writes new cases: the one way a reported or imported case becomes
/// rows.
///
/// It holds its statements, prepared once per connection, and counts the
/// next identifiers of persons, cases, history events and entities, the
/// hash its next event chains from and the entities already linked, in
/// memory: one case costs its inserts and no lookups of what the
/// reporter wrote itself. `egide report` uses one for its single case,
/// `egide import` and `egide demo` one for all their cases, so that a
/// case is written the same way whichever command wrote it.
///
/// While a reporter is in use, nothing else in its transaction may write
/// persons, cases, events or entities: ``finish()`` checks that its
/// counters still match the tables, and throws (the transaction then
/// writes nothing) if they do not.
public final class CaseReporter {
  private let transaction: RegistryTransaction
  private var db: Database { transaction.db }
  private var registry: Registry { transaction.registry }
  private var nextPerson: Int
  private var nextCase: Int64
  private var nextEntity: Int64
  /// The next event's identifier and the hash it chains from; nil in a
  /// registry from before the chain (upgrade tests).
  private var chain: (id: Int64, previous: String)?
  private var entities: [String: Int64] = [:]
  /// The calendar that dates references, made once per time zone.
  private var yearCalendar: Calendar?
  private let indexesNames: Bool
  private let referencesExternally: Bool
  private let linksEntities: Bool
  private let digestsSeals: Bool
  private let insertPerson: Statement
  private let insertCase: Statement
  private let insertKind: Statement
  private let insertTarget: Statement
  private let insertEvent: Statement?

  /// A reporter for the transaction.
  init(_ transaction: RegistryTransaction) throws {
    self.transaction = transaction
    let db = transaction.db
    nextPerson =
      try Int.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM persons") ?? 1
    nextCase =
      try Int64.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM cases") ?? 1
    // A registry opened with older migrations only (as upgrade tests do)
    // lacks the later columns and tables: the statements follow it.
    indexesNames = try db.columns(in: "persons").contains {
      $0.name == "name_index"
    }
    referencesExternally = try db.columns(in: "cases").contains {
      $0.name == "external_reference"
    }
    linksEntities = try db.tableExists("entities")
    nextEntity =
      linksEntities
      ? try Int64.fetchOneCached(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM entities") ?? 1 : 1
    let eventColumns = Set(try db.columns(in: "events").map(\.name))
    digestsSeals = eventColumns.contains("sealed_digest")
    if eventColumns.contains("chain_hash") {
      chain = try ChainHash.next(in: "events", db)
      insertEvent = try db.cachedStatement(
        sql: """
          INSERT INTO events (id, case_id, sequence, change, actor,
            recorded_at, facts, identity\(digestsSeals ? ", sealed_digest" : ""),
            chain_hash)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?\(digestsSeals ? ", ?" : ""), ?)
          """)
    } else {
      chain = nil
      insertEvent = nil
    }
    insertPerson = try db.cachedStatement(
      sql: """
        INSERT INTO persons (
          id, role, function, court, related_to, created_at, identity\(indexesNames ? ", name_index" : ""))
        VALUES (?, ?, ?, ?, ?, ?, ?\(indexesNames ? ", ?" : ""))
        """)
    insertCase = try db.cachedStatement(
      sql: """
        INSERT INTO cases (id, reference, year, sequence, status, severity,
          severity_rank, assessed, court, appeal_court, channel, platform,
          occurred_at, occurred_precision, reported_at, reported_by,
          assessment_due, updated_at, event_count, identity\
        \(referencesExternally ? ", external_reference" : ""))
        VALUES (?, ?, ?, ?, 'new', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?\(referencesExternally ? ", ?" : ""))
        """)
    insertKind = try db.cachedStatement(
      sql: "INSERT INTO case_kinds (case_id, kind) VALUES (?, ?)")
    insertTarget = try db.cachedStatement(
      sql:
        "INSERT INTO case_targets (case_id, person_id, position) VALUES (?, ?, ?)"
    )
  }

  /// Logs a new case, registering the new persons it names.
  ///
  /// The assessment deadline follows the working days and the clock of
  /// the case's court; `calendar`, the registry's, dates the reference's
  /// year. `externalReference` is the identifier an imported case had in
  /// its source file; `nil` for a case reported directly.
  ///
  /// - Returns: the case's reference and the persons it targets, in order.
  /// - Throws: ``DomainError`` `.forbiddenTransition` if a case with this
  ///   external reference already exists.
  public func report(
    _ newCase: NewCase, by actor: String, at date: Date,
    deadlines: DeadlinePolicy, calendar: BusinessCalendar,
    externalReference: String? = nil
  ) throws -> (reference: CaseReference, targets: [PersonID]) {
    if let externalReference,
      let existing = try transaction.caseReference(
        externalReference: externalReference)
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
    let registration = try newCase.registration(
      existing: existing, firstNewID: PersonID(nextPerson))
    let stamp = StoredDate.string(from: date)
    // Staff before family, so that each relative's link finds its row.
    let ordered =
      registration.newPersons.filter { $0.relatedTo == nil }
      + registration.newPersons.filter { $0.relatedTo != nil }
    for person in ordered {
      var arguments: StatementArguments = [
        person.id.number, person.role.rawValue, person.function?.rawValue,
        person.court.code, person.relatedTo?.number, stamp,
        try registry.vault.seal(
          json: person.identity,
          at: .identity(of: "persons", Int64(person.id.number))),
      ]
      if indexesNames {
        arguments += [
          try registry.vault.blindIndex(
            of: Registry.nameIndexText(person.identity.name))
        ]
      }
      try insertPerson.execute(arguments: arguments)
      nextPerson = max(nextPerson, person.id.number + 1)
    }
    let years =
      yearCalendar.flatMap { $0.timeZone == calendar.timeZone ? $0 : nil }
      ?? Calendar.gregorian(in: calendar.timeZone)
    yearCalendar = years
    let year = years.component(.year, from: date)
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
    let caseID = nextCase
    var arguments: StatementArguments = [
      caseID, reference.description, year, sequence,
      report.reportedSeverity?.rawValue,
      RegistryTransaction.rank(of: report.reportedSeverity),
      report.court.code, report.court.appealCourtCode,
      report.channel.rawValue, report.platform?.rawValue,
      report.occurred.map { StoredDate.string(from: $0.start) },
      report.occurred?.precision.rawValue, stamp, actor,
      StoredDate.string(from: report.assessmentDue), stamp,
      try registry.vault.seal(
        json: CaseIdentity(summary: report.summary),
        at: .identity(of: "cases", caseID)),
    ]
    if referencesExternally { arguments += [externalReference] }
    try insertCase.execute(arguments: arguments)
    try transaction.totals.didReport(caseID: caseID)
    nextCase += 1
    for kind in report.kinds {
      try insertKind.execute(arguments: [caseID, kind.rawValue])
    }
    for (position, person) in report.targets.enumerated() {
      try insertTarget.execute(arguments: [caseID, person.number, position])
    }
    try append(event, caseID: caseID, externalReference: externalReference)
    for entity in EntityNormalizer.entities(authors: report.authors) {
      try link(caseID: caseID, to: entity)
    }
    return (reference, report.targets)
  }

  /// Checks that nothing else wrote the rows this reporter counts.
  ///
  /// - Throws: ``StoreError`` `.io` if another write in the transaction
  ///   moved an identifier the reporter counts (a programming error; the
  ///   transaction then writes nothing).
  public func finish() throws {
    let counted: [(String, Int64?)] = [
      ("persons", Int64(nextPerson)), ("cases", nextCase),
      ("entities", linksEntities ? nextEntity : nil),
      ("events", chain?.id),
    ]
    for case (let table, let next?) in counted {
      let actual =
        try Int64.fetchOneCached(
          db, sql: "SELECT coalesce(max(id), 0) + 1 FROM \(table)") ?? 1
      guard actual == next else {
        throw StoreError(
          .io,
          "\(table) changed while cases were being written (next identifier \(actual), expected \(next)); nothing was written"
        )
      }
    }
  }

  /// Appends the case's opening event to its history, chained.
  private func append(
    _ event: CaseEvent, caseID: Int64, externalReference: String?
  ) throws {
    guard let (id, previous) = chain, let insertEvent else {
      try transaction.append(
        event, caseID: caseID, externalReference: externalReference)
      return
    }
    let (factsJSON, identity) = try EventRecord.stored(
      event, externalReference: externalReference)
    let stamp = StoredDate.string(from: event.recordedAt)
    let sealed =
      identity.isEmpty
      ? nil
      : try registry.vault.seal(
        json: identity, at: .identity(of: "events", id))
    let digest = digestsSeals ? sealed.map(ChainHash.digest(of:)) : nil
    let values: [DatabaseValue] = [
      id.databaseValue, caseID.databaseValue, event.sequence.databaseValue,
      event.change.name.databaseValue, event.actor.databaseValue,
      stamp.databaseValue, factsJSON.databaseValue,
    ]
    let hash = ChainHash.hash(
      previous: previous, values: values, sealedDigest: digest)
    var arguments = StatementArguments(values + [sealed.databaseValue])
    if digestsSeals { arguments += [digest] }
    arguments += [hash]
    try insertEvent.execute(arguments: arguments)
    chain = (id + 1, hash)
  }

  /// Links the case to an author's account or site, creating its entity
  /// the first time it is met.
  private func link(caseID: Int64, to entity: LinkedEntity) throws {
    guard linksEntities else { return }
    let known = entity.kind.rawValue + "\u{0}" + entity.value
    let id: Int64
    if let found = entities[known] {
      id = found
    } else {
      guard
        let found = try registry.entityID(
          entity, creating: true, nextID: nextEntity, in: db)
      else { return }
      id = found
      if id == nextEntity { nextEntity += 1 }
      entities[known] = id
    }
    try transaction.link(caseID: caseID, toEntity: id, source: "report")
  }
}
