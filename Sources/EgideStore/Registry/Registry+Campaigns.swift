import EgideCore
import Foundation
import GRDB

/// Reading what campaign detection needs: the clear facts of cases and
/// their links to entities.
extension Registry {
  /// The facts of every case for campaign detection, or only of the
  /// cases targeting one of `persons`.
  ///
  /// Cases closed as duplicates are left out: a duplicate is the same
  /// incident reported twice, not a second act. Reads no identity.
  public func campaignCases(targeting persons: [PersonID]? = nil) throws
    -> [CampaignCase]
  {
    var filter =
      "WHERE (c.closure_reason IS NULL OR c.closure_reason <> 'duplicate')"
    // The kinds, targets and links read: those of the selected cases only,
    // so that one person's cases cost what they are, not the registry.
    var targeting: String?
    var arguments: [any DatabaseValueConvertible] = []
    if let persons {
      if persons.isEmpty { return [] }
      let subquery = """
        (SELECT case_id FROM case_targets WHERE person_id IN (\(
          Array(repeating: "?", count: persons.count).joined(separator: ", "))))
        """
      filter += " AND c.id IN \(subquery)"
      targeting = subquery
      arguments = persons.map(\.number)
    }
    func related(_ column: String) -> String {
      targeting.map { "WHERE \(column) IN \($0)" } ?? ""
    }
    return try read { db in
      var cases: [Int64: CampaignCase] = [:]
      var order: [Int64] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.id, c.year, c.sequence, c.reported_at, c.occurred_at,
            c.occurred_precision, c.court, c.severity
          FROM cases c \(filter) ORDER BY c.year, c.sequence
          """, arguments: StatementArguments(arguments))
      while let row = try rows.next() {
        var occurred: OccurrenceDate?
        if let start = row["occurred_at"] as String?,
          let precision = (row["occurred_precision"] as String?).flatMap(
            OccurrenceDate.Precision.init)
        {
          occurred = OccurrenceDate(
            start: try StoredDate.date(from: start), precision: precision)
        }
        let id: Int64 = row["id"]
        order.append(id)
        cases[id] = CampaignCase(
          reference: CaseReference(
            year: row["year"], sequence: row["sequence"]),
          reportedAt: try StoredDate.date(from: row["reported_at"]),
          occurred: occurred, court: row["court"], kinds: [],
          severity: (row["severity"] as String?).flatMap(Severity.init),
          targets: [], entities: [])
      }
      let kinds = try Row.fetchCursor(
        db,
        sql: """
          SELECT case_id, kind FROM case_kinds \(related("case_id"))
          ORDER BY case_id, kind
          """,
        arguments: StatementArguments(arguments))
      while let row = try kinds.next() {
        if let kind = IncidentKind(rawValue: row["kind"]) {
          cases[row["case_id"]]?.kinds.append(kind)
        }
      }
      let targets = try Row.fetchCursor(
        db,
        sql: """
          SELECT case_id, person_id FROM case_targets \(related("case_id"))
          ORDER BY case_id, position
          """, arguments: StatementArguments(arguments))
      while let row = try targets.next() {
        cases[row["case_id"]]?.targets.append(PersonID(row["person_id"]))
      }
      let links = try Row.fetchCursor(
        db,
        sql: """
          SELECT l.case_id, e.id, e.kind FROM case_entities l
          JOIN entities e ON e.id = l.entity_id
          \(related("l.case_id"))
          """, arguments: StatementArguments(arguments))
      while let row = try links.next() {
        if let kind = LinkedEntity.Kind(rawValue: row["kind"]) {
          cases[row["case_id"]]?.entities.insert(
            CampaignCase.Entity(kind: kind, number: row["id"]))
        }
      }
      return order.compactMap { id in
        cases[id].map { item in
          var item = item
          item.kinds = IncidentKind.allCases.filter(item.kinds.contains)
          return item
        }
      }
    }
  }

  /// The values of entities, opened from the vault.
  public func entityValues(_ entities: [CampaignCase.Entity]) throws
    -> [CampaignCase.Entity: LinkedEntity]
  {
    try read { db in
      var values: [CampaignCase.Entity: LinkedEntity] = [:]
      for entity in entities {
        guard
          let sealed = try Data.fetchOne(
            db, sql: "SELECT identity FROM entities WHERE id = ? AND kind = ?",
            arguments: [entity.number, entity.kind.rawValue])
        else { continue }
        let identity = try vault.open(
          EntityIdentity.self, from: sealed,
          at: .identity(of: "entities", Int64(entity.number)))
        values[entity] = LinkedEntity(kind: entity.kind, value: identity.value)
      }
      return values
    }
  }

  /// For each entity a case is linked to, the other cases linked to it,
  /// oldest first; entities no other case shares are left out.
  ///
  /// Cases closed as duplicates are left out. Each entity is read once,
  /// then its other cases by index, without carrying its sealed value
  /// through a sort of every link.
  public func casesSharingEntities(with reference: CaseReference) throws
    -> [(entity: LinkedEntity, cases: [CaseReference])]
  {
    try read { db in
      guard
        let caseID = try Int64.fetchOne(
          db, sql: "SELECT id FROM cases WHERE reference = ?",
          arguments: [reference.description])
      else { return [] }
      let entities = try Row.fetchAll(
        db,
        sql: """
          SELECT e.id, e.kind, e.identity FROM case_entities mine
          JOIN entities e ON e.id = mine.entity_id
          WHERE mine.case_id = ? ORDER BY e.kind, e.id
          """, arguments: [caseID])
      var result: [(entity: LinkedEntity, cases: [CaseReference])] = []
      for entity in entities {
        let others = try Row.fetchCursor(
          db.cachedStatement(
            sql: """
              SELECT o.year, o.sequence FROM case_entities theirs
              JOIN cases o ON o.id = theirs.case_id
              WHERE theirs.entity_id = ? AND theirs.case_id <> ?
                AND (o.closure_reason IS NULL OR o.closure_reason <> 'duplicate')
              ORDER BY o.year, o.sequence
              """), arguments: [entity["id"], caseID])
        var cases: [CaseReference] = []
        while let row = try others.next() {
          cases.append(CaseReference(year: row[0], sequence: row[1]))
        }
        guard !cases.isEmpty else { continue }
        guard let kind = LinkedEntity.Kind(rawValue: entity["kind"]) else {
          throw StoreError(.corruptValue, "an entity has an unknown kind")
        }
        let identity = try vault.open(
          EntityIdentity.self, from: entity["identity"],
          at: .identity(of: "entities", entity["id"]))
        result.append((LinkedEntity(kind: kind, value: identity.value), cases))
      }
      return result
    }
  }
}
