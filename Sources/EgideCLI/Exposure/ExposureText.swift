import EgideService

/// The text of `egide exposure scan`, for people, from the document the
/// service answers.
enum ExposureText {
  /// The hits, the requests filed, and a count.
  static func render(_ document: ExposureDocument) -> String {
    var lines: [String] = []
    var people: Set<String> = []
    var hits = 0
    for decision in document.decisions {
      for hit in decision.hits {
        hits += 1
        people.insert(hit.person)
        lines.append(
          "\(hit.person)  \(hit.confidence)  cases: "
            + (hit.cases.isEmpty ? "none" : hit.cases.joined(separator: ", ")))
        if let name = hit.name { lines.append("  name:     \(name)") }
        lines.append("  decision: \(decision.label)")
        if let doubt = decision.courtDoubt {
          lines.append("  court:    not certain: \(doubt)")
        }
        lines.append("  passage:  \(hit.passage)")
        lines.append(
          "  why:      \(hit.reasons.joined(separator: "; "))"
            + (hit.mentions > 1 ? " (\(hit.mentions) mentions)" : ""))
      }
    }
    for request in document.requests {
      lines.append(
        "requested: \(request.case) measure \(request.measure), \(request.occultation) for \(request.person) → \(request.authority) (\(request.legalBasis))"
      )
    }
    for skipped in document.notFiled {
      lines.append(
        "not requested: \(skipped.person) in \(skipped.decision): \(skipped.reason)"
      )
    }
    let decisions = document.decisions.count
    lines.append(
      hits == 0
        ? "No registered person named in \(count(decisions, "decision"))."
        : "\(count(hits, "hit")) for \(count(people.count, "person", "persons")) in \(count(decisions, "decision"))."
    )
    return lines.joined(separator: "\n")
  }

  private static func count(
    _ value: Int, _ singular: String, _ plural: String? = nil
  ) -> String {
    "\(value) " + (value == 1 ? singular : plural ?? singular + "s")
  }
}
