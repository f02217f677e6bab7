import EgideCore
import Foundation
import GRDB

/// What a protection decision says, as sealed in
/// `protection_requests.identity`.
extension ProtectionDecision: Concealable {
  static func standIn(_ marker: String) -> ProtectionDecision {
    ProtectionDecision(facts: marker, duration: marker, lawyer: marker)
  }
}

extension RegistryTransaction {
  /// Records the protection fonctionnelle a `statutory_protection` measure
  /// asks for.
  ///
  /// Its basis follows from the status of the person protected; the day
  /// of the written request is given. A note in the case's history states the
  /// basis, the authority addressed and the day silence becomes a refusal.
  ///
  /// - Throws: ``DomainError`` `.invalidValue` for a measure of another
  ///   kind or one already recorded.
  @discardableResult
  public func recordProtection(
    for id: MeasureID, requestedOn: String, by actor: String, at date: Date
  ) throws -> ProtectionRequest {
    let (kind, beneficiary, reference) = try measureFacts(id)
    guard kind == .statutoryProtection else {
      throw DomainError(
        .invalidValue,
        "measure \(id) is a \(kind.rawValue) measure; a written request date is given for statutory_protection only",
        field: "requestedOn")
    }
    guard
      try Int.fetchOne(
        db, sql: "SELECT 1 FROM protection_requests WHERE id = ?",
        arguments: [id.number]) == nil
    else {
      throw DomainError(
        .invalidValue, "measure \(id) already has its protection request")
    }
    guard let person = try registry.person(beneficiary, in: db) else {
      throw StoreError(.corruptValue, "measure \(id) protects no known person")
    }
    let relative = try person.relatedTo.flatMap {
      try registry.person($0, in: db)
    }
    let request = ProtectionRequest(
      measure: id, basis: .of(person, relative: relative),
      requestedOn: requestedOn)
    // The basis and the day silence becomes a refusal are facts of the
    // case that summaries count.
    if let caseID = try Int64.fetchOne(
      db, sql: "SELECT case_id FROM measures WHERE id = ?",
      arguments: [id.number])
    {
      try totals.willChange(caseID: caseID)
    }
    try db.execute(
      sql: """
        INSERT INTO protection_requests (id, basis, requested_on, silence_ends)
        VALUES (?, ?, ?, ?)
        """,
      arguments: [
        id.number, request.basis.rawValue, request.requestedOn,
        request.silenceEnds,
      ])
    try record(reference) { state in
      try state.note(
        "Protection fonctionnelle \(id): basis \(request.basis.rawValue) (\(request.basis.citation)); written request of \(request.requestedOn), addressed by law to \(request.basis.authorityByLaw); \(request.basis.silenceRule), on \(request.silenceEnds)",
        by: actor, at: date)
    }
    return request
  }

  /// Records what the decision on a protection fonctionnelle says, and
  /// the day it was made; a note in the case's history keeps it, so a
  /// later decision never erases an earlier one from the history.
  ///
  /// - Throws: ``DomainError`` `.invalidValue` for a measure without a
  ///   protection request.
  public func recordProtectionDecision(
    for id: MeasureID, status: MeasureStatus, decidedOn: String,
    decision: ProtectionDecision, by actor: String, at date: Date
  ) throws {
    let (_, _, reference) = try measureFacts(id)
    guard
      let basisText = try String.fetchOne(
        db, sql: "SELECT basis FROM protection_requests WHERE id = ?",
        arguments: [id.number]),
      let basis = ProtectionBasis(rawValue: basisText)
    else {
      throw DomainError(
        .invalidValue,
        "measure \(id) is not a protection fonctionnelle; decision details are given for statutory_protection only",
        field: "decidedOn")
    }
    try db.execute(
      sql: """
        UPDATE protection_requests SET decided_on = ?, identity = ?
        WHERE id = ?
        """,
      arguments: [
        decidedOn,
        decision.isEmpty
          ? nil
          : try registry.vault.seal(
            json: decision,
            at: .identity(of: "protection_requests", Int64(id.number))),
        id.number,
      ])
    try record(reference) { state in
      try state.note(
        "Protection fonctionnelle \(id) \(status.rawValue) on \(decidedOn) (basis \(basis.rawValue))"
          + decision.parts.map { "; \($0)" }.joined(),
        by: actor, at: date)
    }
  }

  /// Whether the measure carries a protection fonctionnelle record.
  public func hasProtectionRequest(_ id: MeasureID) throws -> Bool {
    try db.tableExists("protection_requests")
      && Int.fetchOne(
        db, sql: "SELECT 1 FROM protection_requests WHERE id = ?",
        arguments: [id.number]) != nil
  }

  private func measureFacts(_ id: MeasureID) throws -> (
    MeasureKind, PersonID, CaseReference
  ) {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT m.kind, m.beneficiary, c.reference FROM measures m
          JOIN cases c ON c.id = m.case_id WHERE m.id = ?
          """, arguments: [id.number]),
      let kind = MeasureKind(rawValue: row["kind"])
    else {
      throw DomainError(
        .notFound,
        "no measure \(id) in the registry; a case shows its measures")
    }
    return (
      kind, PersonID(row["beneficiary"]),
      try CaseReference.parse(row["reference"])
    )
  }
}

extension Registry {
  /// The protection requests of these measures, by measure.
  ///
  /// Measures without one (other kinds, or registries older than schema
  /// 10) are left out. What a decision says reads `[sealed]` unless revealed.
  public func protectionRequests(of measures: [MeasureID]) throws
    -> [MeasureID: ProtectionRequest]
  {
    guard !measures.isEmpty else { return [:] }
    return try read { db in
      guard try db.tableExists("protection_requests") else { return [:] }
      var found: [MeasureID: ProtectionRequest] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT id, basis, requested_on, silence_ends, decided_on, identity
          FROM protection_requests
          WHERE id IN (SELECT value FROM json_each(?))
          """,
        arguments: [
          "[" + measures.map { String($0.number) }.joined(separator: ",") + "]"
        ])
      for row in rows {
        let id = MeasureID(row["id"])
        guard let basis = ProtectionBasis(rawValue: row["basis"]) else {
          throw StoreError(
            .corruptValue, "protection request \(id) has an unknown basis")
        }
        let decision = try (row["identity"] as Data?).map {
          data throws(StoreError) in
          try vault.open(
            ProtectionDecision.self, from: data,
            at: .identity(of: "protection_requests", Int64(id.number)))
        }
        found[id] = ProtectionRequest(
          stored: id, basis: basis, requestedOn: row["requested_on"],
          silenceEnds: row["silence_ends"], decidedOn: row["decided_on"],
          decision: decision)
      }
      return found
    }
  }
}
