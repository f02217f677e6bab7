import EgideCore
import Foundation
import GRDB

/// Finding persons by name through the blind index, never the clear name.
///
/// `persons.name_index` holds the keyed HMAC-SHA256 of the folded name
/// (case, accents, hyphens and spacing folded): whoever holds the file but
/// not the key cannot test a guessed name against it.
extension Registry {
  /// The registered persons whose name folds like `name`, with their cases.
  ///
  /// In identifier order, each with the references of the cases that
  /// target them. Their identities read as the registry is opened
  /// (concealed unless it reveals).
  ///
  /// - Throws: ``StoreError`` `.keyRequired` without the key of a sealed
  ///   registry.
  public func persons(named name: String) throws -> [(
    person: TargetedPerson, cases: [CaseReference]
  )] {
    let index = try vault.blindIndex(of: Self.nameIndexText(name))
    return try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT id, role, function, court, related_to, identity
          FROM persons WHERE name_index = ? ORDER BY id
          """, arguments: [index])
      return try rows.map { row in
        let person = try person(from: row)
        return (person, try cases(targeting: person.id, in: db))
      }
    }
  }
}

extension RegistryTransaction {
  /// The new case with each new staff member that is already registered —
  /// same folded name, same role, same court — replaced by that person, so
  /// that a repeat victim stays one record; with the persons so linked.
  ///
  /// Family members are not matched: they are linked with `--person`.
  /// With `registeredUpTo`, only persons up to that identifier are
  /// matched: an import links to the persons registered before it began,
  /// and tells its own rows' persons apart by its own rules.
  public func linkingRepeatVictims(
    _ newCase: NewCase, registeredUpTo last: PersonID? = nil
  ) throws -> (NewCase, linked: [PersonID]) {
    var linked: [PersonID] = []
    var result = newCase
    for (position, target) in newCase.targets.enumerated() {
      guard case .new(let person) = target, person.role != .family else {
        continue
      }
      let index = try registry.vault.blindIndex(
        of: Registry.nameIndexText(person.identity.name))
      guard
        let id = try Int.fetchOneCached(
          db,
          sql: """
            SELECT id FROM persons
            WHERE name_index = ? AND role = ? AND court = ? AND id <= ?
            ORDER BY id LIMIT 1
            """,
          arguments: [
            index, person.role.rawValue, newCase.court.code,
            last?.number ?? Int.max,
          ])
      else { continue }
      let existing = PersonID(id)
      guard !result.targets.contains(.existing(existing)) else { continue }
      result.targets[position] = .existing(existing)
      linked.append(existing)
    }
    return (result, linked)
  }

  /// The highest person identifier registered so far (`nil` when none).
  public func lastPersonID() throws -> PersonID? {
    try Int.fetchOneCached(db, sql: "SELECT max(id) FROM persons").map(
      PersonID.init)
  }
}
