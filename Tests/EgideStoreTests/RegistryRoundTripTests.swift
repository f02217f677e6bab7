import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Registry operations")
struct RegistryRoundTripTests {
  let reportedAt = StoreFixture.reportedAt

  func later(_ hours: Int) -> Date {
    reportedAt.addingTimeInterval(TimeInterval(hours) * 3_600)
  }

  @Test("a reported case reads back with the same facts")
  func reportRoundTrip() throws {
    try withRegistry { registry in
      let occurred = OccurrenceDate(
        start: StoreFixture.paris(2026, 7, 2, 21, 14), precision: .minute)
      let newCase = try StoreFixture.newCase(
        kinds: [.doxxing, .threat], occurred: occurred,
        channel: .socialNetwork, platform: .mastodon,
        court: StoreFixture.lille,
        targets: [
          try StoreFixture.judge(
            "Zénarine VAUOLIN", function: .jld,
            contact: "z.vauolin@exemple.test",
            homeAddress: "3 impasse des Bruyères-Fictives"),
          try StoreFixture.person("Morvan QUESTRELLE", .clerk),
        ],
        severity: .high, factors: [.homeExposed],
        summary: "Adresse personnelle publiée avec une menace",
        narrative: "Récit fictif : plusieurs messages\nsur deux jours.",
        authors: ["@ombre_quorvex", "Pseudonyme Tralimbe"])
      let reference = try registry.log(newCase, at: reportedAt)
      let state = try registry.caseState(reference)
      #expect(state.reference == reference)
      #expect(state.status == .new)
      #expect(state.report.kinds == [.threat, .doxxing])
      #expect(state.report.occurred == occurred)
      #expect(state.report.channel == .socialNetwork)
      #expect(state.report.platform == .mastodon)
      #expect(state.report.court == StoreFixture.lille)
      #expect(state.report.targets == [PersonID(1), PersonID(2)])
      #expect(state.report.reportedSeverity == .high)
      #expect(state.report.factors == [.homeExposed])
      #expect(state.report.summary == newCase.summary)
      #expect(state.report.narrative == newCase.narrative)
      #expect(
        state.report.authors == ["@ombre_quorvex", "Pseudonyme Tralimbe"])
      #expect(state.reportedAt == reportedAt)
      #expect(state.reportedBy == StoreFixture.actor)
      let expectedDue = DeadlinePolicy.standard.assessmentDue(
        reportedAt: reportedAt, severity: .high,
        calendar: StoreFixture.calendar)
      #expect(state.report.assessmentDue == expectedDue)
      #expect(state.events.count == 1)

      let persons = try registry.persons([PersonID(1), PersonID(2)])
      #expect(persons.count == 2)
      #expect(persons[0].identity.name == "Zénarine VAUOLIN")
      #expect(persons[0].identity.contact == "z.vauolin@exemple.test")
      #expect(
        persons[0].identity.homeAddress == "3 impasse des Bruyères-Fictives")
      #expect(persons[0].role == .judge)
      #expect(persons[0].function == .jld)
      #expect(persons[0].court == StoreFixture.lille)
      #expect(persons[1].identity.name == "Morvan QUESTRELLE")
      #expect(persons[1].role == .clerk)
      #expect(persons[1].function == nil)

      // The query row agrees with the history.
      let row = try #require(
        try registry.writer.read { db in
          try Row.fetchOne(db, sql: "SELECT * FROM cases")
        })
      #expect(row["reference"] == reference.description)
      #expect(row["court"] == "tj59350")
      #expect(row["appeal_court"] == "ca_douai")
      #expect(row["status"] == "new")
      #expect(row["severity"] == "high")
      #expect(row["severity_rank"] == 2)
      #expect(row["platform"] == "mastodon")
      #expect(row["occurred_precision"] == "minute")
      #expect(row["reported_at"] == StoredDate.string(from: reportedAt))
      #expect(row["event_count"] == 1)
    }
  }

  @Test(
    "a case reported without date, severity, narrative or author reads back")
  func minimalReportRoundTrip() throws {
    try withRegistry { registry in
      let newCase = try StoreFixture.newCase(
        kinds: [.outrage], occurred: nil, channel: .hearing, platform: nil,
        severity: nil, narrative: nil, authors: [])
      let reference = try registry.log(newCase)
      let state = try registry.caseState(reference)
      #expect(state.report.occurred == nil)
      #expect(state.report.platform == nil)
      #expect(state.report.reportedSeverity == nil)
      #expect(state.report.narrative == nil)
      #expect(state.report.authors == [])
      #expect(state.report.kinds == [.outrage])
      #expect(state.report.channel == .hearing)
    }
  }

  @Test("stored dates keep milliseconds and sort as text in time order")
  func storedDates() throws {
    let instant = Date(timeIntervalSince1970: 1_782_900_000.123)
    let text = StoredDate.string(from: instant)
    #expect(text == "2026-07-01T10:00:00.123Z")
    #expect(try StoredDate.date(from: text) == instant)
    let before = Date(timeIntervalSince1970: -0.5)
    #expect(StoredDate.string(from: before) == "1969-12-31T23:59:59.500Z")
    #expect(
      StoredDate.string(from: instant)
        < StoredDate.string(from: instant.addingTimeInterval(0.001)))
    expectStoreError(.corruptValue) {
      try StoredDate.date(from: "2026-07-01 10:00:00")
    }
  }

  @Test("references are YEAR-NNNN, sequential within each year and unique")
  func referencesAreSequentialPerYear() throws {
    try withRegistry { registry in
      var references: [CaseReference] = []
      let dates = [
        StoreFixture.paris(2025, 3, 10, 9),
        StoreFixture.paris(2025, 11, 20, 9),
        StoreFixture.paris(2025, 12, 31, 23, 30),
        // 23:30 UTC on 31 December is already 2026 in Paris.
        Date(timeIntervalSince1970: 1_767_223_800),
        StoreFixture.paris(2026, 2, 1, 9),
      ]
      for date in dates {
        references.append(
          try registry.log(try StoreFixture.newCase(now: date), at: date))
      }
      #expect(
        references.map(\.description) == [
          "2025-0001", "2025-0002", "2025-0003", "2026-0001", "2026-0002",
        ])
      // The counter is per year, not reset by an older year.
      let back = StoreFixture.paris(2025, 6, 1, 9)
      let late = try registry.log(
        try StoreFixture.newCase(now: back), at: back)
      #expect(late.description == "2025-0004")
      let stored = try registry.writer.read { db in
        try String.fetchAll(db, sql: "SELECT reference FROM cases")
      }
      #expect(Set(stored).count == 6)
      for reference in references + [late] {
        #expect(try registry.caseState(reference).reference == reference)
      }
    }
  }

  @Test("a family member is registered linked to the staff member targeted")
  func familyIsLinked() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(
          targets: [
            try StoreFixture.person("Aldric PENVERON", .family),
            try StoreFixture.judge("Zénarine VAUOLIN"),
          ]))
      let state = try registry.caseState(reference)
      #expect(state.report.targets == [PersonID(1), PersonID(2)])
      let persons = try registry.persons(state.report.targets)
      #expect(persons.map(\.role) == [.family, .judge])
      #expect(persons[0].relatedTo == PersonID(2))
      #expect(persons[1].relatedTo == nil)
      let related = try registry.writer.read { db in
        try Int.fetchOne(
          db, sql: "SELECT related_to FROM persons WHERE role = 'family'")
      }
      #expect(related == 2)
    }
  }

  @Test("a person named again by identifier is the same record")
  func existingPersonIsReused() throws {
    try withRegistry { registry in
      let first = try registry.log(try StoreFixture.newCase())
      let judge = try registry.caseState(first).report.targets[0]
      let second = try registry.log(
        try StoreFixture.newCase(
          targets: [
            .existing(judge),
            try StoreFixture.person("Lysandre FOUQUEMAR", .family),
          ]),
        at: later(2))
      #expect(try registry.count("persons") == 2)
      let persons = try registry.persons([PersonID(2)])
      #expect(persons.first?.relatedTo == judge)
      #expect(try registry.cases(targeting: judge) == [first, second])
      #expect(try registry.cases(targeting: PersonID(2)) == [second])
      #expect(try registry.persons([PersonID(99)]) == [])
      // An unknown person is refused and nothing is written.
      #expect(throws: DomainError.self) {
        _ = try registry.log(
          try StoreFixture.newCase(targets: [.existing(PersonID(99))]))
      }
      #expect(try registry.count("cases") == 2)
    }
  }

  @Test("an unknown case reference is reported as not found")
  func unknownCase() throws {
    try withRegistry { registry in
      let error = #expect(throws: DomainError.self) {
        _ = try registry.caseState(CaseReference(year: 2026, sequence: 7))
      }
      #expect(error?.code == .notFound)
    }
  }

  @Test("a failing decision inside a transaction leaves nothing written")
  func failedTransactionWritesNothing() throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase())
      let path = registry.path
      let events = try registry.count("events")
      let mainBefore = bytes(at: path)
      let walBefore = bytes(at: path + "-wal")
      let error = #expect(throws: DomainError.self) {
        try registry.transaction { tx in
          _ = try tx.report(
            try StoreFixture.newCase(), by: StoreFixture.actor,
            at: later(1), deadlines: .standard,
            calendar: StoreFixture.calendar)
          try tx.record(reference) {
            try $0.note(
              "Appel reçu de la victime", by: StoreFixture.actor, at: later(1))
          }
          _ = try tx.requestMeasure(
            in: reference, kind: .policeProtection,
            authority: "Préfecture imaginaire", due: nil, beneficiary: nil,
            by: StoreFixture.actor, at: later(1))
          // A new case cannot be resolved: it must be assessed first.
          try tx.record(reference) {
            try $0.resolve(
              outcome: "classé", by: StoreFixture.actor, at: later(2))
          }
        }
      }
      #expect(error?.code == .forbiddenTransition)
      #expect(try registry.count("events") == events)
      #expect(try registry.count("cases") == 1)
      #expect(try registry.count("persons") == 1)
      #expect(try registry.count("measures") == 0)
      #expect(try registry.caseState(reference).events.count == 1)
      #expect(bytes(at: path) == mainBefore)
      #expect(bytes(at: path + "-wal") == walBefore)
      // The reference counter was rolled back too.
      let next = try registry.log(try StoreFixture.newCase(), at: later(3))
      #expect(next.sequence == reference.sequence + 1)
    }
  }

  @Test("a decision is stored as an event and reflected in the case row")
  func decisionsAreStored() throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase(severity: nil))
      try registry.assess(reference, .critical)
      try registry.decide(reference) {
        try $0.escalate(
          to: .headOfCourt, authority: "Présidence du tribunal",
          reason: "Menace explicite", by: StoreFixture.actor, at: later(2))
      }
      try registry.decide(reference) {
        try $0.assign(
          to: "Délégué Bêtaval", by: StoreFixture.actor, at: later(3))
      }
      try registry.decide(reference) {
        try $0.note("Appel de suivi", by: "Délégué Bêtaval", at: later(4))
      }
      try registry.decide(reference) {
        try $0.resolve(
          outcome: "Auteur identifié", by: StoreFixture.actor, at: later(5))
      }
      try registry.decide(reference) {
        try $0.reopen(
          reason: "Nouveaux messages", by: StoreFixture.actor, at: later(6))
      }
      try registry.decide(reference) {
        try $0.close(
          reason: .unfounded, duplicateOf: nil, by: StoreFixture.actor,
          at: later(7))
      }
      let state = try registry.caseState(reference)
      #expect(state.events.count == 8)
      #expect(
        state.events.map(\.change.name) == [
          "reported", "assessed", "escalated", "assigned", "note", "resolved",
          "reopened", "closed",
        ])
      #expect(state.status == .closed)
      #expect(state.closureReason == .unfounded)
      #expect(state.assessedSeverity == .critical)
      #expect(state.assignee == "Délégué Bêtaval")
      #expect(state.escalations.first?.authority == "Présidence du tribunal")
      #expect(state.events[4].actor == "Délégué Bêtaval")
      #expect(state.events[4].recordedAt == later(4))
      #expect(state.events[4].change == .noted("Appel de suivi"))
      #expect(state.events[5].change == .resolved(outcome: "Auteur identifié"))
      let row = try #require(
        try registry.writer.read { db in
          try Row.fetchOne(db, sql: "SELECT * FROM cases")
        })
      #expect(row["status"] == "closed")
      #expect(row["severity"] == "critical")
      #expect(row["severity_rank"] == 3)
      #expect(row["assessed"] == 1)
      #expect(row["assessed_at"] == StoredDate.string(from: later(1)))
      #expect(row["assigned_to"] == "Délégué Bêtaval")
      #expect(row["closure_reason"] == "unfounded")
      #expect(row["ended_at"] == StoredDate.string(from: later(7)))
      #expect(row["updated_at"] == StoredDate.string(from: later(7)))
      #expect(row["event_count"] == 8)
    }
  }

  @Test("a closed duplicate keeps the case it repeats")
  func duplicateRoundTrip() throws {
    try withRegistry { registry in
      let original = try registry.log(try StoreFixture.newCase())
      let copy = try registry.log(try StoreFixture.newCase(), at: later(1))
      try registry.decide(copy) {
        try $0.close(
          reason: .duplicate, duplicateOf: original, by: StoreFixture.actor,
          at: later(2))
      }
      let state = try registry.caseState(copy)
      #expect(state.duplicateOf == original)
      #expect(state.closureReason == .duplicate)
    }
  }

  @Test("measures are requested and updated, and read back")
  func measuresRoundTrip() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(
          targets: [
            try StoreFixture.judge(),
            try StoreFixture.person("Aldric PENVERON", .family),
          ]))
      let due = later(72)
      let (first, second) = try registry.transaction { tx in
        (
          try tx.requestMeasure(
            in: reference, kind: .statutoryProtection,
            authority: "Cour d'appel imaginaire", due: due, beneficiary: nil,
            by: StoreFixture.actor, at: later(1)),
          try tx.requestMeasure(
            in: reference, kind: .policeProtection,
            authority: "Préfecture imaginaire", due: nil,
            beneficiary: PersonID(2), by: StoreFixture.actor, at: later(2))
        )
      }
      #expect(first == MeasureID(1))
      #expect(second == MeasureID(2))
      let owner = try registry.transaction { tx in
        try tx.updateMeasure(
          first, to: .granted, note: "Accordée par décision fictive",
          by: StoreFixture.actor, at: later(3))
      }
      #expect(owner == reference)
      try registry.transaction { tx in
        try tx.updateMeasure(
          first, to: .inPlace, note: nil, by: StoreFixture.actor, at: later(4))
      }
      let state = try registry.caseState(reference)
      #expect(state.measures.count == 2)
      let measure = state.measures[0]
      #expect(measure.id == first)
      #expect(measure.kind == .statutoryProtection)
      #expect(measure.authority == "Cour d'appel imaginaire")
      #expect(measure.beneficiary == PersonID(1))
      #expect(measure.requestedAt == later(1))
      #expect(measure.due == due)
      #expect(measure.status == .inPlace)
      #expect(measure.updatedAt == later(4))
      #expect(state.measures[1].beneficiary == PersonID(2))
      #expect(state.measures[1].due == nil)
      #expect(state.measures[1].status == .requested)
      #expect(state.status == .new)
      #expect(
        state.events.last?.change
          == .measureUpdated(id: first, from: .granted, to: .inPlace, note: nil)
      )
      // The protection fonctionnelle's basis is noted in the history.
      guard case .noted(let note) = state.events[2].change else {
        Issue.record("no protection note: \(state.events[2].change)")
        return
      }
      #expect(note.contains("basis magistrate"))
      #expect(
        state.events[4].change
          == .measureUpdated(
            id: first, from: .requested, to: .granted,
            note: "Accordée par décision fictive"))
      let rows = try registry.writer.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM measures ORDER BY id")
      }
      #expect(rows.count == 2)
      #expect(rows[0]["status"] == "in_place")
      #expect(rows[0]["kind"] == "statutory_protection")
      #expect(rows[0]["due_at"] == StoredDate.string(from: due))
      #expect(rows[0]["updated_at"] == StoredDate.string(from: later(4)))
      #expect(rows[1]["beneficiary"] == 2)
      #expect(rows[1]["status"] == "requested")
      // A forbidden move is refused and nothing changes.
      #expect(throws: DomainError.self) {
        try registry.transaction { tx in
          try tx.updateMeasure(
            first, to: .requested, note: nil, by: StoreFixture.actor,
            at: later(5))
        }
      }
      let unknown = #expect(throws: DomainError.self) {
        try registry.transaction { tx in
          try tx.updateMeasure(
            MeasureID(9), to: .granted, note: nil, by: StoreFixture.actor,
            at: later(5))
        }
      }
      #expect(unknown?.code == .notFound)
      #expect(try registry.caseState(reference).events.count == 6)
    }
  }

  @Test("evidence by URL and by file is stored and read back")
  func evidenceRoundTrip() throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase())
      let content = Data((0..<2_000).map { UInt8($0 % 251) })
      let (link, file) = try registry.transaction { tx in
        (
          try tx.addEvidence(
            to: reference, .url("https://exemple.test/fil/42"),
            description: "Publication d'origine", by: "Délégué Bêtaval",
            at: later(1)),
          try tx.addEvidence(
            to: reference, .file(name: "capture écran.PNG", bytes: content),
            description: nil, by: StoreFixture.actor, at: later(2))
        )
      }
      #expect(link == EvidenceID(1))
      #expect(file == EvidenceID(2))
      let state = try registry.caseState(reference)
      #expect(state.evidence.count == 2)
      #expect(state.evidence[0].source == .url("https://exemple.test/fil/42"))
      #expect(state.evidence[0].description == "Publication d'origine")
      #expect(state.evidence[0].capturedBy == "Délégué Bêtaval")
      #expect(state.evidence[0].capturedAt == later(1))
      #expect(
        state.evidence[1].source
          == .file(
            name: "capture écran.PNG",
            sha256: EvidenceSource.sha256(of: content), size: 2_000,
            mediaType: "image/png"))
      #expect(state.evidence[1].description == nil)

      let stored = try registry.evidenceFile(file)
      #expect(stored.reference == reference)
      #expect(stored.bytes == content)
      #expect(stored.item == state.evidence[1])
      let row = try #require(
        try registry.writer.read { db in
          try Row.fetchOne(db, sql: "SELECT * FROM evidence WHERE id = 2")
        })
      #expect(row["source"] == "file")
      #expect(row["sha256"] == EvidenceSource.sha256(of: content))
      #expect(row["size"] == 2_000)
      #expect(row["media_type"] == "image/png")

      let notAFile = #expect(throws: DomainError.self) {
        _ = try registry.evidenceFile(link)
      }
      #expect(notAFile?.code == .notFound)
      let missing = #expect(throws: DomainError.self) {
        _ = try registry.evidenceFile(EvidenceID(3))
      }
      #expect(missing?.code == .notFound)
    }
  }

  @Test("an empty file is stored and given back")
  func emptyEvidenceFile() throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase())
      let id = try registry.transaction { tx in
        try tx.addEvidence(
          to: reference, .file(name: "vide.txt", bytes: Data()),
          description: nil, by: StoreFixture.actor, at: later(1))
      }
      #expect(try registry.evidenceFile(id).bytes == Data())
    }
  }

  @Test("a stored file altered outside Égide is detected")
  func tamperedEvidenceDetected() throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase())
      let content = Data("Capture fictive d'un message menaçant".utf8)
      let id = try registry.transaction { tx in
        try tx.addEvidence(
          to: reference, .file(name: "message.txt", bytes: content),
          description: nil, by: StoreFixture.actor, at: later(1))
      }
      #expect(try registry.evidenceFile(id).bytes == content)
      // One byte of the stored content changed, its format byte kept.
      try registry.writer.write { db in
        var sealed = try #require(
          try Data.fetchOne(
            db, sql: "SELECT content FROM evidence WHERE id = ?",
            arguments: [id.number]))
        #expect(sealed.count == content.count + 1)
        sealed[sealed.index(before: sealed.endIndex)] ^= 0x01
        try db.execute(
          sql: "UPDATE evidence SET content = ? WHERE id = ?",
          arguments: [sealed, id.number])
      }
      let error = expectStoreError(.corruptValue) {
        try registry.evidenceFile(id)
      }
      #expect(error?.message.contains("SHA-256") == true)
      // An unknown format byte is refused too.
      try registry.writer.write { db in
        try db.execute(
          sql: "UPDATE evidence SET content = ? WHERE id = ?",
          arguments: [Data([7]) + content, id.number])
      }
      expectStoreError(.corruptValue) { try registry.evidenceFile(id) }
    }
  }

  @Test("a case whose sealed identity was altered cannot be read silently")
  func corruptIdentityDetected() throws {
    try withRegistry { registry in
      let reference = try registry.log(try StoreFixture.newCase())
      try registry.writer.write { db in
        try db.execute(
          sql: "UPDATE cases SET identity = x'00ffff'")
      }
      expectStoreError(.corruptValue) {
        try registry.list(CaseQuery(now: later(1)))
      }
      try registry.writer.write { db in
        try db.execute(sql: "UPDATE persons SET identity = x'09'")
      }
      expectStoreError(.corruptValue) {
        try registry.persons([PersonID(1)])
      }
      #expect(try registry.caseState(reference).events.count == 1)
    }
  }
}
