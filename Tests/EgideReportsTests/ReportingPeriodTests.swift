import EgideCore
import Foundation
import Testing

@testable import EgideReports

@Suite("Reporting periods")
struct ReportingPeriodTests {
  let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt

  func utc(_ text: String) throws -> Date {
    try DateInput(timeZone: .gmt).parse(text, field: "test").start
  }

  @Test("a month starts and ends at midnight in Paris, not in UTC")
  func monthBoundariesInParis() throws {
    let november = try ReportingPeriod.month("2026-11", timeZone: paris)
    #expect(november.start == (try utc("2026-10-31T23:00Z")))
    #expect(november.end == (try utc("2026-11-30T23:00Z")))
    #expect(november.label == "2026-11")
  }

  @Test("an incident at 23:30 UTC on 30 November belongs to December in Paris")
  func lateNovemberIsDecember() throws {
    let november = try ReportingPeriod.month("2026-11", timeZone: paris)
    let december = try ReportingPeriod.month("2026-12", timeZone: paris)
    let instant = try utc("2026-11-30T23:30Z")
    #expect(!november.contains(instant))
    #expect(december.contains(instant))
    let beforeMidnight = try utc("2026-11-30T22:59Z")
    #expect(november.contains(beforeMidnight))
  }

  @Test("the month of the spring daylight-saving change is 743 hours long")
  func springForward() throws {
    let march = try ReportingPeriod.month("2026-03", timeZone: paris)
    #expect(march.start == (try utc("2026-02-28T23:00Z")))
    #expect(march.end == (try utc("2026-03-31T22:00Z")))
    #expect(march.end.timeIntervalSince(march.start) == 743 * 3_600)
  }

  @Test("the month of the autumn daylight-saving change is 745 hours long")
  func fallBack() throws {
    let october = try ReportingPeriod.month("2026-10", timeZone: paris)
    #expect(october.start == (try utc("2026-09-30T22:00Z")))
    #expect(october.end == (try utc("2026-10-31T23:00Z")))
    #expect(october.end.timeIntervalSince(october.start) == 745 * 3_600)
    #expect(october.contains(try utc("2026-10-31T22:59Z")))
  }

  @Test("quarters and years cover whole months and name themselves")
  func quartersAndYears() throws {
    let q4 = try ReportingPeriod.quarter("2026-q4", timeZone: paris)
    #expect(q4.label == "2026-Q4")
    #expect(q4.start == (try utc("2026-09-30T22:00Z")))
    #expect(q4.end == (try utc("2026-12-31T23:00Z")))
    let year = try ReportingPeriod.year("2026", timeZone: paris)
    #expect(year.start == (try utc("2025-12-31T23:00Z")))
    #expect(year.end == (try utc("2026-12-31T23:00Z")))
  }

  @Test("a custom period includes its last day")
  func customDays() throws {
    let days = try ReportingPeriod.days(
      from: "01/11/2026", to: "2026-11-15", timeZone: paris)
    #expect(days.label == "2026-11-01..2026-11-15")
    #expect(days.contains(try utc("2026-11-15T22:59Z")))
    #expect(!days.contains(try utc("2026-11-15T23:00Z")))
    #expect(days.previous.label == "2026-10-17..2026-10-31")
  }

  @Test("the previous period of January is December of the year before")
  func previousPeriods() throws {
    #expect(
      try ReportingPeriod.month("2026-01", timeZone: paris).previous.label
        == "2025-12")
    #expect(
      try ReportingPeriod.quarter("2026-Q1", timeZone: paris).previous.label
        == "2025-Q4")
    #expect(
      try ReportingPeriod.year("2026", timeZone: paris).previous.label == "2025"
    )
  }

  @Test("the trend covers the twelve months ending with the period")
  func trailingMonths() throws {
    let months = try ReportingPeriod.quarter("2026-Q1", timeZone: paris)
      .trailingTwelveMonths.map(\.label)
    #expect(months.count == 12)
    #expect(months.first == "2025-04")
    #expect(months.last == "2026-03")
  }

  @Test(
    "malformed periods are refused naming the value",
    arguments: [
      ("month", "2026-13"), ("month", "11-2026"), ("quarter", "2026-Q5"),
      ("quarter", "2026-4"), ("year", "26"),
    ])
  func malformed(unit: String, text: String) {
    #expect {
      switch unit {
      case "month": _ = try ReportingPeriod.month(text, timeZone: paris)
      case "quarter": _ = try ReportingPeriod.quarter(text, timeZone: paris)
      default: _ = try ReportingPeriod.year(text, timeZone: paris)
      }
    } throws: { error in
      (error as? DomainError)?.message.contains(text) ?? false
    }
  }

  @Test("a custom period that ends before it starts is refused")
  func backwards() {
    #expect(throws: DomainError.self) {
      try ReportingPeriod.days(
        from: "2026-11-10", to: "2026-11-01", timeZone: paris)
    }
  }
}
