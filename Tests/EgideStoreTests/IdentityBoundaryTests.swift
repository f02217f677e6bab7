import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Identity boundary")
struct IdentityBoundaryTests {
  /// Identifying strings of the fixture case, with distinctive ASCII
  /// fragments so that an escaped form (JSON \u00e9…) is caught too.
  static let secrets = [
    "Zénarine VAUOLIN", "VAUOLIN", "Zénarine",
    "zenarine.vauolin@exemple.test", "QUINTAVERNE",
    "Brumelinde OSTRAVEC", "OSTRAVEC",
    "Menace de mort contre la juge de Quorvelin", "Quorvelin",
    "Brastimonde", "suivie jusqu'à son domicile de Brastimonde",
    "@ombre_quorvex", "ombre_quorvex", "Tralimbe PERNOISE", "PERNOISE",
    "https://exemple.test/fil/ombre-vacillante", "ombre-vacillante",
    "capture-vexilmont.png", "vexilmont", "Plorandine", "Ravisquel",
    "Hestrevanne", "Gloustibaud",
  ]

  /// Reports a case full of identifying strings and works it.
  static func populate(_ registry: Registry) throws -> CaseReference {
    let at = StoreFixture.reportedAt
    let newCase = try StoreFixture.newCase(
      kinds: [.threat, .stalking],
      targets: [
        try StoreFixture.judge(
          "Zénarine VAUOLIN", contact: "zenarine.vauolin@exemple.test",
          homeAddress: "8 allée QUINTAVERNE, 93000 Bobigny"),
        try StoreFixture.person("Brumelinde OSTRAVEC", .family),
      ],
      severity: .critical, factors: [.deathThreat, .familyTargeted],
      summary: "Menace de mort contre la juge de Quorvelin",
      narrative: "La juge a été suivie jusqu'à son domicile de Brastimonde.",
      authors: ["@ombre_quorvex", "Tralimbe PERNOISE"])
    let reference = try registry.log(newCase, at: at)
    func later(_ hours: Int) -> Date {
      at.addingTimeInterval(TimeInterval(hours) * 3_600)
    }
    try registry.transaction { tx in
      _ = try tx.addEvidence(
        to: reference, .url("https://exemple.test/fil/ombre-vacillante"),
        description: "Message de Plorandine", by: StoreFixture.actor,
        at: later(1))
      _ = try tx.addEvidence(
        to: reference,
        .file(
          name: "capture-vexilmont.png",
          bytes: Data("Contenu Ravisquel".utf8)),
        description: nil, by: StoreFixture.actor, at: later(1))
      try tx.record(reference) {
        try $0.note(
          "Appel de Hestrevanne", by: StoreFixture.actor, at: later(2))
      }
      try tx.record(reference) {
        try $0.assess(
          severity: .critical, factors: [], by: StoreFixture.actor,
          at: later(3))
      }
      try tx.record(reference) {
        try $0.escalate(
          to: .prosecution, authority: "Parquet imaginaire",
          reason: "Signalement concernant Gloustibaud", by: StoreFixture.actor,
          at: later(4))
      }
      let measure = try tx.requestMeasure(
        in: reference, kind: .policeProtection,
        authority: "Préfecture imaginaire", due: nil,
        beneficiary: PersonID(2), by: StoreFixture.actor, at: later(5))
      try tx.updateMeasure(
        measure, to: .granted, note: "Accordée pour Plorandine",
        by: StoreFixture.actor, at: later(6))
    }
    return reference
  }

  /// Every value of every column of every table, with where it is.
  static func allValues(_ registry: Registry) throws -> [(
    table: String, column: String, value: DatabaseValue
  )] {
    try registry.writer.read { db in
      let tables = try String.fetchAll(
        db,
        sql: """
          SELECT name FROM sqlite_master WHERE type = 'table'
            AND name NOT LIKE 'sqlite_%' ORDER BY name
          """)
      var values: [(String, String, DatabaseValue)] = []
      for table in tables {
        let columns = try db.columns(in: table).map(\.name)
        for column in columns {
          let cells = try DatabaseValue.fetchAll(
            db, sql: "SELECT \"\(column)\" FROM \"\(table)\"")
          values += cells.map { (table, column, $0) }
        }
      }
      return values
    }
  }

  static func contains(_ haystack: Data, _ needle: String) -> Bool {
    haystack.range(of: Data(needle.utf8)) != nil
  }

  @Test("identifying strings are stored only in identity and content BLOBs")
  func identifyingDataOnlyInSealedColumns() throws {
    try withRegistry { registry in
      let reference = try Self.populate(registry)
      let values = try Self.allValues(registry)
      var sealed = Data()
      for (table, column, value) in values {
        switch value.storage {
        case .string(let text):
          for secret in Self.secrets {
            #expect(
              !text.lowercased().contains(secret.lowercased()),
              "\(table).\(column) holds '\(secret)' in clear: \(text)")
          }
        case .blob(let data):
          if column == "identity" || column == "content" {
            sealed.append(data)
          } else {
            for secret in Self.secrets {
              #expect(
                !Self.contains(data, secret),
                "\(table).\(column) holds '\(secret)' in a BLOB")
            }
          }
        default: break
        }
      }
      // Control: the strings are there, in the sealed columns.
      for secret in Self.secrets {
        #expect(Self.contains(sealed, secret), "'\(secret)' not stored at all")
      }
      // And they read back.
      let state = try registry.caseState(reference)
      #expect(state.report.authors == ["@ombre_quorvex", "Tralimbe PERNOISE"])
      #expect(
        try registry.persons([PersonID(1)]).first?.identity.homeAddress
          == "8 allée QUINTAVERNE, 93000 Bobigny")
    }
  }

  @Test("every identity and content column is a BLOB")
  func onlySealedColumnsHoldIdentity() throws {
    try withRegistry { registry in
      _ = try Self.populate(registry)
      let tables = try registry.writer.read { db in
        try String.fetchAll(
          db,
          sql: """
            SELECT name FROM sqlite_master WHERE type = 'table'
              AND name NOT LIKE 'sqlite_%'
            """)
      }
      var sealedTables: [String] = []
      for table in tables {
        let columns = try registry.writer.read { try $0.columns(in: table) }
        for column in columns
        where column.name == "identity" || column.name == "content" {
          #expect(
            column.type.uppercased() == "BLOB",
            "\(table).\(column.name) is \(column.type), not BLOB")
          sealedTables.append(table)
        }
      }
      #expect(
        Set(sealedTables) == [
          "persons", "cases", "events", "evidence", "entities",
          "notice_urls", "notice_events", "occultation_decisions", "measures",
          "protection_requests",
        ])
    }
  }
}
