import EgideCore
import Foundation
import GRDB

/// Listing cases with filters, for `egide list`.
extension Registry {
  /// The cases matching `query`, in its order.
  ///
  /// With a limit, the cases are chosen first by a query on the index
  /// columns alone, and only the chosen ones are read in full: the kinds,
  /// late measures and identity of the cases not listed are never read.
  /// Without the key to reveal, only the format byte of each identity is
  /// read (to tell a purged one), never the sealed value.
  public func list(_ query: CaseQuery) throws -> [CaseListing] {
    let now = StoredDate.string(from: query.now)
    let filter = CaseFilterSQL(query)
    let identity =
      vault.reveals ? "c.identity" : "substr(c.identity, 1, 1) AS identity"
    var sql = """
      SELECT c.id, c.reference, c.status, c.severity, c.assessed, c.court,
        c.appeal_court, c.channel, c.platform, c.reported_at,
        c.assessment_due, c.assigned_to, c.closure_reason, \(identity),
        (SELECT group_concat(kind) FROM case_kinds k WHERE k.case_id = c.id)
          AS kinds,
        \(LateSQL.assessment) AS assessment_overdue,
        (SELECT count(*) FROM measures m WHERE m.case_id = c.id
          AND \(LateSQL.measure)) AS overdue_measures
      FROM cases c
      """
    if query.limit != nil {
      sql += """

        WHERE c.id IN (SELECT c.id FROM cases c\(filter.clauses))
        ORDER BY \(filter.order)
        """
    } else {
      sql += filter.clauses
    }
    let arguments: [any DatabaseValueConvertible] =
      [now, now] + filter.arguments
    return try read { db in
      // Cached: a served registry lists the same filters again and again,
      // and preparing the statement cost as much as running it.
      let rows = try Row.fetchCursor(
        db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
      var listings: [CaseListing] = []
      while let row = try rows.next() {
        listings.append(try listing(from: row))
      }
      return listings
    }
  }

  private func listing(from row: Row) throws -> CaseListing {
    guard let status = CaseStatus(rawValue: row["status"]),
      let channel = Channel(rawValue: row["channel"])
    else {
      throw StoreError(.corruptValue, "a case row holds an unknown status")
    }
    let kinds = ((row["kinds"] as String?) ?? "").split(separator: ",")
      .compactMap { IncidentKind(rawValue: String($0)) }
    let identity = try vault.open(
      CaseIdentity.self, from: row["identity"],
      at: .identity(of: "cases", row["id"]))
    return CaseListing(
      reference: try CaseReference.parse(row["reference"]), status: status,
      severity: (row["severity"] as String?).flatMap(Severity.init),
      isAssessed: row["assessed"], court: row["court"],
      appealCourt: row["appeal_court"],
      kinds: CaseListing.sorted(kinds), channel: channel,
      platform: (row["platform"] as String?).flatMap(Platform.init),
      reportedAt: try StoredDate.date(from: row["reported_at"]),
      assessmentDue: try StoredDate.date(from: row["assessment_due"]),
      assignee: row["assigned_to"],
      closureReason: (row["closure_reason"] as String?).flatMap(
        ClosureReason.init),
      assessmentOverdue: row["assessment_overdue"],
      overdueMeasures: row["overdue_measures"], summary: identity.summary)
  }
}

extension CaseListing {
  static func sorted(_ kinds: [IncidentKind]) -> [IncidentKind] {
    IncidentKind.allCases.filter(kinds.contains)
  }
}

/// The WHERE, ORDER BY and LIMIT clauses of a ``CaseQuery`` over `cases c`,
/// shared by listing and export so that both select the same cases.
struct CaseFilterSQL {
  /// The clauses, each on a line of its own, to append after `FROM cases c`.
  var clauses = ""
  /// The values of their placeholders, in order.
  var arguments: [any DatabaseValueConvertible] = []
  /// The terms of the ORDER BY clause, over `cases c`.
  var order = ""

  init(_ query: CaseQuery) {
    var conditions: [String] = []
    func placeholders(_ count: Int) -> String {
      Array(repeating: "?", count: count).joined(separator: ", ")
    }
    if !query.statuses.isEmpty
      && Set(query.statuses) != Set(CaseStatus.allCases)
    {
      conditions.append("c.status IN (\(placeholders(query.statuses.count)))")
      arguments += query.statuses.map(\.rawValue)
    }
    if !query.courts.isEmpty {
      conditions.append("c.court IN (\(placeholders(query.courts.count)))")
      arguments += query.courts
    }
    if let references = query.references {
      conditions.append(
        references.isEmpty
          ? "0" : "c.reference IN (\(placeholders(references.count)))")
      arguments += references.map(\.description)
    }
    if let appealCourt = query.appealCourt {
      conditions.append("c.appeal_court = ?")
      arguments.append(appealCourt)
    }
    switch query.scope {
    case .court(let code)?:
      conditions.append("c.court = ?")
      arguments.append(code)
    case .ressort(let code)?:
      conditions.append("c.appeal_court = ?")
      arguments.append(code)
    case nil: break
    }
    if !query.kinds.isEmpty {
      conditions.append(
        "EXISTS (SELECT 1 FROM case_kinds k WHERE k.case_id = c.id AND k.kind IN (\(placeholders(query.kinds.count))))"
      )
      arguments += query.kinds.map(\.rawValue)
    }
    if !query.roles.isEmpty {
      conditions.append(
        "EXISTS (SELECT 1 FROM case_targets t JOIN persons p ON p.id = t.person_id WHERE t.case_id = c.id AND p.role IN (\(placeholders(query.roles.count))))"
      )
      arguments += query.roles.map(\.rawValue)
    }
    if let minimum = query.minimumSeverity {
      conditions.append("c.severity_rank >= ?")
      arguments.append(minimum.rank)
    }
    if let since = query.since {
      conditions.append("c.reported_at >= ?")
      arguments.append(StoredDate.string(from: since))
    }
    if let until = query.until {
      conditions.append("c.reported_at < ?")
      arguments.append(StoredDate.string(from: until))
    }
    if query.overdueOnly {
      let now = StoredDate.string(from: query.now)
      conditions.append(
        """
        (\(LateSQL.assessment)
          OR EXISTS (SELECT 1 FROM measures m WHERE m.case_id = c.id
            AND \(LateSQL.measure)))
        """)
      arguments += [now, now]
    }
    if let person = query.person {
      conditions.append(
        "EXISTS (SELECT 1 FROM case_targets t WHERE t.case_id = c.id AND t.person_id = ?)"
      )
      arguments.append(person.number)
    }
    if let assignee = query.assignee {
      conditions.append("c.assigned_to = ?")
      arguments.append(assignee)
    }
    if !conditions.isEmpty {
      clauses += "\nWHERE " + conditions.joined(separator: "\nAND ")
    }
    order =
      switch query.order {
      case .severity: "c.severity_rank DESC, c.reported_at, c.id"
      case .reported: "c.reported_at DESC, c.id DESC"
      case .oldest: "c.reported_at, c.id"
      case .deadline: "c.assessment_due, c.id"
      case .updated: "c.updated_at DESC, c.id DESC"
      case .reference: "c.year, c.sequence"
      }
    clauses += "\nORDER BY \(order)"
    if let limit = query.limit {
      clauses += "\nLIMIT ?"
      arguments.append(limit)
      if query.offset > 0 {
        clauses += " OFFSET ?"
        arguments.append(query.offset)
      }
    } else if query.offset > 0 {
      clauses += "\nLIMIT -1 OFFSET ?"
      arguments.append(query.offset)
    }
  }
}
