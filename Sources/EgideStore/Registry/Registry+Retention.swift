import EgideCore
import Foundation
import GRDB

/// The retention purge: the identities of cases finished long ago are
/// erased; their anonymous facts stay for statistics, and the purge itself
/// is an event of each case's history.
extension Registry {
  /// A case due for purging, with the persons whose identity goes with it.
  public struct RetentionCandidate: Hashable, Sendable {
    /// The case.
    public var reference: CaseReference
    /// Resolved or closed.
    public var status: CaseStatus
    /// When it ended.
    public var endedAt: Date
  }

  /// What a purge did, or would do.
  public struct RetentionOutcome: Hashable, Sendable {
    /// The cases purged, oldest end first.
    public var cases: [RetentionCandidate]
    /// Persons whose identity was erased: every case naming them is purged.
    public var personsPurged: Int
    /// Persons kept because a case not purged still names them.
    public var personsKept: Int
  }

  /// The cases due for purging at `now` under `policy`, oldest end first.
  public func retentionCandidates(
    under policy: RetentionPolicy, at now: Date, timeZone: TimeZone
  ) throws -> [RetentionCandidate] {
    let cutoff = StoredDate.string(
      from: policy.cutoff(at: now, timeZone: timeZone))
    return try read { db in
      try Self.candidates(before: cutoff, in: db)
    }
  }

  static func candidates(before cutoff: String, in db: Database) throws
    -> [RetentionCandidate]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT c.reference, c.status, c.ended_at FROM cases c
        WHERE c.status IN ('resolved', 'closed') AND c.ended_at <= ?
          AND NOT EXISTS (
            SELECT 1 FROM events e WHERE e.case_id = c.id AND e.change = 'purged')
        ORDER BY c.ended_at, c.id
        """, arguments: [cutoff]
    ).map { row in
      guard let status = CaseStatus(rawValue: row["status"]) else {
        throw StoreError(.corruptValue, "a case has an unknown status")
      }
      return RetentionCandidate(
        reference: try CaseReference.parse(row["reference"]), status: status,
        endedAt: try StoredDate.date(from: row["ended_at"]))
    }
  }

  /// Purges the identities of every case due at `now` under `policy`.
  ///
  /// One transaction (or only a count, rolled back, when `dryRun`): the case's
  /// summary, narrative, notes, reasons, evidence, notices and decisions;
  /// each person named only by purged cases; each author or site linked
  /// only to purged cases. A `purged` event signed by `actor` records it in
  /// each case. The write-ahead log is then emptied, so no copy remains.
  public func applyRetention(
    _ policy: RetentionPolicy, at now: Date, timeZone: TimeZone,
    by actor: String, dryRun: Bool
  ) throws -> RetentionOutcome {
    let cutoff = StoredDate.string(
      from: policy.cutoff(at: now, timeZone: timeZone))
    let outcome: RetentionOutcome
    do {
      outcome = try writer.write { db -> RetentionOutcome in
        let candidates = try Self.candidates(before: cutoff, in: db)
        var outcome = RetentionOutcome(
          cases: candidates, personsPurged: 0, personsKept: 0)
        guard !candidates.isEmpty else { return outcome }
        let tx = RegistryTransaction(registry: self, db: db)
        for candidate in candidates {
          // A dry run does it all too, then rolls it back.
          let (caseID, _) = try loadCase(candidate.reference, in: db)
          _ = try tx.record(candidate.reference) { state in
            try state.purge(
              under: policy, timeZone: timeZone, by: actor, at: now)
          }
          try Self.purgeValues(ofCase: caseID, in: db)
        }
        try tx.finish()
        // Persons and entities named only by purged cases (this purge's and
        // earlier ones).
        let purgedCases = """
          SELECT case_id FROM events WHERE change = 'purged'
          """
        let targetedOnlyByPurged = """
          NOT EXISTS (
            SELECT 1 FROM case_targets t WHERE t.person_id = p.id
              AND t.case_id NOT IN (\(purgedCases)))
          """
        let touched = """
          p.id IN (
            SELECT t.person_id FROM case_targets t
            JOIN cases c ON c.id = t.case_id
            WHERE c.reference IN (\(candidates.map { "'\($0.reference)'" }.joined(separator: ", "))))
          """
        outcome.personsPurged =
          try Int.fetchOne(
            db,
            sql:
              "SELECT count(*) FROM persons p WHERE \(touched) AND \(targetedOnlyByPurged)"
          ) ?? 0
        outcome.personsKept =
          try Int.fetchOne(
            db,
            sql:
              "SELECT count(*) FROM persons p WHERE \(touched) AND NOT \(targetedOnlyByPurged)"
          ) ?? 0
        try db.execute(
          sql: """
            UPDATE persons AS p SET identity = ?, name_index = NULL
            WHERE \(touched) AND \(targetedOnlyByPurged)
            """, arguments: [IdentityVault.purgedValue])
        if try db.tableExists("entities") {
          try db.execute(
            sql: """
              UPDATE entities SET identity = ?
              WHERE id IN (
                SELECT entity_id FROM case_entities
                WHERE case_id IN (\(purgedCases)))
              AND NOT EXISTS (
                SELECT 1 FROM case_entities l WHERE l.entity_id = entities.id
                  AND l.case_id NOT IN (\(purgedCases)))
              """, arguments: [IdentityVault.purgedValue])
        }
        if dryRun { throw DryRun(outcome: outcome) }
        return outcome
      }
    } catch let dry as DryRun {
      return dry.outcome
    } catch let error as DomainError {
      throw error
    } catch {
      throw Self.storeError(error, path: path)
    }
    try checkpoint()
    return outcome
  }

  /// Erases every identifying value of one case (not its persons).
  private static func purgeValues(ofCase caseID: Int64, in db: Database)
    throws
  {
    let purged = IdentityVault.purgedValue
    try db.execute(
      sql: "UPDATE cases SET identity = ? WHERE id = ?",
      arguments: [purged, caseID])
    try db.execute(
      sql: """
        UPDATE events SET identity = ? WHERE case_id = ? AND identity IS NOT NULL
        """, arguments: [purged, caseID])
    try db.execute(
      sql: """
        UPDATE evidence SET identity = ?,
          content = CASE WHEN content IS NULL THEN NULL ELSE ? END
        WHERE case_id = ?
        """, arguments: [purged, purged, caseID])
    let notices =
      "SELECT n.id FROM notices n JOIN measures m ON m.id = n.measure_id WHERE m.case_id = ?"
    if try db.tableExists("notices") {
      try db.execute(
        sql:
          "UPDATE notice_urls SET identity = ? WHERE notice_id IN (\(notices))",
        arguments: [purged, caseID])
      try db.execute(
        sql: """
          UPDATE notice_events SET identity = ?
          WHERE identity IS NOT NULL AND notice_id IN (\(notices))
          """, arguments: [purged, caseID])
    }
    if try db.tableExists("occultation_requests") {
      try db.execute(
        sql: """
          UPDATE occultation_decisions SET identity = ?
          WHERE request_id IN (
            SELECT o.id FROM occultation_requests o
            JOIN measures m ON m.id = o.measure_id WHERE m.case_id = ?)
          """, arguments: [purged, caseID])
    }
  }

  /// Empties the write-ahead log into the file and truncates it.
  func checkpoint() throws {
    do {
      try writer.writeWithoutTransaction { db in
        _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    } catch {
      throw Self.storeError(error, path: path)
    }
  }
}

/// Rolls back a dry run's transaction while carrying what it would do.
private struct DryRun: Error {
  var outcome: Registry.RetentionOutcome
}
