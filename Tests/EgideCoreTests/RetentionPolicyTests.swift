import EgideCore
import Foundation
import Testing

/// The retention rule: which finished cases have their identities purged.
@Suite("Retention policy")
struct RetentionPolicyTests {
  static let paris = Fixture.paris

  static func date(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else {
      preconditionFailure("bad fixture date \(text)")
    }
    return date
  }

  /// A case reported at `date`.
  static func reportedCase(at date: Date) throws -> CaseState {
    try Fixture.openCase(Fixture.newCase(now: date), at: date)
  }

  /// A case reported and resolved at `ended`.
  static func resolvedCase(at ended: Date) throws -> CaseState {
    var state = try Self.reportedCase(at: ended.addingTimeInterval(-3_600))
    try state.apply(
      try state.assess(
        severity: .low, factors: [], by: "Délégué Orvanne",
        at: ended.addingTimeInterval(-60)))
    try state.apply(
      try state.resolve(outcome: "Classé", by: "Délégué Orvanne", at: ended))
    return state
  }

  @Test("a case is due the day its period has run, not the day before")
  func boundary() throws {
    let ended = Self.date("2020-06-15T10:00:00Z")
    let state = try Self.resolvedCase(at: ended)
    let policy = RetentionPolicy.standard
    #expect(policy.years == 5)
    #expect(
      !policy.isDue(
        state, at: Self.date("2025-06-15T09:59:00Z"), timeZone: Self.paris))
    #expect(
      policy.isDue(
        state, at: Self.date("2025-06-15T10:00:00Z"), timeZone: Self.paris))
  }

  @Test("an open case, a recent one and a purged one cannot be purged")
  func refusals() throws {
    let now = Self.date("2026-11-26T12:00:00Z")
    let open = try Self.reportedCase(at: Self.date("2015-01-05T10:00:00Z"))
    #expect(throws: DomainError.self) {
      _ = try open.purge(
        under: .standard, timeZone: Self.paris, by: "Admin", at: now)
    }
    let recent = try Self.resolvedCase(at: Self.date("2024-01-05T10:00:00Z"))
    #expect(throws: DomainError.self) {
      _ = try recent.purge(
        under: .standard, timeZone: Self.paris, by: "Admin", at: now)
    }
    var old = try Self.resolvedCase(at: Self.date("2019-01-05T10:00:00Z"))
    let event = try old.purge(
      under: .standard, timeZone: Self.paris, by: "Admin", at: now)
    #expect(event.change == .purged(retentionYears: 5))
    try old.apply(event)
    #expect(old.purgedAt == now)
    #expect(old.status == .resolved)
    #expect(throws: DomainError.self) {
      _ = try old.purge(
        under: .standard, timeZone: Self.paris, by: "Admin", at: now)
    }
  }

  @Test("a period outside 1 to 30 years is refused with the accepted range")
  func periods() throws {
    #expect(try RetentionPolicy(years: 1).years == 1)
    #expect(try RetentionPolicy(years: 30).years == 30)
    for years in [0, -1, 31] {
      do {
        _ = try RetentionPolicy(years: years)
        Issue.record("\(years) accepted")
      } catch {
        #expect(error.message.contains("from 1 to 30"))
      }
    }
  }
}
