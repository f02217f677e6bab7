import EgideCore
import Foundation
import GRDB

/// The identifying part of a decision concerned by an occultation request:
/// whoever reads it can look the decision up and find the hidden name.
struct DecisionIdentity: Codable {
  var day: String?
  var number: String?
  var judilibreID: String?
}

/// Occultation requests: filing, ruling, appeal.
extension RegistryTransaction {
  /// Files an occultation request carrying out the `open_data_occultation`
  /// measure `measureID`, about `decisions`.
  ///
  /// The authority follows from the decisions' court and the protected
  /// person's relation to it (derived from their court unless given).
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown measure,
  ///   `.invalidValue` for a measure of another kind, and
  ///   `.forbiddenTransition` for a measure no longer requested or already
  ///   carried by a request.
  public func fileOccultation(
    on measureID: MeasureID, decisions: [DecisionReference],
    relation: OccultationRelation? = nil, by actor: String, at date: Date
  ) throws -> OccultationRequest {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT m.kind, m.status, m.beneficiary, o.id AS request
          FROM measures m LEFT JOIN occultation_requests o ON o.measure_id = m.id
          WHERE m.id = ?
          """, arguments: [measureID.number])
    else {
      throw DomainError(
        .notFound,
        "no measure \(measureID) in the registry; a case shows its measures"
      )
    }
    let kind: String = row["kind"]
    guard kind == MeasureKind.openDataOccultation.rawValue else {
      throw DomainError(
        .invalidValue,
        "measure \(measureID) is a \(kind) measure; accepted: an open_data_occultation measure"
      )
    }
    if let existing = row["request"] as Int? {
      throw DomainError(
        .forbiddenTransition,
        "measure \(measureID) is already carried out by occultation request \(OccultationID(existing))"
      )
    }
    let status: String = row["status"]
    guard status == MeasureStatus.requested.rawValue else {
      throw DomainError(
        .forbiddenTransition,
        "measure \(measureID) is \(status); an occultation request needs a measure still requested"
      )
    }
    let beneficiary = PersonID(row["beneficiary"])
    guard let person = try registry.person(beneficiary, in: db) else {
      throw StoreError(.corruptValue, "measure \(measureID) has no beneficiary")
    }
    let next =
      try Int.fetchOne(
        db, sql: "SELECT coalesce(max(id), 0) + 1 FROM occultation_requests")
      ?? 1
    let request = try OccultationRequest(
      id: OccultationID(next), measure: measureID, person: person,
      decisions: decisions, relation: relation, by: actor, at: date)
    try db.execute(
      sql: """
        INSERT INTO occultation_requests (id, measure_id, relation, route,
          authority, status, requested_at, requested_by, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        request.id.number, measureID.number, request.relation.rawValue,
        request.route.rawValue, request.authority, request.status.rawValue,
        StoredDate.string(from: date), actor, StoredDate.string(from: date),
      ])
    for (position, decision) in decisions.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO occultation_decisions (request_id, position, court, identity)
          VALUES (?, ?, ?, ?)
          """,
        arguments: [
          request.id.number, position, decision.court.code,
          try registry.vault.seal(
            json: DecisionIdentity(
              day: decision.day, number: decision.number,
              judilibreID: decision.judilibreID),
            at: .identity(
              of: "occultation_decisions", Int64(request.id.number), position)),
        ])
    }
    return request
  }

  /// Requests an `open_data_occultation` measure in a case, addressed to
  /// the authority the law designates, and files its request about
  /// `decisions`.
  public func requestOccultation(
    in reference: CaseReference, for beneficiary: PersonID?,
    decisions: [DecisionReference], relation: OccultationRelation? = nil,
    by actor: String, at date: Date
  ) throws -> OccultationRequest {
    let personID = try beneficiary ?? targets(of: reference).first
    guard let personID, let person = try registry.person(personID, in: db),
      let first = decisions.first
    else {
      throw DomainError(
        .invalidValue,
        "an occultation request needs a decision and a person targeted in \(reference)"
      )
    }
    let route = OccultationRoute.route(
      forDecisionOf: first.court,
      relation: relation ?? OccultationRelation.of(person, to: first.court))
    let measure = try requestMeasure(
      in: reference, kind: .openDataOccultation,
      authority: route.authority(forDecisionOf: first.court), due: nil,
      beneficiary: personID, by: actor, at: date)
    return try fileOccultation(
      on: measure, decisions: decisions, relation: relation, by: actor,
      at: date)
  }

  /// Records the authority's ruling on a request (or on its appeal), and
  /// brings its measure in line at once: a grant grants it, a refusal
  /// refuses it (saying until when the refusal may be appealed), and an
  /// appeal granted grants the measure the refusal had refused.
  public func decideOccultation(
    _ id: OccultationID, _ outcome: OccultationOutcome, notified: Date?,
    by actor: String, at date: Date
  ) throws -> OccultationRequest {
    let (request, reference) = try registry.occultation(id, in: db)
    let next = try request.deciding(outcome, notified: notified, at: date)
    try save(next, at: date)
    let onAppeal = request.status == .appealed
    let stage = onAppeal ? "on appeal" : ""
    var note =
      "Occultation request \(id) \(outcome.rawValue) \(stage) by \(request.decidingAuthority) (\(next.route.legalBasis))"
      .replacingOccurrences(of: "  ", with: " ")
    if !onAppeal, outcome == .refused, let window = next.appealWindow() {
      note += "; appeal possible until \(window.lastDayText)"
    }
    let status = try String.fetchOne(
      db, sql: "SELECT status FROM measures WHERE id = ?",
      arguments: [next.measure.number]
    ).flatMap(MeasureStatus.init(rawValue:))
    switch (outcome, status) {
    case (.granted, .requested):
      try updateMeasure(
        next.measure, to: .granted, note: note, by: actor, at: date)
    case (.refused, .requested):
      try updateMeasure(
        next.measure, to: .refused, note: note, by: actor, at: date)
    case (.granted, .refused) where onAppeal:
      try record(reference) { state in
        try state.grantOnAppeal(next.measure, note: note, by: actor, at: date)
      }
    default:
      // The measure was moved by hand meanwhile: the ruling is noted.
      try record(reference) { state in
        try state.note(note, by: actor, at: date)
      }
    }
    return next
  }

  /// Records the appeal of a refused request, within its window.
  public func appealOccultation(
    _ id: OccultationID, by actor: String, at date: Date
  ) throws -> OccultationRequest {
    let (request, reference) = try registry.occultation(id, in: db)
    let next = try request.appealing(at: date)
    try save(next, at: date)
    try record(reference) { state in
      try state.note(
        "Refusal of occultation request \(id) appealed to \(next.decidingAuthority) (\(next.route.legalBasis))",
        by: actor, at: date)
    }
    return next
  }

  /// The occultation requests made for a person, oldest first.
  public func occultationRequests(for person: PersonID) throws
    -> [OccultationRequest]
  {
    try Int.fetchAll(
      db,
      sql: """
        SELECT o.id FROM occultation_requests o
        JOIN measures m ON m.id = o.measure_id
        WHERE m.beneficiary = ? ORDER BY o.id
        """, arguments: [person.number]
    ).map { try registry.occultation(OccultationID($0), in: db).0 }
  }

  private func save(_ request: OccultationRequest, at date: Date) throws {
    func stamp(_ date: Date?) -> String? {
      date.map { StoredDate.string(from: $0) }
    }
    try db.execute(
      sql: """
        UPDATE occultation_requests SET status = ?, outcome = ?,
          decided_at = ?, notified_at = ?, appealed_at = ?,
          appeal_outcome = ?, appeal_decided_at = ?, appeal_notified_at = ?,
          updated_at = ?
        WHERE id = ?
        """,
      arguments: [
        request.status.rawValue, request.ruling?.outcome.rawValue,
        stamp(request.ruling?.recordedAt), stamp(request.ruling?.notifiedAt),
        stamp(request.appealedAt), request.appealRuling?.outcome.rawValue,
        stamp(request.appealRuling?.recordedAt),
        stamp(request.appealRuling?.notifiedAt), StoredDate.string(from: date),
        request.id.number,
      ])
  }
}

extension Registry {
  /// An occultation request with the case its measure belongs to.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown identifier.
  public func occultation(_ id: OccultationID) throws -> (
    request: OccultationRequest, reference: CaseReference
  ) {
    try read { db in try occultation(id, in: db) }
  }

  /// The occultation requests filed on `measures`, oldest first.
  public func occultationRequests(on measures: [MeasureID]) throws
    -> [OccultationRequest]
  {
    guard !measures.isEmpty else { return [] }
    return try read { db in
      try Int.fetchAll(
        db,
        sql: """
          SELECT id FROM occultation_requests
          WHERE measure_id IN (\(measures.map { _ in "?" }.joined(separator: ",")))
          ORDER BY id
          """, arguments: StatementArguments(measures.map(\.number))
      ).map { try occultation(OccultationID($0), in: db).0 }
    }
  }

  func occultation(_ id: OccultationID, in db: Database) throws -> (
    OccultationRequest, CaseReference
  ) {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT o.*, m.beneficiary, c.reference FROM occultation_requests o
          JOIN measures m ON m.id = o.measure_id
          JOIN cases c ON c.id = m.case_id WHERE o.id = ?
          """, arguments: [id.number])
    else {
      throw DomainError(
        .notFound,
        "no occultation request \(id) in the registry; a case shows its measures and their requests"
      )
    }
    func date(_ column: String) throws -> Date? {
      try (row[column] as String?).map { text throws(StoreError) in
        try StoredDate.date(from: text)
      }
    }
    func ruling(_ prefix: String) throws -> OccultationRuling? {
      guard let text = row[prefix + "outcome"] as String?,
        let outcome = OccultationOutcome(rawValue: text),
        let recorded = try date(prefix + "decided_at"),
        let notified = try date(prefix + "notified_at")
      else { return nil }
      return OccultationRuling(
        outcome: outcome, recordedAt: recorded, notifiedAt: notified)
    }
    guard let relation = OccultationRelation(rawValue: row["relation"]),
      let route = OccultationRoute(rawValue: row["route"]),
      let requestedAt = try date("requested_at")
    else {
      throw StoreError(
        .corruptValue, "occultation request \(id) has an unknown route")
    }
    var decisions: [DecisionReference] = []
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT position, court, identity FROM occultation_decisions
        WHERE request_id = ? ORDER BY position
        """, arguments: [id.number])
    for decision in rows {
      let code: String = decision["court"]
      guard let court = courts.court(code: code) else {
        throw StoreError(
          .corruptValue, "a decision of \(id) has an unknown court \(code)")
      }
      let identity = try vault.open(
        DecisionIdentity.self, from: decision["identity"],
        at: .identity(
          of: "occultation_decisions", Int64(id.number), decision["position"]))
      decisions.append(
        DecisionReference(
          stored: court, day: identity.day, number: identity.number,
          judilibreID: identity.judilibreID))
    }
    let request = OccultationRequest(
      id: id, measure: MeasureID(row["measure_id"]),
      beneficiary: PersonID(row["beneficiary"]), decisions: decisions,
      relation: relation, route: route, authority: row["authority"],
      requestedAt: requestedAt, requestedBy: row["requested_by"],
      ruling: try ruling(""), appealedAt: try date("appealed_at"),
      appealRuling: try ruling("appeal_"))
    return (request, try CaseReference.parse(row["reference"]))
  }
}
