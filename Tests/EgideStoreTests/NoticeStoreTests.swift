import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// Notices in the registry: their history is kept, their query rows follow
/// it, and identifying data is only in sealed columns.
@Suite("Notices in the registry")
struct NoticeStoreTests {
  static let urls = [
    "https://x.com/compte_imaginaire_1/status/501",
    "https://x.com/compte_imaginaire_1/status/502",
  ]
  static let notifierName = "Ysaline MORVANEC"
  static let notifierEmail = "ysaline.morvanec@example.org"

  /// A case with a content_takedown measure, and that measure.
  static func takedown(_ registry: Registry) throws -> (
    CaseReference, MeasureID
  ) {
    let reference = try registry.log(
      StoreFixture.newCase(kinds: [.threat, .doxxing], platform: .x))
    let measure = try registry.transaction { tx in
      try tx.requestMeasure(
        in: reference, kind: .contentTakedown, authority: "X", due: nil,
        beneficiary: nil, by: StoreFixture.actor,
        at: StoreFixture.reportedAt.addingTimeInterval(600))
    }
    return (reference, measure)
  }

  static func draft(_ registry: Registry, _ measure: MeasureID) throws
    -> NoticeID
  {
    try registry.transaction { tx in
      try tx.draftNotice(
        for: measure, platform: nil, channel: .trustedFlagger,
        trustedFlagger: "Association de signalement fictive", urls: urls,
        notifier: Notifier(name: notifierName, email: notifierEmail),
        reasons: "Adresse du domicile publiée", by: StoreFixture.actor,
        at: StoreFixture.reportedAt.addingTimeInterval(1_200))
    }
  }

  @Test("a notice reads back as drafted, sent and answered, with its history")
  func roundTrip() throws {
    try withRegistry { registry in
      let (reference, measure) = try Self.takedown(registry)
      let id = try Self.draft(registry, measure)
      let sentAt = StoreFixture.reportedAt.addingTimeInterval(1_800)
      let removedAt = sentAt.addingTimeInterval(5 * 3_600)
      try registry.transaction { tx in
        try tx.sendNotice(
          id, sentAt: sentAt, by: StoreFixture.actor, at: sentAt)
        try tx.recordReply(
          to: id, .removed, urls: [Self.urls[0]], statement: "Retiré",
          decidedAt: removedAt, by: "Délégué Bêta", at: removedAt)
      }
      let notice = try registry.notice(id)
      #expect(notice.draft.caseReference == reference)
      #expect(notice.draft.platform == .x)
      #expect(notice.draft.notifier.name == Self.notifierName)
      #expect(notice.targets.map(\.url) == Self.urls)
      #expect(notice.targets.map(\.status) == [.removed, .pending])
      #expect(notice.timeToRemoval(of: notice.targets[0]) == 18_000)
      #expect(
        notice.events.map(\.change.name) == ["drafted", "sent", "replied"])
      #expect(notice.events.last?.actor == "Délégué Bêta")
      #expect(try registry.notices(of: measure).map(\.id) == [id])
      #expect(try registry.noticesAwaitingAnswer().map(\.id) == [id])
      let row = try registry.writer.read { db in
        try Row.fetchOne(
          db,
          sql:
            "SELECT status, channel, url_count, pending_count, event_count FROM notices"
        )
      }
      #expect(row?["status"] == "sent")
      #expect(row?["channel"] == "trusted_flagger")
      #expect(row?["pending_count"] == 1)
      #expect(row?["event_count"] == 3)
    }
  }

  @Test("a refused change writes nothing")
  func refusedWritesNothing() throws {
    try withRegistry { registry in
      let (_, measure) = try Self.takedown(registry)
      let id = try Self.draft(registry, measure)
      let before = try registry.count("notice_events")
      #expect(throws: DomainError.self) {
        try registry.transaction { tx in
          try tx.recordReply(
            to: id, .removed, urls: [], statement: "Retiré",
            decidedAt: StoreFixture.reportedAt.addingTimeInterval(3_600),
            by: StoreFixture.actor,
            at: StoreFixture.reportedAt.addingTimeInterval(3_600))
        }
      }
      #expect(try registry.count("notice_events") == before)
      #expect(try registry.notice(id).status == .draft)
    }
  }

  @Test("an unknown notice or measure is not found")
  func unknown() throws {
    try withRegistry { registry in
      #expect(throws: DomainError.self) { try registry.notice(NoticeID(7)) }
      #expect(throws: DomainError.self) {
        try registry.notices(of: MeasureID(7))
      }
    }
  }

  @Test("no clear column holds the notifier, the URLs or the statements")
  func identityOnlySealed() throws {
    try withRegistry { registry in
      let (_, measure) = try Self.takedown(registry)
      let id = try Self.draft(registry, measure)
      try registry.transaction { tx in
        let at = StoreFixture.reportedAt.addingTimeInterval(1_800)
        try tx.sendNotice(id, sentAt: at, by: StoreFixture.actor, at: at)
        try tx.recordReply(
          to: id, .kept, urls: [], statement: "Déclaration confidentielle",
          decidedAt: at, by: StoreFixture.actor, at: at)
      }
      let secrets = [
        Self.notifierName, Self.notifierEmail, "compte_imaginaire_1",
        "Déclaration confidentielle", "Adresse du domicile",
      ]
      try registry.writer.read { db in
        for table in ["notices", "notice_urls", "notice_events"] {
          let columns = try db.columns(in: table).map(\.name).filter {
            $0 != "identity"
          }
          for row in try Row.fetchAll(
            db,
            sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table)")
          {
            for column in columns {
              let text = row[column].map { "\($0)" } ?? ""
              for secret in secrets {
                #expect(
                  !text.contains(secret), "\(table).\(column) holds \(secret)")
              }
            }
          }
        }
      }
    }
  }

  @Test("the notice history is append-only")
  func appendOnly() throws {
    try withRegistry { registry in
      let (_, measure) = try Self.takedown(registry)
      _ = try Self.draft(registry, measure)
      #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(sql: "UPDATE notice_events SET actor = 'x'")
        }
      }
      #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(sql: "DELETE FROM notice_events")
        }
      }
    }
  }

  @Test("the schema refuses an unknown channel or URL status")
  func checks() throws {
    try withRegistry { registry in
      let (_, measure) = try Self.takedown(registry)
      let id = try Self.draft(registry, measure)
      #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(
            sql: "UPDATE notices SET channel = 'email' WHERE id = ?",
            arguments: [id.number])
        }
      }
      #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(sql: "UPDATE notice_urls SET status = 'deleted'")
        }
      }
      #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(
            sql: """
              INSERT INTO notices (id, measure_id, platform, channel, status,
                drafted_at, updated_at, url_count, pending_count, event_count)
              VALUES (99, 999, 'x', 'pharos', 'draft', 'a', 'a', 1, 1, 1)
              """)
        }
      }
    }
  }
}
