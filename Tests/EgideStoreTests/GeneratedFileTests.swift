import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// Compares `rendered` with the file at `url`, or rewrites the file when
/// EGIDE_REGENERATE=1.
private func compare(
  _ rendered: String, with url: URL,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  if isRegenerating {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(rendered.utf8).write(to: url)
    return
  }
  let stored = try #require(
    FileManager.default.contents(atPath: url.path),
    "\(url.path) is missing; run with EGIDE_REGENERATE=1 to create it",
    sourceLocation: sourceLocation)
  let text = String(decoding: stored, as: UTF8.self)
  if text != rendered {
    let storedLines = text.components(separatedBy: "\n")
    let renderedLines = rendered.components(separatedBy: "\n")
    let first =
      zip(storedLines, renderedLines).enumerated()
      .first { $0.element.0 != $0.element.1 }?.offset
      ?? min(storedLines.count, renderedLines.count)
    let stored = first < storedLines.count ? storedLines[first] : "<end>"
    let wanted = first < renderedLines.count ? renderedLines[first] : "<end>"
    Issue.record(
      """
      \(url.lastPathComponent) differs at line \(first + 1):
        file:     \(stored)
        expected: \(wanted)
      run with EGIDE_REGENERATE=1 to rewrite it
      """, sourceLocation: sourceLocation)
  }
}

@Suite("Generated and golden files")
struct GeneratedFileTests {
  static let schemaGolden = packageRoot.appendingPathComponent(
    "Tests/EgideStoreTests/Golden/schema.sql")
  static let embeddedMigrations = packageRoot.appendingPathComponent(
    "Sources/EgideStore/Generated/EmbeddedMigrations.swift")
  static let embeddedJurisdictions = packageRoot.appendingPathComponent(
    "Sources/EgideCore/Generated/EmbeddedJurisdictions.swift")
  static let embeddedChambers = packageRoot.appendingPathComponent(
    "Sources/EgideCore/Generated/EmbeddedProximityChambers.swift")

  /// The schema of a registry as text: every object but SQLite's own, by
  /// type then name.
  static func schemaDump(_ registry: Registry) throws -> String {
    let rows = try registry.writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT type, name, tbl_name, sql FROM sqlite_master
          WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
          """)
    }
    var text = """
      -- The schema of a new Égide registry, as sqlite_master holds it.
      -- Checked by the test "the schema of a new registry matches the golden
      -- dump"; regenerate with EGIDE_REGENERATE=1 Scripts/test.

      """
    for row in rows {
      let type: String = row["type"]
      let name: String = row["name"]
      let table: String = row["tbl_name"]
      let sql: String? = row["sql"]
      text += "\n-- \(type) \(name) on \(table)\n"
      text += (sql ?? "-- (no SQL)") + ";\n"
    }
    return text
  }

  @Test("the schema of a new registry matches the golden dump")
  func schemaMatchesGolden() throws {
    try withRegistry { registry in
      let dump = try Self.schemaDump(registry)
      #expect(dump.contains("CREATE TABLE cases"))
      #expect(dump.contains("CREATE TRIGGER events_are_append_only_update"))
      try compare(dump, with: Self.schemaGolden)
    }
  }

  /// The migration files of `Migrations/`, by version.
  static func migrationFiles() throws -> [(Int, String, String)] {
    let folder = packageRoot.appendingPathComponent("Migrations")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".sql") }.sorted()
    return try names.map { file in
      let stem = String(file.dropLast(4))
      let parts = stem.split(separator: "_", maxSplits: 1)
      let version = try #require(
        parts.count == 2 && parts[0].count == 4 ? Int(parts[0]) : nil,
        "Migrations/\(file) is not named NNNN_name.sql")
      let sql = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      return (version, String(parts[1]), sql)
    }
  }

  /// EmbeddedMigrations.swift as rendered from the migration files.
  static func renderMigrations(_ files: [(Int, String, String)]) -> String {
    var text = """
      // swift-format-ignore-file
      // Generated from Migrations/*.sql by the test
      // "embedded migrations match Migrations/"; do not edit.
      // Regenerate with: EGIDE_REGENERATE=1 Scripts/test

      extension Migration {
        /// The shipped migrations: version, name, SQL.
        static let embeddedMigrations: [(Int, String, String)] = [

      """
    for (version, name, sql) in files {
      text += "    (\n"
      text += "      \(version), \"\(name)\",\n"
      text += "      #\"\"\"\n"
      text += sql.hasSuffix("\n") ? sql : sql + "\n"
      text += "\"\"\"#\n"
      text += "    ),\n"
    }
    text += "  ]\n}\n"
    return text
  }

  @Test("embedded migrations match Migrations/")
  func embeddedMigrationsMatch() throws {
    let files = try Self.migrationFiles()
    #expect(!files.isEmpty)
    #expect(files.map(\.0) == Array(1...max(1, files.count)))
    for (_, _, sql) in files {
      #expect(!sql.contains("\"\"\"#"), "a migration holds the raw delimiter")
    }
    try compare(Self.renderMigrations(files), with: Self.embeddedMigrations)
    if !isRegenerating {
      // What the binary ships is what the files say.
      #expect(Migration.shipped.map(\.version) == files.map(\.0))
      #expect(Migration.shipped.map(\.name) == files.map(\.1))
      #expect(
        Migration.shipped.map { $0.sql + "\n" }
          == files.map { $0.2.hasSuffix("\n") ? $0.2 : $0.2 + "\n" })
    }
  }

  /// EmbeddedJurisdictions.swift as rendered from the reference CSV: its
  /// first five columns, row by row.
  static func renderJurisdictions(_ csv: String) -> String {
    var text = """
      // swift-format-ignore-file
      // Generated from Reference/jurisdictions.csv by the test
      // "embedded reference data matches Reference/"; do not edit.
      // Regenerate with: EGIDE_REGENERATE=1 Scripts/test

      extension CourtDirectory {
        /// The reference list of courts, as shipped in Reference/: code,
        /// name, kind, parent code and calendar of each.
        static let embeddedJurisdictions: [(String, String, String, String, String)] = [

      """
    for row in CSVReader.rows(of: csv).dropFirst() where row.count >= 5 {
      let fields = row.prefix(5).map { "#\"\($0)\"#" }
      text += "    (\(fields.joined(separator: ", "))),\n"
    }
    text += "  ]\n}\n"
    return text
  }

  /// EmbeddedProximityChambers.swift as rendered from the reference CSV:
  /// code, name and tribunal of each chambre de proximité and section
  /// détachée.
  static func renderChambers(_ csv: String) -> String {
    var text = """
      // swift-format-ignore-file
      // Generated from Reference/chambres_de_proximite.csv by the test
      // "embedded chambres de proximité match Reference/"; do not edit.
      // Regenerate with: EGIDE_REGENERATE=1 Scripts/test

      extension CourtDirectory {
        /// The chambres de proximité and sections détachées, as shipped in
        /// Reference/: code, name and the code of their tribunal.
        static let embeddedProximityChambers: [(String, String, String)] = [

      """
    for row in CSVReader.rows(of: csv).dropFirst() where row.count >= 4 {
      let fields = [row[0], row[1], row[3]].map { "#\"\($0)\"#" }
      text += "    (\(fields.joined(separator: ", "))),\n"
    }
    text += "  ]\n}\n"
    return text
  }

  @Test("embedded chambres de proximité match Reference/")
  func embeddedChambersMatch() throws {
    let csv = try String(
      contentsOf: packageRoot.appendingPathComponent(
        "Reference/chambres_de_proximite.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("code,name,kind,tj_code"))
    #expect(!csv.contains("\"#"), "the CSV holds the raw delimiter")
    try compare(Self.renderChambers(csv), with: Self.embeddedChambers)
    if !isRegenerating {
      let rows = csv.split(separator: "\n").count - 1
      // Every chambre belongs to a tribunal of the reference list.
      #expect(CourtDirectory.shared.chambers.count == rows)
    }
  }

  @Test("embedded reference data matches Reference/")
  func embeddedJurisdictionsMatch() throws {
    let csv = try String(
      contentsOf: packageRoot.appendingPathComponent(
        "Reference/jurisdictions.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("code,name,kind,parent_code,calendar"))
    #expect(!csv.contains("\"#"), "the CSV holds the raw delimiter")
    try compare(Self.renderJurisdictions(csv), with: Self.embeddedJurisdictions)
    if !isRegenerating {
      let rows = csv.split(separator: "\n").count - 1
      #expect(CourtDirectory.shared.courts.count == rows)
      #expect(CourtDirectory.shared.courts == CourtDirectory(csv: csv).courts)
    }
  }
}
