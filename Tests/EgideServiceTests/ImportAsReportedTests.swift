import EgideCore
import EgideService
import EgideStore
import EgideTestSupport
import Foundation
import GRDB
import Testing

/// An import writes one file's cases with one ``CaseReporter`` that
/// counts identifiers and the chain in memory; the same rows must come
/// out as when each case is written on its own, in its own transaction,
/// with everything read back from the tables.
@Suite("Import writes what reporting case by case writes")
struct ImportAsReportedTests {
  static let now = ServiceFixture.now
  static let admin = Caller.local("admin.test")

  /// The tables a reported case writes, each in a stable order.
  static let tables = [
    "persons", "cases", "case_kinds", "case_targets", "events", "entities",
    "case_entities", "reference_counters",
  ]

  /// A registry without a key (its values are written in clear, so that
  /// two registries given the same cases hold the same bytes), an admin,
  /// and the registry identifier the chain starts from.
  static func registry(at path: String) throws -> EgideService {
    let registry = try Registry.create(at: path)
    try registry.addUser(
      User(
        name: "admin.test", role: .admin, scope: nil, createdBy: "admin.test",
        createdAt: now))
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql:
          "UPDATE registry_info SET value = 'same-registry' WHERE key = 'registry_id'"
      )
    }
    return EgideService(
      registry: registry, configuration: ServiceConfiguration(),
      clock: { now }, notes: { _ in })
  }

  /// Every row of the tables, as text.
  static func rows(at path: String) throws -> [String: [String]] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      var all: [String: [String]] = [:]
      for table in tables {
        all[table] = try Row.fetchAll(
          db, sql: "SELECT * FROM \(table) ORDER BY 1, 2"
        ).map(\.description)
      }
      return all
    }
  }

  /// A random file of valid cases: persons named again in later rows
  /// (same role, function and court), relatives, authors met in several
  /// cases, with and without dates, severities and narratives.
  static func file(seed: UInt64, rows: Int) -> String {
    var random = SeededGenerator(state: seed)
    let staff: [(name: String, role: String, function: String, court: String)] =
      [
        ("Ysolde MARVANNE", "judge", "jld", "tj93008"),
        ("Corentin VALOISEAU", "clerk", "greffier", "tj93008"),
        ("Aldric PERONNEL", "prosecutor", "substitut", "ca_douai"),
        ("Maëlys QUINTERAUD", "judge", "", "ca_paris"),
        ("Théodore LANGEVRAIS", "staff", "", "ca_douai"),
      ]
    let kinds = ["threat", "harassment", "doxxing", "threat;doxxing"]
    let channels = ["email", "letter", "phone", "social_network"]
    var lines = [
      "external_reference,kinds,channel,platform,court,reported_at,occurred,target_name,target_role,target_function,family_name,severity,factors,summary,narrative,authors"
    ]
    for row in 0..<rows {
      let person = staff[random.below(staff.count)]
      let channel = channels[random.below(channels.count)]
      let day = 1 + random.below(27)
      let month = 1 + random.below(10)
      let reported = String(
        format: "2026-%02d-%02dT%02d:%02d:00Z", month, day,
        random.below(24), random.below(60))
      let occurred =
        random.below(2) == 0
        ? "" : String(format: "2026-%02d-%02d", month, day)
      let authors = (0..<random.below(3)).map { _ in
        "@auteur\(random.below(4))"
      }
      let cells = [
        "LOT-\(seed)-\(row)", kinds[random.below(kinds.count)], channel,
        channel == "social_network" ? "x" : "", person.court, reported,
        occurred, person.name, person.role, person.function,
        random.below(4) == 0 ? "Parent\(row) FAMILLE\(row)" : "",
        random.below(3) == 0 ? "high" : "",
        random.below(3) == 0 ? "death_threat" : "",
        "Message \(row) reçu au greffe",
        random.below(2) == 0 ? "\"Récit, ligne 1\nligne 2\"" : "",
        "\"\(authors.joined(separator: ";"))\"",
      ]
      lines.append(cells.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(
    "a random file imported at once holds the same rows and chain head as its cases imported one by one",
    arguments: [1, 2, 3, 4] as [UInt64])
  func importEqualsCaseByCase(seed: UInt64) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.file(seed: seed, rows: 60)
    let atOnce = folder.appendingPathComponent("at-once.sqlite").path
    let oneByOne = folder.appendingPathComponent("one-by-one.sqlite").path

    let whole = try ImportCases(format: "csv").run(
      on: try Self.registry(at: atOnce), as: Self.admin,
      content: Data(text.utf8))
    #expect(whole.imported == 60)
    #expect(whole.invalid == 0)

    let service = try Self.registry(at: oneByOne)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Rows with a narrative span two lines: cut the file at each case's
    // first cell.
    var rows: [String] = []
    for line in lines.dropFirst() where !line.isEmpty {
      if line.hasPrefix("LOT-") {
        rows.append(String(line))
      } else {
        rows[rows.count - 1] += "\n" + line
      }
    }
    #expect(rows.count == 60)
    for row in rows {
      let report = try ImportCases(format: "csv").run(
        on: service, as: Self.admin,
        content: Data((String(lines[0]) + "\n" + row + "\n").utf8))
      #expect(report.imported == 1)
    }

    let expected = try Self.rows(at: oneByOne)
    let actual = try Self.rows(at: atOnce)
    for table in Self.tables {
      let written = actual[table] ?? []
      let alone = expected[table] ?? []
      let first = written.indices.first {
        $0 < alone.count && written[$0] != alone[$0]
      }
      #expect(written.count == alone.count, "\(table), seed \(seed)")
      #expect(
        first == nil,
        "\(table), seed \(seed): \(first.map { "\(written[$0]) ≠ \(alone[$0])" } ?? "")"
      )
    }
    #expect((actual["persons"]?.count ?? 0) < 60 + 15, "persons named again")
    #expect((actual["entities"]?.count ?? 0) <= 4)
    let head = "SELECT chain_hash FROM events ORDER BY id DESC LIMIT 1"
    let heads = try [atOnce, oneByOne].map { path in
      try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: head) }
    }
    #expect(heads[0] != nil)
    #expect(heads[0] == heads[1])
  }

  @Test(
    "a file whose bytes stop being UTF-8 halfway, even inside a quoted cell, is refused as not UTF-8 and writes nothing"
  )
  func bytesThatAreNotUTF8HalfwayWriteNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("registry.sqlite").path
    let service = try Self.registry(at: path)
    let text = Self.file(seed: 9, rows: 30)
    for cut in ["LOT-9-20,", "Message 25 re"] {
      var bytes = Array(text.utf8)
      guard let at = text.range(of: cut)?.upperBound else {
        Issue.record("no '\(cut)' in the file")
        continue
      }
      // An opening quote, then a byte that starts no UTF-8 character.
      let offset = text.utf8.distance(from: text.startIndex, to: at)
      bytes.insert(contentsOf: [0x22, 0x61, 0xFF, 0x62], at: offset)
      #expect {
        try ImportCases(format: "csv").run(
          on: service, as: Self.admin, content: Data(bytes))
      } throws: { error in
        (error as? DomainError)?.message.contains("is not UTF-8 text") == true
      }
      #expect(try Self.rows(at: path)["cases"] == [], "\(cut)")
      #expect(try Self.rows(at: path)["persons"] == [], "\(cut)")
    }
  }
}
