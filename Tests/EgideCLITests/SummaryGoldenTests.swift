import Foundation
import Testing

/// `egide summary` on a fixed demo registry: golden outputs for every
/// format and language, `--out`, and the disclosure options.
///
/// `EGIDE_REGENERATE=1` rewrites the golden files in `Golden/` instead of
/// comparing with them.
@Suite("Summary: golden outputs, --out and disclosure options")
struct SummaryGoldenTests {
  /// The instant every run takes as now.
  static let now = "2026-12-15T12:00Z"
  static let formats = ["md", "csv", "json", "html"]
  static let languages = ["en", "fr"]

  /// The demo registry every test reads, made once.
  ///
  /// 1500 cases, seed 2026, as of ``now``; its folder is left in the
  /// temporary directory.
  static let demo: Result<String, DemoFailure> = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-summary-golden-\(UUID().uuidString)", isDirectory: true)
    let path = folder.appendingPathComponent("demo.sqlite").path
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true)
      let result = try Sandbox().run(
        ["demo", "--db", path, "--cases", "1500", "--seed", "2026"],
        environment: ["EGIDE_NOW": now])
      guard result.status == 0 else {
        return .failure(DemoFailure(description: "\(result)"))
      }
      return .success(path)
    } catch {
      return .failure(DemoFailure(description: "\(error)"))
    }
  }()

  struct DemoFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// The folder of the golden files, next to this source file.
  static var goldenFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden", isDirectory: true)
  }

  static var regenerating: Bool {
    ProcessInfo.processInfo.environment["EGIDE_REGENERATE"] == "1"
  }

  /// Runs `egide summary --month 2026-11` on the sandbox's copy of the
  /// demo registry: each test publishes into a ledger of its own, so that
  /// what one test publishes does not change what another's shows.
  static func summary(
    _ arguments: [String], in sandbox: Sandbox
  ) throws -> EgideResult {
    let db = sandbox.path("demo.sqlite")
    if !FileManager.default.fileExists(atPath: db) {
      try FileManager.default.copyItem(atPath: try demo.get(), toPath: db)
    }
    return try sandbox.run(
      ["summary", "--month", "2026-11", "--db", db] + arguments,
      environment: ["EGIDE_NOW": now])
  }

  @Test(
    "The November summary matches its golden file",
    arguments: formats, languages)
  func golden(format: String, language: String) throws {
    let sandbox = try Sandbox()
    let out = sandbox.path("summary.\(format)")
    let result = try Self.summary(
      ["--format", format, "--lang", language, "--out", out], in: sandbox)
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    let produced = try #require(FileManager.default.contents(atPath: out))
    let golden = Self.goldenFolder.appendingPathComponent(
      "summary-2026-11.\(language).\(format)")
    if Self.regenerating {
      try FileManager.default.createDirectory(
        at: Self.goldenFolder, withIntermediateDirectories: true)
      try produced.write(to: golden)
      return
    }
    let expected = try #require(
      FileManager.default.contents(atPath: golden.path),
      "no golden file \(golden.path); run with EGIDE_REGENERATE=1")
    if produced != expected {
      let left = String(decoding: produced, as: UTF8.self).components(
        separatedBy: "\n")
      let right = String(decoding: expected, as: UTF8.self).components(
        separatedBy: "\n")
      let common = min(left.count, right.count)
      let line = (0..<common).first { left[$0] != right[$0] } ?? common
      Issue.record(
        """
        summary-2026-11.\(language).\(format) differs from the golden file at line \(line + 1):
        produced: \(line < left.count ? left[line] : "<end>")
        golden:   \(line < right.count ? right[line] : "<end>")
        (EGIDE_REGENERATE=1 rewrites the golden files once the change is intended)
        """)
    }
  }

  @Test(
    "Standard output carries exactly the document --out writes",
    arguments: formats)
  func standardOutputMatchesFile(format: String) throws {
    let sandbox = try Sandbox()
    let out = sandbox.path("summary.\(format)")
    let printed = try Self.summary(["--format", format], in: sandbox)
    try #require(printed.status == 0, "\(printed)")
    let written = try Self.summary(
      ["--format", format, "--out", out], in: sandbox)
    try #require(written.status == 0, "\(written)")
    let file = try #require(FileManager.default.contents(atPath: out))
    #expect(
      printed.stdoutData == file,
      "stdout has \(printed.stdoutData.count) bytes ending \(Array(printed.stdoutData.suffix(3))), the file \(file.count) ending \(Array(file.suffix(3)))"
    )
  }

  @Test("--out writes a new file and refuses an existing one (exit 73)")
  func outRefusesExistingFile() throws {
    let sandbox = try Sandbox()
    let out = sandbox.path("synthese.html")
    let first = try Self.summary(
      ["--format", "html", "--lang", "fr", "--out", out], in: sandbox)
    #expect(first.status == 0, "\(first)")
    let written = try #require(FileManager.default.contents(atPath: out))
    #expect(
      String(decoding: written, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    let second = try Self.summary(
      ["--format", "md", "--out", out], in: sandbox)
    #expect(second.status == 73, "\(second)")
    #expect(second.stderr.contains(out), "\(second)")
    #expect(second.stdout.isEmpty, "\(second)")
    #expect(FileManager.default.contents(atPath: out) == written)
  }

  @Test("--min-cell below 11 without --internal is refused (exit 64)")
  func smallCellNeedsInternal() throws {
    let sandbox = try Sandbox()
    let out = sandbox.path("summary.md")
    let result = try Self.summary(
      ["--min-cell", "5", "--out", out], in: sandbox)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("--internal"), "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(
    "--min-cell 5 --internal marks the document internal in every format",
    arguments: formats)
  func internalMarked(format: String) throws {
    let sandbox = try Sandbox()
    for (language, marker) in [
      ("en", "INTERNAL — NOT FOR CIRCULATION"),
      ("fr", "INTERNE — NE PAS DIFFUSER"),
    ] {
      let result = try Self.summary(
        [
          "--min-cell", "5", "--internal", "--format", format, "--lang",
          language,
        ],
        in: sandbox)
      try #require(result.status == 0, "\(result)")
      #expect(result.stdout.contains(marker), "\(format) \(language)")
      #expect(result.stdout.contains("k = 5"), "\(format) \(language)")
      let standard = try Self.summary(
        ["--format", format, "--lang", language], in: sandbox)
      #expect(!standard.stdout.contains(marker), "\(format) \(language)")
    }
  }

  @Test("The default Markdown summary states the disclosure rule")
  func defaultStatesRule() throws {
    let sandbox = try Sandbox()
    let result = try Self.summary([], in: sandbox)
    try #require(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("# Égide — summary: November 2026\n"))
    #expect(
      result.stdout.contains(
        "Counts from 1 to 10 are suppressed (k = 11); further figures are suppressed so that no suppressed count can be recomputed from totals. Durations resting on fewer than 11 cases are suppressed. Zero is shown."
      ), "\(result)")
    #expect(result.stdout.contains("s = suppressed (disclosure control)"))
    #expect(!result.stdout.contains("INTERNAL"))
  }
}
