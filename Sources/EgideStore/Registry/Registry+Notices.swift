import EgideCore
import Foundation
import GRDB

/// Platform notices of content_takedown measures: drafting, sending and
/// replies, each a notice event checked by the rules of EgideCore.
extension RegistryTransaction {
  /// Drafts a notice for a content_takedown measure of an open case and
  /// returns its identifier.
  ///
  /// The platform is `platform` if given, else the case's; the kinds are
  /// `kinds` if given, else the case's online kinds; the offences follow
  /// the roles of the case's targeted persons, recorded with the draft.
  public func draftNotice(
    for measure: MeasureID, platform: Platform?, channel: NoticeChannel,
    kinds: [IncidentKind]? = nil, trustedFlagger: String? = nil,
    urls: [String], notifier: Notifier, reasons: String?,
    by actor: String, at date: Date
  ) throws -> NoticeID {
    let state = try caseState(of: measure)
    let capacities = try state.report.targets.compactMap {
      try registry.person($0, in: db).map { ProtectedCapacity($0.role) }
    }
    let next =
      try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM notices")
      ?? 1
    let id = NoticeID(next)
    let event = try TakedownNotice.draft(
      id: id, measure: measure, in: state, platform: platform,
      channel: channel, kinds: kinds, capacities: capacities,
      trustedFlagger: trustedFlagger, urls: urls, notifier: notifier,
      reasons: reasons, by: actor, at: date)
    let notice = try TakedownNotice(id: id, events: [event])
    try db.execute(
      sql: """
        INSERT INTO notices (id, measure_id, platform, channel, status,
          drafted_at, updated_at, url_count, pending_count, event_count)
        VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, 1)
        """,
      arguments: [
        id.number, measure.number, notice.draft.platform.rawValue,
        notice.draft.channel.rawValue, StoredDate.string(from: date),
        StoredDate.string(from: date), notice.targets.count,
        notice.targets.count,
      ])
    try commit(event, to: notice, previousURLCount: 0)
    return id
  }

  /// Adds a URL to a draft notice.
  @discardableResult
  public func addURL(
    _ url: String, to id: NoticeID, by actor: String, at date: Date
  ) throws -> TakedownNotice {
    let notice = try registry.loadNotice(id, in: db)
    let state = try caseState(of: notice.draft.measure)
    let event = try notice.addURL(url, in: state, by: actor, at: date)
    return try apply(event, to: notice)
  }

  /// Records that a notice was sent at `sentAt`.
  @discardableResult
  public func sendNotice(
    _ id: NoticeID, sentAt: Date, by actor: String, at date: Date
  ) throws -> TakedownNotice {
    let notice = try registry.loadNotice(id, in: db)
    let state = try caseState(of: notice.draft.measure)
    let event = try notice.send(at: sentAt, in: state, by: actor, at: date)
    return try apply(event, to: notice)
  }

  /// Records a platform's answer for some URLs of a notice (every URL
  /// still pending when `urls` is empty).
  @discardableResult
  public func recordReply(
    to id: NoticeID, _ decision: NoticeDecision, urls: [String],
    statement: String, decidedAt: Date, by actor: String, at date: Date
  ) throws -> TakedownNotice {
    let notice = try registry.loadNotice(id, in: db)
    let event = try notice.reply(
      decision, urls: urls, statement: statement, decidedAt: decidedAt,
      by: actor, at: date)
    return try apply(event, to: notice)
  }

  /// The case a measure belongs to, rebuilt from its history.
  private func caseState(of measure: MeasureID) throws -> CaseState {
    try registry.loadCase(try caseReference(of: measure), in: db).1
  }

  private func apply(_ event: NoticeEvent, to notice: TakedownNotice) throws
    -> TakedownNotice
  {
    var next = notice
    try next.apply(event)
    try commit(event, to: next, previousURLCount: notice.targets.count)
    return next
  }

  /// What seals a notice event's identity given its row, if it has one.
  private func sealing(_ identity: NoticeEventIdentity?)
    -> ((Int64) throws(StoreError) -> Data)?
  {
    guard let identity else { return nil }
    let vault = registry.vault
    return { id throws(StoreError) in
      try vault.seal(json: identity, at: .identity(of: "notice_events", id))
    }
  }

  /// Stores an event and brings the query rows in line with `notice`, the
  /// state after it.
  private func commit(
    _ event: NoticeEvent, to notice: TakedownNotice, previousURLCount: Int
  ) throws {
    let (facts, identity) = NoticeEventRecord.split(event.change)
    try ChainHash.append(
      to: "notice_events",
      [
        "notice_id": notice.id.number, "sequence": event.sequence,
        "change": event.change.name, "actor": event.actor,
        "recorded_at": StoredDate.string(from: event.recordedAt),
        "facts": String(
          decoding: try JSONCoding.encoder.encode(facts), as: UTF8.self),
      ],
      identity: sealing(identity), in: db)
    for target in notice.targets {
      let decided = target.decidedAt.map { StoredDate.string(from: $0) }
      let removed = target.removedAt.map { StoredDate.string(from: $0) }
      if target.position > previousURLCount {
        try db.execute(
          sql: """
            INSERT INTO notice_urls (notice_id, position, status, decided_at,
              removed_at, identity)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            notice.id.number, target.position, target.status.rawValue,
            decided, removed,
            try registry.vault.seal(
              json: NoticeURLIdentity(url: target.url),
              at: .identity(
                of: "notice_urls", Int64(notice.id.number), target.position)),
          ])
      } else {
        try db.execute(
          sql: """
            UPDATE notice_urls SET status = ?, decided_at = ?, removed_at = ?
            WHERE notice_id = ? AND position = ?
            """,
          arguments: [
            target.status.rawValue, decided, removed, notice.id.number,
            target.position,
          ])
      }
    }
    try db.execute(
      sql: """
        UPDATE notices SET status = ?, sent_at = ?, updated_at = ?,
          url_count = ?, pending_count = ?, event_count = ?
        WHERE id = ?
        """,
      arguments: [
        notice.status.rawValue,
        notice.sentAt.map { StoredDate.string(from: $0) },
        StoredDate.string(from: event.recordedAt), notice.targets.count,
        notice.targets.filter { $0.status == .pending }.count,
        notice.events.count, notice.id.number,
      ])
  }
}

/// Reading notices back.
extension Registry {
  /// A notice rebuilt from its history.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown identifier.
  public func notice(_ id: NoticeID) throws -> TakedownNotice {
    try read { db in try loadNotice(id, in: db) }
  }

  /// The notices of a measure, oldest first.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown measure.
  public func notices(of measure: MeasureID) throws -> [TakedownNotice] {
    try read { db in
      guard
        try Int.fetchOne(
          db, sql: "SELECT 1 FROM measures WHERE id = ?",
          arguments: [measure.number]) != nil
      else {
        throw DomainError(
          .notFound,
          "no measure \(measure) in the registry; a case shows its measures"
        )
      }
      return try Int.fetchAll(
        db, sql: "SELECT id FROM notices WHERE measure_id = ? ORDER BY id",
        arguments: [measure.number]
      ).map { try loadNotice(NoticeID($0), in: db) }
    }
  }

  /// The notices sent and still awaiting an answer for some URL, oldest
  /// sending first.
  public func noticesAwaitingAnswer() throws -> [TakedownNotice] {
    try read { db in
      try Int.fetchAll(
        db,
        sql: "SELECT id FROM notices WHERE status = 'sent' ORDER BY sent_at, id"
      ).map { try loadNotice(NoticeID($0), in: db) }
    }
  }

  /// A stored notice, rebuilt from its events.
  func loadNotice(_ id: NoticeID, in db: Database) throws -> TakedownNotice {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, sequence, change, actor, recorded_at, facts, identity
        FROM notice_events WHERE notice_id = ? ORDER BY sequence
        """, arguments: [id.number])
    guard !rows.isEmpty else {
      throw DomainError(
        .notFound,
        "no notice \(id) in the registry; a measure shows its notices"
      )
    }
    var events: [NoticeEvent] = []
    for row in rows {
      let factsText: String = row["facts"]
      let facts = try JSONCoding.decoder.decode(
        NoticeEventFacts.self, from: Data(factsText.utf8))
      let identity = try (row["identity"] as Data?).map {
        data throws(StoreError) in
        try vault.open(
          NoticeEventIdentity.self, from: data,
          at: .identity(of: "notice_events", row["id"]))
      }
      var change = try NoticeEventRecord.change(
        named: row["change"], facts: facts, identity: identity)
      // A notice drafted before the capacities were recorded takes those of
      // its case's targeted persons, so that it cites the right articles.
      if case .drafted(var draft) = change, draft.capacities.isEmpty {
        draft.capacities = capacities(ofCase: draft.caseReference, in: db)
        change = .drafted(draft)
      }
      events.append(
        NoticeEvent(
          sequence: row["sequence"], actor: row["actor"],
          recordedAt: try StoredDate.date(from: row["recorded_at"]),
          change: change))
    }
    return try TakedownNotice(id: id, events: events)
  }

  /// The capacities of a case's targeted persons, each once; none if the
  /// case or its persons cannot be read.
  func capacities(ofCase reference: CaseReference, in db: Database)
    -> [ProtectedCapacity]
  {
    guard let state = try? loadCase(reference, in: db).1 else { return [] }
    var seen: Set<ProtectedCapacity> = []
    return state.report.targets.compactMap {
      (try? person($0, in: db)).flatMap {
        $0.map { ProtectedCapacity($0.role) }
      }
    }.filter { seen.insert($0).inserted }
  }
}
