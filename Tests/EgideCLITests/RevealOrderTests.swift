import Foundation
import Testing

@testable import EgideCLI

/// A reveal written to a file is refused for its path before the access
/// log records it, and the time it is recorded at is the host's.
@Suite("Reveals: refusals before the access log, the host's clock")
struct RevealOrderTests {
  /// The number of entries in the access log.
  static func accessEntries(_ sandbox: Sandbox) throws -> Int {
    try Formats.objects(try sandbox.succeed("audit", "--format", "json")).count
  }

  /// A sandbox with one case and one stored evidence file, E-000001.
  static func sandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let capture = sandbox.path("capture.png")
    try Data("capture fictive".utf8).write(to: URL(fileURLWithPath: capture))
    try sandbox.succeed("evidence", "add", reference, "--file", capture)
    return sandbox
  }

  @Test(
    "evidence get --out to a dangling symbolic link is refused before any access-log entry"
  )
  func danglingLinkBeforeTheLog() throws {
    let sandbox = try Self.sandbox()
    let link = sandbox.path("piege.png")
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: sandbox.path("absent/cible.png"))
    let before = try Self.accessEntries(sandbox)
    let result = try sandbox.egide(
      "evidence", "get", "E-000001", "--out", link, "--purpose",
      Sandbox.purpose)
    #expect(result.status == 73, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("symbolic link"), "\(result)")
    #expect(try Self.accessEntries(sandbox) == before)
  }

  @Test(
    "evidence get and export --out to a missing folder are refused before any access-log entry"
  )
  func missingFolderBeforeTheLog() throws {
    let sandbox = try Self.sandbox()
    let before = try Self.accessEntries(sandbox)
    let out = sandbox.path("absent/sortie")
    let evidence = try sandbox.egide(
      "evidence", "get", "E-000001", "--out", out, "--purpose",
      Sandbox.purpose)
    #expect(evidence.status == 74, "\(evidence)")
    #expect(evidence.stderr.contains("does not exist"), "\(evidence)")
    let link = sandbox.path("export.csv")
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: sandbox.path("absent/export.csv"))
    let export = try sandbox.egide(
      "export", "cases", "--include-identities", "--purpose", Sandbox.purpose,
      "--out", link)
    #expect(export.status == 73, "\(export)")
    #expect(try Self.accessEntries(sandbox) == before)
  }

  @Test("$EGIDE_NOW is honoured by debug builds and by demo, ignored otherwise")
  func fixedClockDecision() {
    let value = "2026-11-30T12:00Z"
    #expect(
      FixedClock.decision(value: value, build: .debug, demo: false) == .honoured
    )
    #expect(
      FixedClock.decision(value: value, build: .release, demo: true)
        == .honoured)
    #expect(
      FixedClock.decision(value: value, build: .release, demo: false)
        == .ignored)
    #expect(
      FixedClock.decision(value: "", build: .release, demo: false) == .unset)
    #expect(
      FixedClock.decision(value: nil, build: .debug, demo: false) == .unset)
  }

  @Test("the test suite's debug binary still honours $EGIDE_NOW")
  func debugBinaryHonoursTheFixedClock() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let result = try sandbox.run(
      Sandbox.reportArguments() + ["--db", sandbox.db],
      environment: ["EGIDE_NOW": "2026-11-30T12:00Z"])
    #expect(result.status == 0, "\(result)")
    #expect(!result.stderr.contains("ignored"), "\(result)")
    #expect(result.output.hasPrefix("2026-"), "\(result)")
  }
}
