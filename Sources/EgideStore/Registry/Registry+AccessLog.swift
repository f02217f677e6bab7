import EgideCore
import Foundation
import GRDB

/// The access log: every reveal of identities, append-only and chained.
extension Registry {
  /// Records a reveal in its own transaction, before the command prints.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown case,
  ///   ``StoreError`` if it cannot be written (then nothing is revealed).
  public func recordAccess(_ entry: AccessEntry) throws {
    try write { db in try Self.recordAccess(entry, in: db) }
  }

  /// Records a reveal inside a transaction already open.
  static func recordAccess(_ entry: AccessEntry, in db: Database) throws {
    var caseID: Int64?
    if let reference = entry.caseReference {
      guard
        let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM cases WHERE reference = ?",
          arguments: [reference.description])
      else {
        throw DomainError(.notFound, "no case \(reference) in this registry")
      }
      caseID = id
    }
    let details = try JSONCoding.encoder.encode(entry.details)
    try ChainHash.append(
      to: "access_log",
      [
        "recorded_at": StoredDate.string(from: entry.recordedAt),
        "actor": entry.actor, "action": entry.action.rawValue,
        "case_id": caseID, "purpose": entry.purpose,
        "details": String(decoding: details, as: UTF8.self),
      ], in: db)
  }

  /// The access log, oldest first, narrowed to a user, a case and a start.
  public func accessLog(
    actor: String? = nil, caseReference: CaseReference? = nil,
    since: Date? = nil
  ) throws -> [AccessEntry] {
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []
    if let actor {
      conditions.append("a.actor = ?")
      arguments.append(actor)
    }
    if let caseReference {
      conditions.append("c.reference = ?")
      arguments.append(caseReference.description)
    }
    if let since {
      conditions.append("a.recorded_at >= ?")
      arguments.append(StoredDate.string(from: since))
    }
    let filter =
      conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    return try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.recorded_at, a.actor, a.action, c.reference, a.purpose,
            a.details
          FROM access_log a LEFT JOIN cases c ON c.id = a.case_id
          \(filter) ORDER BY a.id
          """, arguments: StatementArguments(arguments)
      ).map { row in
        guard let action = RevealAction(rawValue: row["action"]) else {
          throw StoreError(
            .corruptValue, "the access log has an unknown action")
        }
        let detailsText: String = row["details"]
        let details =
          (try? JSONCoding.decoder.decode(
            [String: String].self, from: Data(detailsText.utf8))) ?? [:]
        return AccessEntry(
          stored: row["actor"],
          recordedAt: try StoredDate.date(from: row["recorded_at"]),
          action: action,
          caseReference: try (row["reference"] as String?).map {
            try CaseReference.parse($0)
          },
          purpose: row["purpose"], details: details)
      }
    }
  }
}
