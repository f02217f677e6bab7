import EgideCore
import Foundation
import GRDB

/// Reading the registered persons one at a time, for scans that must not
/// hold the whole registry in memory.
extension Registry {
  /// Calls `body` with every registered person, in identifier order, read
  /// from a cursor one row at a time.
  ///
  /// - Throws: ``StoreError`` for an unreadable row, or what `body` throws.
  public func forEachPerson(_ body: (TargetedPerson) throws -> Void) throws {
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, role, function, court, related_to, identity
          FROM persons ORDER BY id
          """)
      while let row = try rows.next() {
        try body(try person(from: row))
      }
    }
  }

  /// The cases that target a person with their status, oldest first.
  public func caseStatuses(targeting person: PersonID) throws -> [(
    reference: CaseReference, status: CaseStatus
  )] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.reference, c.status FROM case_targets t
          JOIN cases c ON c.id = t.case_id
          WHERE t.person_id = ? ORDER BY c.year, c.sequence
          """, arguments: [person.number]
      ).map { row in
        guard let status = CaseStatus(rawValue: row["status"]) else {
          throw StoreError(
            .corruptValue, "a case of \(person) has an unknown status")
        }
        return (try CaseReference.parse(row["reference"]), status)
      }
    }
  }

  /// A person from a row of `persons`.
  func person(from row: Row) throws -> TargetedPerson {
    let id = PersonID(row["id"])
    let code: String = row["court"]
    guard let role = Role(rawValue: row["role"]),
      let court = courts.court(code: code)
    else {
      throw StoreError(
        .corruptValue, "person \(id) has an unknown role or court")
    }
    return TargetedPerson(
      id: id,
      identity: try vault.open(
        PersonIdentity.self, from: row["identity"],
        at: .identity(of: "persons", Int64(id.number))),
      role: role,
      function: (row["function"] as String?).flatMap(StaffFunction.init),
      court: court,
      relatedTo: (row["related_to"] as Int?).map(PersonID.init))
  }
}
