import EgideCore
import Foundation

/// The output of `egide exposure scan`: text for people, JSON as the
/// contract.
enum ExposureReport {
  /// The text report.
  static func text(
    decisions: [PublishedDecision], findings: [ExposureFinding],
    requests: [FiledRequest]
  ) -> String {
    var lines: [String] = []
    for finding in findings {
      let hit = finding.hit
      lines.append(
        "\(hit.person)  \(hit.confidence.rawValue)  cases: "
          + (finding.cases.isEmpty
            ? "none" : finding.cases.map(\.description).joined(separator: ", "))
      )
      if let name = finding.revealedName { lines.append("  name:     \(name)") }
      lines.append("  decision: \(decisionLabel(finding.decision))")
      lines.append("  passage:  \(hit.maskedPassage)")
      lines.append(
        "  why:      \(hit.reasons.joined(separator: "; "))"
          + (hit.mentions > 1 ? " (\(hit.mentions) mentions)" : ""))
    }
    for filed in requests {
      let request = filed.request
      lines.append(
        "requested: \(filed.reference) measure \(request.measure), \(request.id) for \(request.beneficiary) → \(request.authority) (\(request.route.legalBasis))"
      )
    }
    let people = Set(findings.map(\.hit.person)).count
    lines.append(
      findings.isEmpty
        ? "No registered person named in \(count(decisions.count, "decision"))."
        : "\(count(findings.count, "hit")) for \(count(people, "person", "persons")) in \(count(decisions.count, "decision"))."
    )
    return lines.joined(separator: "\n")
  }

  /// `file — Court (code) n° number, Judilibre id, date`.
  static func decisionLabel(_ decision: PublishedDecision) -> String {
    var text = decision.source
    if decision.position > 1 || decision.judilibreID != nil {
      text += " #\(decision.position)"
    }
    text +=
      " — "
      + (decision.court.map { "\($0.name) (\($0.code))" } ?? "court unknown")
    if let number = decision.number { text += ", n° \(number)" }
    if let id = decision.judilibreID { text += ", Judilibre \(id)" }
    if let day = decision.day { text += ", \(day)" }
    return text
  }

  private static func count(
    _ value: Int, _ singular: String, _ plural: String? = nil
  ) -> String {
    "\(value) " + (value == 1 ? singular : plural ?? singular + "s")
  }

  /// The JSON report: sorted keys, camelCase.
  static func json(
    decisions: [PublishedDecision], findings: [ExposureFinding],
    requests: [FiledRequest]
  ) throws -> String {
    let document = Document(
      decisions: decisions.enumerated().map { index, decision in
        DecisionJSON(
          source: decision.source, position: decision.position,
          court: decision.court?.code, number: decision.number,
          judilibreId: decision.judilibreID, date: decision.day,
          hits: findings.filter { $0.hit.decision == index }.map { finding in
            HitJSON(
              person: finding.hit.person.description,
              cases: finding.cases.map(\.description),
              passage: finding.hit.maskedPassage,
              confidence: finding.hit.confidence.rawValue,
              reasons: finding.hit.reasons, mentions: finding.hit.mentions,
              name: finding.revealedName)
          })
      },
      requests: requests.map { filed in
        RequestJSON(
          case: filed.reference.description,
          measure: filed.request.measure.description,
          occultation: filed.request.id.description,
          person: filed.request.beneficiary.description,
          authority: filed.request.authority,
          legalBasis: filed.request.route.legalBasis,
          route: filed.request.route.rawValue,
          decisions: filed.request.decisions.map(\.label))
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [
      .sortedKeys, .prettyPrinted, .withoutEscapingSlashes,
    ]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }

  private struct Document: Encodable {
    var decisions: [DecisionJSON]
    var requests: [RequestJSON]
  }

  private struct DecisionJSON: Encodable {
    var source: String
    var position: Int
    var court: String?
    var number: String?
    var judilibreId: String?
    var date: String?
    var hits: [HitJSON]
  }

  private struct HitJSON: Encodable {
    var person: String
    var cases: [String]
    var passage: String
    var confidence: String
    var reasons: [String]
    var mentions: Int
    var name: String?
  }

  private struct RequestJSON: Encodable {
    var `case`: String
    var measure: String
    var occultation: String
    var person: String
    var authority: String
    var legalBasis: String
    var route: String
    var decisions: [String]
  }
}
