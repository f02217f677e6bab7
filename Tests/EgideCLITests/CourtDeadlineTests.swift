import Foundation
import Testing

/// Deadlines in the calendar and on the clock of the case's court, with
/// the real binary.
@Suite("Court deadlines, end to end")
struct CourtDeadlineTests {
  /// Runs a command on the sandbox registry at a fixed time; it must
  /// succeed.
  @discardableResult
  static func at(
    _ sandbox: Sandbox, _ now: String, _ arguments: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> EgideResult {
    let result = try sandbox.run(
      arguments + ["--db", sandbox.db], environment: ["EGIDE_NOW": now])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result
  }

  @Test(
    "a critical case reported at TJ Strasbourg the day before Good Friday is due and late after Easter Monday"
  )
  func strasbourgGoodFriday() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try Self.at(
      sandbox, "2026-04-02T08:00Z",
      Sandbox.reportArguments(court: "TJ Strasbourg", severity: "critical")
    ).output
    let shown = try Self.at(sandbox, "2026-04-03T10:00Z", ["show", reference])
    #expect(
      shown.stdout.contains("assessment due 2026-04-07 23:59 — pending"),
      "\(shown)")
    // Still in time at 23:00 in Strasbourg on Tuesday 7 April, late after.
    let inTime = try Self.at(
      sandbox, "2026-04-07T21:00Z", ["list", "--overdue"])
    #expect(!inTime.stdout.contains(reference), "\(inTime)")
    let late = try Self.at(sandbox, "2026-04-07T22:30Z", ["list", "--overdue"])
    #expect(late.stdout.contains(reference), "\(late)")
  }

  @Test("a Fort-de-France deadline is shown at 23:59 Martinique time")
  func fortDeFranceClock() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    // Thursday 21 May 2026, 10:00 in Martinique; 22 May is its abolition
    // day and 25 May Whit Monday.
    let reference = try Self.at(
      sandbox, "2026-05-21T14:00Z",
      Sandbox.reportArguments(court: "tj97209", severity: "critical")
    ).output
    let shown = try Self.at(sandbox, "2026-05-21T15:00Z", ["show", reference])
    #expect(
      shown.stdout.contains(
        "assessment due 2026-05-27 05:59 (2026-05-26 23:59 America/Martinique) — pending"
      ), "\(shown)")
  }

  @Test(
    "a measure due on a day at Fort-de-France ends at 23:59 Martinique time")
  func fortDeFranceMeasure() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try Self.at(
      sandbox, "2026-05-21T14:00Z",
      Sandbox.reportArguments(court: "tj97209", severity: "critical")
    ).output
    let requested = try Self.at(
      sandbox, "2026-05-21T14:10Z",
      [
        "measure", "request", reference, "--kind", "police_protection",
        "--authority", "Préfecture de la Martinique", "--due", "29/05/2026",
      ])
    let measure = try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
    let shown = try Self.at(sandbox, "2026-05-21T15:00Z", ["show", reference])
    #expect(
      shown.stdout.contains(
        "measure \(measure) due 2026-05-30 05:59 (2026-05-29 23:59 America/Martinique) — requested"
      ), "\(shown)")
  }
}
