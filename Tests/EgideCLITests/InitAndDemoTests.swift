import Foundation
import Testing

@Suite("Creating registries: init and demo")
struct InitAndDemoTests {
  @Test("egide init refuses an existing file and leaves it unchanged")
  func initRefusesExistingFile() throws {
    let sandbox = try Sandbox()
    let path = sandbox.path("notes.txt")
    let content = Data("Fichier personnel à ne pas écraser\n".utf8)
    try content.write(to: URL(fileURLWithPath: path))
    let result = try sandbox.run(["init", "--db", path])
    #expect(result.status == 73, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains(path), "\(result)")
    #expect(FileManager.default.contents(atPath: path) == content)
    #expect(sandbox.files() == ["notes.txt"])
  }

  @Test(
    "egide init refuses an existing registry and leaves it byte-for-byte unchanged"
  )
  func initRefusesExistingRegistry() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report()
    let before = sandbox.snapshot()
    let result = try sandbox.run(["init", "--db", sandbox.db])
    #expect(result.status == 73, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(sandbox.snapshot() == before)
    #expect(
      try Formats.references(try sandbox.succeed("list", "--format", "json"))
        .count == 1)
  }

  @Test("egide init creates an empty registry that lists no case")
  func initCreatesEmptyRegistry() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let listed = try sandbox.succeed("list", "--all", "--format", "json")
    #expect(try Formats.objects(listed).isEmpty, "\(listed)")
  }

  /// reference, status, severity, court and kinds of every case: the
  /// columns that do not depend on when the demo was generated.
  static func stableColumns(_ result: EgideResult) throws -> [[String]] {
    let rows = try #require(
      Formats.csv(result.stdout), "not RFC 4180 CSV: \(result)")
    let header = try #require(rows.first)
    let columns = try ["reference", "status", "severity", "court", "kinds"].map
    { name in
      try #require(
        header.firstIndex(of: name), "no \(name) column in \(header)")
    }
    return rows.dropFirst().map { row in columns.map { row[$0] } }
  }

  @Test("egide demo with the same seed builds the same cases")
  func demoIsReproducible() throws {
    let sandbox = try Sandbox()
    let first = sandbox.path("demo-a.sqlite")
    let second = sandbox.path("demo-b.sqlite")
    let third = sandbox.path("demo-c.sqlite")
    for (path, seed) in [(first, "5"), (second, "5"), (third, "6")] {
      let made = try sandbox.run([
        "demo", "--db", path, "--cases", "150", "--seed", seed,
      ])
      #expect(made.status == 0, "\(made)")
    }
    let a = try Self.stableColumns(
      try sandbox.run(["list", "--all", "--format", "csv", "--db", first]))
    let b = try Self.stableColumns(
      try sandbox.run(["list", "--all", "--format", "csv", "--db", second]))
    let c = try Self.stableColumns(
      try sandbox.run(["list", "--all", "--format", "csv", "--db", third]))
    #expect(a.count == 150)
    #expect(a == b)
    #expect(a != c, "another seed should give other cases")
    // Realistic: several statuses, courts and kinds.
    #expect(Set(a.map { $0[1] }).count >= 3)
    #expect(Set(a.map { $0[3] }).count >= 10)
    #expect(Set(a.map { $0[4] }).count >= 4)
  }

  @Test("egide demo refuses an existing file")
  func demoRefusesExistingFile() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let result = try sandbox.run([
      "demo", "--db", sandbox.db, "--cases", "10", "--seed", "2",
    ])
    #expect(result.status == 73, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(sandbox.snapshot() == before)
    #expect(
      try Formats.objects(
        try sandbox.succeed("list", "--all", "--format", "json")
      ).isEmpty)
  }
}
