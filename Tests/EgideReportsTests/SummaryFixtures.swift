import EgideCore
import EgideTestSupport
import Foundation

@testable import EgideReports

/// Invented case facts for summary tests: no person, only facts.
enum SummaryFixtures {
  static let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt

  static func date(_ text: String) -> Date {
    // Test inputs are literals known to parse; a typo shows as 1970.
    (try? DateInput(timeZone: paris).parse(text, field: "fixture").start)
      ?? Date(timeIntervalSince1970: 0)
  }

  static func facts(
    reported: String, kinds: [IncidentKind] = [.threat],
    roles: [RoleCategory] = [.siege], district: String? = "ca_paris",
    channel: Channel = .socialNetwork, platform: Platform? = .x,
    severity: Severity? = .high, assessed: String? = nil,
    escalations: [(EscalationLevel, String)] = [],
    endings: [(CaseFacts.Ending, String)] = [],
    measures: [CaseFacts.MeasureFacts] = []
  ) -> CaseFacts {
    let reportedAt = date(reported)
    return CaseFacts(
      reportedAt: reportedAt, kinds: kinds, roleCategories: roles,
      appealCourt: district, channel: channel, platform: platform,
      severity: severity,
      assessmentDue: reportedAt.addingTimeInterval(3 * 86_400),
      assessedAt: assessed.map(date),
      escalations: escalations.map { ($0.0, date($0.1)) },
      endings: endings.map { ($0.0, date($0.1)) }, measures: measures)
  }

  /// `count` random cases over 2026, skewed towards a few districts and
  /// kinds so that both small and large cells occur.
  static func random(count: Int, seed: UInt64) -> [CaseFacts] {
    var rng = SeededGenerator(state: seed)
    let start = date("2026-01-01")
    let districts = ["ca_paris", "ca_douai", "ca_lyon", "ca_agen", "ca_riom"]
    return (0..<count).map { _ in
      let reportedAt = start.addingTimeInterval(
        Double.random(in: 0..<(364 * 86_400), using: &rng))
      let kinds = Array(
        Set(
          (0..<Int.random(in: 1...2, using: &rng)).map { _ in
            IncidentKind.allCases[
              min(
                Int.random(in: 0..<4, using: &rng)
                  * Int.random(in: 0..<4, using: &rng),
                IncidentKind.allCases.count - 1)]
          }))
      var endings: [(CaseFacts.Ending, Date)] = []
      if Bool.random(using: &rng) {
        endings.append(
          (
            Bool.random(using: &rng) ? .resolved : .closed(.unfounded),
            reportedAt.addingTimeInterval(
              Double.random(in: 86_400..<(90 * 86_400), using: &rng))
          ))
      }
      var measures: [CaseFacts.MeasureFacts] = []
      if Int.random(in: 0..<3, using: &rng) == 0 {
        let requested = reportedAt.addingTimeInterval(86_400)
        measures.append(
          CaseFacts.MeasureFacts(
            kind: MeasureKind.allCases.randomElement(using: &rng) ?? .other,
            requestedAt: requested,
            due: requested.addingTimeInterval(10 * 86_400),
            changes: Bool.random(using: &rng)
              ? [(.granted, requested.addingTimeInterval(5 * 86_400))] : []))
      }
      return CaseFacts(
        reportedAt: reportedAt, kinds: kinds,
        roleCategories: [
          RoleCategory.allCases.randomElement(using: &rng) ?? .siege
        ],
        appealCourt: districts[
          min(
            Int.random(in: 0..<3, using: &rng)
              + Int.random(in: 0..<3, using: &rng), districts.count - 1)],
        channel: Channel.allCases.randomElement(using: &rng) ?? .other,
        platform: Bool.random(using: &rng) ? .x : nil,
        severity: Severity.allCases.randomElement(using: &rng),
        assessmentDue: reportedAt.addingTimeInterval(3 * 86_400),
        assessedAt: reportedAt.addingTimeInterval(
          Double.random(in: 3_600..<(8 * 86_400), using: &rng)),
        escalations: Bool.random(using: &rng)
          ? [(.headOfCourt, reportedAt.addingTimeInterval(2 * 86_400))] : [],
        endings: endings, measures: measures)
    }
  }
}
