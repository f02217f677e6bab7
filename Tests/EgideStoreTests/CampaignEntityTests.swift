import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Campaign entities in the registry")
struct CampaignEntityTests {
  static func judge(_ name: String) throws -> NewCase.Target {
    try StoreFixture.judge(name)
  }

  /// Logs a case by these authors against a new judge.
  static func log(
    _ registry: Registry, authors: [String], judge: String = "Orlande TISSEVAL",
    hours: Double = 0
  ) throws -> CaseReference {
    try registry.log(
      try StoreFixture.newCase(
        targets: [try Self.judge(judge)], authors: authors),
      at: StoreFixture.reportedAt.addingTimeInterval(hours * 3_600))
  }

  @Test("a reported case is linked to its authors, however they are written")
  func reportLinksAuthors() throws {
    try withRegistry { registry in
      let first = try Self.log(registry, authors: ["@Freux_Cendre"])
      let second = try Self.log(
        registry, authors: ["freux_cendre", "inconnu"], judge: "Lysiane BRAMOR")
      let third = try Self.log(
        registry, authors: ["https://x.com/FREUX_CENDRE/status/12"],
        judge: "Ombeline CASTRELLE")
      let alone = try Self.log(
        registry, authors: ["@autre_compte_fictif"], judge: "Maëlle ROUVANT")
      #expect(try registry.count("entities") == 2)
      #expect(try registry.count("case_entities") == 4)
      let shared = try registry.casesSharingEntities(with: first)
      #expect(shared.count == 1)
      #expect(
        shared.first?.entity
          == LinkedEntity(kind: .author, value: "freux_cendre"))
      #expect(shared.first?.cases == [second, third])
      #expect(try registry.casesSharingEntities(with: alone).isEmpty)
      let campaigns = CampaignFinder.linked(in: try registry.campaignCases())
      #expect(campaigns.map(\.cases) == [[first, second, third]])
    }
  }

  @Test("evidence at a URL links the case to its account or its site")
  func evidenceLinksAccountsAndSites() throws {
    try withRegistry { registry in
      let first = try Self.log(registry, authors: [])
      let second = try Self.log(registry, authors: [], judge: "Lysiane BRAMOR")
      let third = try Self.log(
        registry, authors: ["@pie_grise"], judge: "Ombeline CASTRELLE")
      try registry.transaction { tx in
        _ = try tx.addEvidence(
          to: first, .url("https://www.brulot-imaginaire.exemple/juges/1"),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(60))
        _ = try tx.addEvidence(
          to: second, .url("https://brulot-imaginaire.exemple/juges/2"),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(60))
        _ = try tx.addEvidence(
          to: second, .url("https://x.com/pie_grise/status/5"),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(120))
        _ = try tx.addEvidence(
          to: third, .url("https://x.com/i/flow/login"),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(120))
        _ = try tx.addEvidence(
          to: third, .file(name: "capture.png", bytes: Data("png".utf8)),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(180))
      }
      let shared = try registry.casesSharingEntities(with: second)
      #expect(
        shared.map(\.entity) == [
          LinkedEntity(kind: .author, value: "pie_grise"),
          LinkedEntity(kind: .domain, value: "brulot-imaginaire.exemple"),
        ])
      #expect(shared.map(\.cases) == [[third], [first]])
      let sources = try registry.writer.read { db in
        try String.fetchAll(
          db, sql: "SELECT source FROM case_entities ORDER BY source")
      }
      #expect(sources == ["evidence", "evidence", "evidence", "report"])
    }
  }

  @Test("a case closed as a duplicate joins no campaign")
  func duplicatesAreLeftOut() throws {
    try withRegistry { registry in
      let first = try Self.log(registry, authors: ["@freux_cendre"])
      let copy = try Self.log(
        registry, authors: ["@freux_cendre"], judge: "Lysiane BRAMOR")
      try registry.decide(copy) {
        try $0.close(
          reason: .duplicate, duplicateOf: first, by: StoreFixture.actor,
          at: $0.updatedAt.addingTimeInterval(60))
      }
      #expect(try registry.casesSharingEntities(with: first).isEmpty)
      #expect(try registry.campaignCases().map(\.reference) == [first])
    }
  }

  @Test("the cases of some persons only can be read for bursts")
  func campaignCasesOfPersons() throws {
    try withRegistry { registry in
      let first = try Self.log(registry, authors: ["@a_fictif"])
      _ = try Self.log(
        registry, authors: ["@b_fictif"], judge: "Lysiane BRAMOR")
      let targets = try registry.caseState(first).report.targets
      let cases = try registry.campaignCases(targeting: targets)
      #expect(cases.map(\.reference) == [first])
      #expect(cases.first?.entities.count == 1)
      #expect(cases.first?.kinds == [.threat])
      #expect(try registry.campaignCases(targeting: []).isEmpty)
    }
  }

  @Test("the cases of some persons are those of every case that target them")
  func campaignCasesOfPersonsMatchEveryCase() throws {
    try withRegistry { registry in
      let first = try Self.log(registry, authors: ["@a_fictif", "@b_fictif"])
      let judge = try #require(
        try registry.caseState(first).report.targets.first)
      for (index, authors) in [["@a_fictif"], ["@c_fictif"], []].enumerated() {
        _ = try registry.log(
          try StoreFixture.newCase(
            kinds: index == 1 ? [.doxxing, .threat] : [.harassment],
            targets: [
              .existing(judge), try Self.judge("Aurèle VIMONT \(index)"),
            ],
            authors: authors),
          at: StoreFixture.reportedAt.addingTimeInterval(Double(index) * 600))
        _ = try Self.log(
          registry, authors: authors, judge: "Nell ORVIS \(index)")
      }
      let all = try registry.campaignCases()
      let mine = try registry.campaignCases(targeting: [judge])
      #expect(mine.count == 4)
      #expect(mine == all.filter { $0.targets.contains(judge) })
    }
  }

  @Test("no handle or site is stored in clear; only its hash and sealed value")
  func noClearHandleOutsideIdentity() throws {
    try withRegistry { registry in
      let secrets = [
        "freux_cendre", "Freux_Cendre", "brulot-imaginaire", "pie_grise",
        "Tralimbe",
      ]
      let reference = try Self.log(
        registry,
        authors: ["@Freux_Cendre", "Tralimbe PERNOISE", "x.com/pie_grise"])
      try registry.transaction { tx in
        _ = try tx.addEvidence(
          to: reference, .url("https://brulot-imaginaire.exemple/juges/1"),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(60))
      }
      #expect(try registry.count("entities") == 4)
      for (table, column, value) in try IdentityBoundaryTests.allValues(
        registry)
      {
        let text: String
        switch value.storage {
        case .string(let string): text = string
        case .blob(let data):
          if column == "identity" || column == "content" { continue }
          text = String(decoding: data, as: UTF8.self)
        default: continue
        }
        for secret in secrets {
          #expect(
            !text.lowercased().contains(secret.lowercased()),
            "\(table).\(column) holds '\(secret)' in clear")
        }
      }
      let hashes = try registry.writer.read { db in
        try String.fetchAll(db, sql: "SELECT key_hash FROM entities")
      }
      #expect(
        hashes.contains(
          try registry.lookupKey(
            of: LinkedEntity(kind: .author, value: "freux_cendre"))))
      #expect(hashes.allSatisfy { $0.count == 64 })
    }
  }

  /// Copies the cases of a registry made with every migration into one made
  /// without the campaigns migration, as an older Égide would have left it.
  static func olderRegistry(at path: String, from source: Registry) throws {
    let older = Migration.shipped.filter { $0.version < 5 }
    do { _ = try Registry.create(at: path, migrations: older) }
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(
        sql: "ATTACH DATABASE ? AS source", arguments: [source.path])
      try db.inTransaction {
        for table in [
          "persons", "reference_counters", "cases", "case_kinds",
          "case_targets", "events", "measures", "evidence",
        ] {
          // The older schema's columns: later migrations add some.
          let columns = try db.columns(in: table, in: "main").map(\.name)
            .joined(separator: ", ")
          try db.execute(
            sql: """
              INSERT INTO main.\(table) (\(columns))
              SELECT \(columns) FROM source.\(table)
              """)
        }
        return .commit
      }
      try db.execute(sql: "DETACH DATABASE source")
    }
  }

  @Test("a registry that had cases before campaigns is indexed on first use")
  func olderRegistryIsReindexed() throws {
    try withScratch { directory in
      let source = try Registry.create(
        at: directory.appendingPathComponent("source.egide").path)
      let first = try Self.log(source, authors: ["@Freux_Cendre"])
      let second = try Self.log(
        source, authors: ["corbeau_fictif", "freux_cendre"],
        judge: "Lysiane BRAMOR")
      try source.transaction { tx in
        _ = try tx.addEvidence(
          to: first, .url("https://x.com/corbeau_fictif/status/3"),
          description: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(60))
      }
      let path = directory.appendingPathComponent("older.egide").path
      try Self.olderRegistry(at: path, from: source)
      let registry = try Registry.open(at: path)
      #expect(try registry.entityIndexIsPending())
      #expect(try registry.count("case_entities") == 0)
      #expect(try registry.indexEntitiesIfPending())
      #expect(try !registry.entityIndexIsPending())
      #expect(try !registry.indexEntitiesIfPending())
      #expect(try registry.count("entities") == 2)
      let shared = try registry.casesSharingEntities(with: first)
      #expect(shared.map(\.cases) == [[second], [second]])
      // A full reindex gives the same links.
      let before = try registry.campaignCases()
      try registry.reindexEntities()
      #expect(
        try registry.campaignCases().map(\.entities.count)
          == before.map(\.entities.count))
    }
  }

  @Test("a new registry and one with no case need no indexing")
  func emptyRegistriesAreNotPending() throws {
    try withRegistry { registry in
      #expect(try !registry.entityIndexIsPending())
      _ = try Self.log(registry, authors: ["@freux_cendre"])
      #expect(try !registry.entityIndexIsPending())
    }
    try withScratch { directory in
      let path = directory.appendingPathComponent("older.egide").path
      do {
        _ = try Registry.create(
          at: path, migrations: Migration.shipped.filter { $0.version < 5 })
      }
      #expect(try !Registry.open(at: path).entityIndexIsPending())
    }
  }
}
