import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// Identities sealed at rest: what a copied file gives away (nothing),
/// what a registry opened without its key still does, how a wrong key and
/// an altered value are caught, and how a registry is sealed and its key
/// rotated.
@Suite("Sealed identities")
struct SealingTests {
  /// Identifying strings of the fixture cases, notices and decisions.
  static let secrets =
    IdentityBoundaryTests.secrets + [
      NoticeStoreTests.notifierName, "MORVANEC", NoticeStoreTests.notifierEmail,
      "compte_imaginaire_1", "Adresse du domicile",
    ]

  /// Fills a registry with every kind of identifying value: persons,
  /// summaries, narratives, notes, reasons, author handles, evidence URL
  /// and file, notice URLs and notifier, an occultation decision.
  static func populate(_ registry: Registry) throws -> CaseReference {
    let reference = try IdentityBoundaryTests.populate(registry)
    let (_, measure) = try NoticeStoreTests.takedown(registry)
    _ = try NoticeStoreTests.draft(registry, measure)
    let occultation = try registry.transaction { tx in
      try tx.requestMeasure(
        in: reference, kind: .openDataOccultation, authority: "Présidence",
        due: nil, beneficiary: nil, by: StoreFixture.actor,
        at: StoreFixture.reportedAt.addingTimeInterval(40_000))
    }
    _ = try registry.transaction { tx in
      try tx.fileOccultation(
        on: occultation, decisions: [OccultationStoreTests.decision],
        by: StoreFixture.actor,
        at: StoreFixture.reportedAt.addingTimeInterval(40_100))
    }
    return reference
  }

  /// The secrets found anywhere in the bytes of the registry file and its
  /// write-ahead log.
  static func secretsInFiles(_ path: String) -> [String] {
    var bytes = Data()
    for file in [path, path + "-wal", path + "-journal"] {
      if let data = FileManager.default.contents(atPath: file) {
        bytes.append(data)
      }
    }
    return secrets.filter { secret in
      IdentityBoundaryTests.contains(bytes, secret)
        || IdentityBoundaryTests.contains(bytes, secret.lowercased())
    }
  }

  static let key = RegistryKey.generate()

  @Test("a registry made with a key holds none of the names in its file or log")
  func sealedFromTheStart() throws {
    try withRegistryPath { path in
      let registry = try Registry.create(at: path, key: Self.key)
      let reference = try Self.populate(registry)
      // The log still holds the writes: scan before any checkpoint.
      #expect(FileManager.default.fileExists(atPath: path + "-wal"))
      #expect(Self.secretsInFiles(path) == [])
      // And they read back with the key.
      let opened = try Registry.open(at: path, key: Self.key)
      let state = try opened.caseState(reference)
      #expect(
        state.report.summary == "Menace de mort contre la juge de Quorvelin")
      let names = try opened.persons(state.report.targets).map(\.identity.name)
      #expect(names == ["Zénarine VAUOLIN", "Brumelinde OSTRAVEC"])
    }
  }

  @Test(
    "sealing a registry kept in clear leaves no name in the file or its log")
  func sealingAnOlderRegistry() throws {
    try withRegistryPath { path in
      let clear = try Registry.create(at: path)
      let reference = try Self.populate(clear)
      // Control: in clear, the file and log give the names away.
      #expect(Self.secretsInFiles(path).count == Self.secrets.count)
      let sealedCount = try Registry.seal(at: path, with: Self.key)
      #expect(sealedCount > 20)
      let sealed = try Registry.open(at: path, key: Self.key)
      try sealed.scrub()
      #expect(Self.secretsInFiles(path) == [])
      #expect(sealed.isSealed)
      let state = try sealed.caseState(reference)
      #expect(state.report.narrative?.contains("Brastimonde") == true)
      let evidence = try #require(state.evidence.last)
      #expect(
        String(
          decoding: try sealed.evidenceFile(evidence.id).bytes, as: UTF8.self)
          == "Contenu Ravisquel")
      // Authors still link cases: their lookup keys were recomputed.
      let keys = try sealed.writer.read { db in
        try String.fetchAll(db, sql: "SELECT key_hash FROM entities")
      }
      #expect(
        keys.contains(
          Self.key.blindIndex(of: "author:ombre_quorvex")))
    }
  }

  @Test(
    "without the key, facts read and identities read as sealed; nothing identifying is written"
  )
  func withoutTheKey() throws {
    try withRegistryPath { path in
      let reference = try Self.populate(
        try Registry.create(at: path, key: Self.key))
      let keyless = try Registry.open(at: path, revealsIdentities: false)
      #expect(!keyless.revealsIdentities)
      let state = try keyless.caseState(reference)
      #expect(state.status == .escalated)
      #expect(state.report.summary == IdentityVault.concealed)
      #expect(
        try keyless.persons(state.report.targets).map(\.identity.name)
          == [IdentityVault.concealed, IdentityVault.concealed])
      let before = try IdentityBoundaryTests.allValues(keyless).count
      #expect(throws: StoreError.self) {
        try keyless.transaction { tx in
          try tx.record(reference) {
            try $0.note("Une note", by: StoreFixture.actor, at: Date())
          }
        }
      }
      #expect(try IdentityBoundaryTests.allValues(keyless).count == before)
      let evidence = try #require(state.evidence.last)
      do {
        _ = try keyless.evidenceFile(evidence.id)
        Issue.record("evidence opened without the key")
      } catch let error as StoreError {
        #expect(error.code == .keyRequired)
      }
      // Revealing without the key fails rather than showing stand-ins.
      let revealing = try Registry.open(at: path, revealsIdentities: true)
      #expect(throws: StoreError.self) {
        _ = try revealing.caseState(reference)
      }
    }
  }

  @Test("a wrong key is refused before anything is read or written")
  func wrongKey() throws {
    try withRegistryPath { path in
      _ = try Self.populate(try Registry.create(at: path, key: Self.key))
      _ = try Registry.open(at: path, key: Self.key).writer
        .writeWithoutTransaction {
          try $0.checkpoint(.truncate)
        }
      let before = bytes(at: path)
      do {
        _ = try Registry.open(at: path, key: RegistryKey.generate())
        Issue.record("a wrong key was accepted")
      } catch let error as StoreError {
        #expect(error.code == .wrongKey)
        #expect(error.message.contains("is not the key of"))
      }
      #expect(bytes(at: path) == before)
    }
  }

  @Test("a sealed value altered in the file does not open")
  func alteredValue() throws {
    try withRegistryPath { path in
      let reference = try Self.populate(
        try Registry.create(at: path, key: Self.key))
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        let stored = try #require(
          try Data.fetchOne(db, sql: "SELECT identity FROM cases LIMIT 1"))
        var altered = stored
        altered[altered.count - 1] ^= 0x01
        try db.execute(
          sql: "UPDATE cases SET identity = ? WHERE id = 1",
          arguments: [altered])
      }
      try queue.close()
      let registry = try Registry.open(at: path, key: Self.key)
      do {
        _ = try registry.list(CaseQuery(now: Date()))
        Issue.record("an altered value opened")
      } catch let error as StoreError {
        #expect(error.code == .corruptValue)
      }
      // The history is untouched and still opens.
      #expect(try registry.caseState(reference).status == .escalated)
    }
  }

  @Test("rotating the key reseals everything: the old key no longer opens it")
  func rotation() throws {
    try withRegistryPath { path in
      let reference = try Self.populate(
        try Registry.create(at: path, key: Self.key))
      let newKey = RegistryKey.generate()
      let count = try Registry.open(at: path, key: Self.key).rotate(to: newKey)
      #expect(count > 20)
      #expect(throws: StoreError.self) {
        _ = try Registry.open(at: path, key: Self.key)
      }
      let rotated = try Registry.open(at: path, key: newKey)
      try rotated.scrub()
      #expect(Self.secretsInFiles(path) == [])
      let state = try rotated.caseState(reference)
      #expect(
        try rotated.persons(state.report.targets).map(\.identity.name)
          == ["Zénarine VAUOLIN", "Brumelinde OSTRAVEC"])
      // The fixture's notice case names the same judge again.
      #expect(
        try rotated.persons(named: "zenarine vauolin").map(\.person.id) == [
          PersonID(1), PersonID(3),
        ])
    }
  }

  @Test("a rotation that fails midway leaves every value under the old key")
  func interruptedRotation() throws {
    try withRegistryPath { path in
      let reference = try Self.populate(
        try Registry.create(at: path, key: Self.key))
      // A value late in the walk that cannot be opened stops the rotation
      // after many values were already resealed inside the transaction.
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        try db.execute(
          sql: """
            UPDATE occultation_decisions
            SET identity = CAST(x'01' || randomblob(40) AS BLOB)
            """)
      }
      try queue.close()
      let snapshot = try IdentityBoundaryTests.allValues(
        try Registry.open(at: path, key: Self.key)
      ).map { "\($0.table).\($0.column)=\($0.value)" }
      #expect(throws: StoreError.self) {
        try Registry.open(at: path, key: Self.key).rotate(
          to: RegistryKey.generate())
      }
      let registry = try Registry.open(at: path, key: Self.key)
      #expect(
        try IdentityBoundaryTests.allValues(registry).map {
          "\($0.table).\($0.column)=\($0.value)"
        } == snapshot)
      #expect(
        try registry.caseState(reference).report.summary
          == "Menace de mort contre la juge de Quorvelin")
    }
  }

  @Test(
    "a name is found through the keyed blind index, folded, never by a plain hash"
  )
  func blindIndex() throws {
    try withRegistryPath { path in
      let registry = try Registry.create(at: path, key: Self.key)
      let reference = try Self.populate(registry)
      let found = try registry.persons(named: "  zénarine   Vauolin ")
      // The fixture's notice case names the same judge again (reported
      // without the repeat-victim link).
      #expect(found.map(\.person.id) == [PersonID(1), PersonID(3)])
      #expect(found.first?.cases == [reference])
      #expect(try registry.persons(named: "Zénarine VAUOLINE").isEmpty)
      let indexes = try registry.writer.read { db in
        try String.fetchAll(
          db, sql: "SELECT name_index FROM persons WHERE id = 1")
      }
      #expect(indexes == [Self.key.blindIndex(of: "person:zenarine vauolin")])
      // Another key gives another index: the file alone cannot test a name.
      #expect(
        indexes.first
          != RegistryKey.generate().blindIndex(of: "person:zenarine vauolin"))
      // Without the key, no lookup.
      #expect(throws: StoreError.self) {
        _ = try Registry.open(at: path).persons(named: "Zénarine VAUOLIN")
      }
    }
  }

  @Test(
    "a repeat victim at the same court and role is linked, not registered twice"
  )
  func repeatVictims() throws {
    try withRegistryPath { path in
      let registry = try Registry.create(at: path, key: Self.key)
      let first = try registry.log(
        try StoreFixture.newCase(targets: [
          try StoreFixture.judge("Zénarine VAUOLIN")
        ]))
      func report(_ name: String, court: Court) throws -> (
        CaseReference, [PersonID]
      ) {
        try registry.transaction { tx in
          let (linked, ids) = try tx.linkingRepeatVictims(
            try StoreFixture.newCase(
              court: court, targets: [try StoreFixture.judge(name)]))
          let reference = try tx.report(
            linked, by: StoreFixture.actor, at: StoreFixture.reportedAt,
            deadlines: .standard, calendar: StoreFixture.calendar)
          return (reference, ids)
        }
      }
      let (second, linked) = try report(
        "ZENARINE vauolin", court: StoreFixture.bobigny)
      #expect(linked == [PersonID(1)])
      #expect(try registry.cases(targeting: PersonID(1)) == [first, second])
      let (_, elsewhere) = try report(
        "Zénarine VAUOLIN", court: StoreFixture.lille)
      #expect(elsewhere.isEmpty)
    }
  }

  @Test("a key backup opens with its passphrase only")
  func keyBackup() throws {
    let backup = try KeyBackup.wrap(
      Self.key, passphrase: "grive cendrée au matin")
    let read = try KeyBackup.parse(backup.fileText, path: "backup")
    #expect(try read.unwrap(passphrase: "grive cendrée au matin") == Self.key)
    #expect(read.fingerprint == Self.key.fingerprint)
    #expect(throws: StoreError.self) {
      _ = try read.unwrap(passphrase: "grive cendrée au soir")
    }
    #expect(throws: DomainError.self) {
      _ = try KeyBackup.wrap(Self.key, passphrase: "court")
    }
    var tampered = backup.fileText
    tampered = tampered.replacingOccurrences(
      of: "fingerprint \(Self.key.fingerprint)",
      with: "fingerprint 0000000000000000")
    #expect(throws: StoreError.self) {
      _ = try KeyBackup.parse(tampered, path: "backup").unwrap(
        passphrase: "grive cendrée au matin")
    }
  }

  @Test("a key file must be private and well formed")
  func keyFile() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("egide.key").path
      try Self.key.write(to: path)
      #expect(try RegistryKey.load(from: path) == Self.key)
      let mode =
        try FileManager.default.attributesOfItem(atPath: path)[
          .posixPermissions] as? Int
      #expect(mode == 0o600)
      #expect(throws: StoreError.self) { try Self.key.write(to: path) }
      chmod(path, 0o644)
      #expect(throws: StoreError.self) { _ = try RegistryKey.load(from: path) }
      let other = directory.appendingPathComponent("other.key").path
      _ = FileManager.default.createFile(
        atPath: other, contents: Data("not a key\n".utf8),
        attributes: [.posixPermissions: 0o600])
      #expect(throws: StoreError.self) { _ = try RegistryKey.load(from: other) }
    }
  }
}
