import EgideCore
import EgideService
import EgideStore
import Foundation
import GRDB
import Testing

/// Which way a summary is counted.
///
/// From the registry's running totals for a month, quarter or year that
/// has ended in Paris time, from the cases otherwise. A total written
/// into the file by hand, which no case backs, shows which way was taken.
@Suite("Summaries from running totals or from the cases")
struct SummaryPathTests {
  typealias Fixture = ServiceFixture

  /// Adds `count` to a period's `new` total, in the file itself.
  static func forgeNew(_ count: Int, in period: String, at path: String)
    throws
  {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO summary_totals (period, figure, count) VALUES (?, 'new', ?)
          ON CONFLICT (period, figure) DO UPDATE SET count = count + excluded.count
          """, arguments: [period, count])
    }
  }

  /// The overview's new cases of the period summarised.
  static func newCases(
    _ request: SummarizePeriod, on service: EgideService
  ) throws -> Int? {
    let text = try service.run(request, as: Fixture.admin).text
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8))
        as? [String: Any])
    let tables = try #require(document["tables"] as? [[String: Any]])
    let overview = try #require(
      tables.first { $0["id"] as? String == "overview" })
    let rows = try #require(overview["rows"] as? [[String: Any]])
    let new = try #require(rows.first { $0["key"] as? String == "new" })
    let cells = try #require(new["cells"] as? [[String: Any]])
    return cells.first?["value"] as? Int
  }

  @Test("a month that has ended is read from the running totals")
  func endedMonthReadsTotals() throws {
    let fixture = try Fixture()
    try Self.forgeNew(5, in: "2026-11", at: fixture.path)
    #expect(
      try Self.newCases(
        SummarizePeriod(
          month: "2026-11", minCell: 1, internal: true, format: "json"),
        on: fixture.service) == 5)
    // The same days, asked as a run of days, are counted from the cases:
    // there is none.
    #expect(
      try Self.newCases(
        SummarizePeriod(
          from: "2026-11-01", to: "2026-11-30", minCell: 1, internal: true,
          format: "json"), on: fixture.service) == 0)
  }

  @Test("a month not ended is counted from the cases, even provisionally")
  func provisionalMonthCountsCases() throws {
    let fixture = try Fixture()
    try fixture.report()
    try Self.forgeNew(7, in: "2026-12", at: fixture.path)
    #expect(
      try Self.newCases(
        SummarizePeriod(
          month: "2026-12", minCell: 1, internal: true, format: "json",
          provisional: true), on: fixture.service) == 1)
  }

  @Test("a registry summarised in another time zone counts from the cases")
  func otherZoneCountsCases() throws {
    let fixture = try Fixture()
    try Self.forgeNew(5, in: "2026-11", at: fixture.path)
    let cayenne = EgideService(
      registry: fixture.service.registry,
      configuration: ServiceConfiguration(
        timeZone: try #require(TimeZone(identifier: "America/Cayenne"))),
      clock: { Fixture.now })
    #expect(
      try Self.newCases(
        SummarizePeriod(
          month: "2026-11", minCell: 1, internal: true, format: "json"),
        on: cayenne) == 0)
  }
}
