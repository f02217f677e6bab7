import EgideCore
import Foundation
import GRDB

/// Reading the anonymous facts of every case, for summaries.
extension Registry {
  /// The facts of every case, from clear columns and event facts only:
  /// no identity is read, so this works without them.
  public func caseFacts() throws -> [CaseFacts] {
    try read { db in
      var index: [Int64: Int] = [:]
      var facts: [CaseFacts] = []
      let cases = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, reported_at, severity, appeal_court, channel, platform,
            assessment_due, assessed_at
          FROM cases ORDER BY id
          """)
      while let row = try cases.next() {
        guard let channel = Channel(rawValue: row["channel"]) else {
          throw StoreError(.corruptValue, "a case row holds an unknown channel")
        }
        index[row["id"]] = facts.count
        facts.append(
          CaseFacts(
            reportedAt: try StoredDate.date(from: row["reported_at"]),
            kinds: [],
            roleCategories: [], appealCourt: row["appeal_court"],
            channel: channel,
            platform: (row["platform"] as String?).flatMap(Platform.init),
            severity: (row["severity"] as String?).flatMap(Severity.init),
            assessmentDue: try StoredDate.date(from: row["assessment_due"]),
            assessedAt: try (row["assessed_at"] as String?).map {
              text throws(StoreError) in try StoredDate.date(from: text)
            },
            escalations: [], endings: [], measures: []))
      }
      let kinds = try Row.fetchCursor(
        db, sql: "SELECT case_id, kind FROM case_kinds")
      while let row = try kinds.next() {
        if let at = index[row["case_id"]],
          let kind = IncidentKind(rawValue: row["kind"])
        {
          facts[at].kinds.append(kind)
        }
      }
      let roles = try Row.fetchCursor(
        db,
        sql: """
          SELECT DISTINCT t.case_id, p.role FROM case_targets t
          JOIN persons p ON p.id = t.person_id
          """)
      while let row = try roles.next() {
        if let at = index[row["case_id"]],
          let role = Role(rawValue: row["role"]),
          !facts[at].roleCategories.contains(role.category)
        {
          facts[at].roleCategories.append(role.category)
        }
      }
      var measureSlots: [Int: (Int, Int)] = [:]
      let events = try Row.fetchCursor(
        db,
        sql: """
          SELECT case_id, change, recorded_at, facts FROM events
          WHERE change IN ('reported', 'assessed', 'escalated', 'resolved',
            'closed', 'reopened', 'measure_requested', 'measure_updated')
          ORDER BY case_id, sequence
          """)
      while let row = try events.next() {
        guard let at = index[row["case_id"]] else { continue }
        let recordedAt = try StoredDate.date(from: row["recorded_at"])
        let text: String = row["facts"]
        let payload = try JSONCoding.decoder.decode(
          EventFacts.self, from: Data(text.utf8))
        switch row["change"] as String {
        case "reported":
          facts[at].severity = payload.reportedSeverity
        case "assessed":
          if let severity = payload.severity {
            facts[at].assessments.append((severity, recordedAt))
          }
        case "escalated":
          if let level = payload.level {
            facts[at].escalations.append((level, recordedAt))
          }
        case "resolved":
          facts[at].endings.append((.resolved, recordedAt))
        case "closed":
          if let reason = payload.closureReason {
            facts[at].endings.append((.closed(reason), recordedAt))
          }
        case "reopened":
          facts[at].endings.append((.reopened, recordedAt))
        case "measure_requested":
          if let id = payload.measure, let kind = payload.measureKind {
            measureSlots[id] = (at, facts[at].measures.count)
            facts[at].measures.append(
              CaseFacts.MeasureFacts(
                kind: kind, requestedAt: recordedAt,
                due: try payload.due.map { text throws(StoreError) in
                  try StoredDate.date(from: text)
                }, changes: []))
          }
        case "measure_updated":
          if let id = payload.measure, let to = payload.to,
            let (caseAt, slot) = measureSlots[id]
          {
            facts[caseAt].measures[slot].changes.append((to, recordedAt))
          }
        default: break
        }
      }
      return facts
    }
  }
}
