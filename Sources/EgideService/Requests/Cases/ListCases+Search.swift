import EgideCore
import EgideStore
import Foundation

extension ListCases {
  /// Narrows `query` to the cases of the user's scope whose summary,
  /// narrative, notes or persons' names hold every word of `text`, case
  /// and accents folded.
  ///
  /// The words are looked for in the sealed texts of every case the
  /// filters select, inside the service; only the cases found are listed,
  /// and the access log records one `case_search` entry per case found
  /// (one without a case when none is) before any is. The words are not
  /// logged: they may be a name.
  ///
  /// - Throws: ``DomainError`` naming `search` for no word, or `purpose`
  ///   when none is given; ``AccessRefusal`` for a user who may not
  ///   reveal identities.
  static func search(
    _ text: String, in query: inout CaseQuery, purpose: String?,
    access: Authorized
  ) throws {
    let text = try Field.parse("search") {
      try TextRule.required(text, field: "search", limit: TextRule.lineLimit)
    }
    let words = Suggestion.fold(text).split(separator: " ").map(String.init)
    guard let purpose else {
      throw DomainError(
        .invalidValue,
        "{search} reads the names and texts of the cases: give {purpose} TEXT saying why, which the access log records",
        field: "purpose")
    }
    try access.require(.revealIdentities)
    try access.registry.requireKey()
    let reading = access.registry.revealing()
    var scan = query
    scan.offset = 0
    scan.limit = nil
    var found: [CaseReference] = []
    for listing in try reading.list(scan) {
      let reference = listing.reference
      let state = try reading.caseState(reference)
      let persons = try reading.persons(state.report.targets)
      var texts = [state.report.summary]
      texts += state.report.narrative.map { [$0] } ?? []
      texts += persons.map { person in person.identity.name }
      for event in state.events {
        if case .noted(let note) = event.change { texts.append(note) }
      }
      let folded = Suggestion.fold(texts.joined(separator: "\n"))
      if words.allSatisfy({ folded.contains($0) }) { found.append(reference) }
    }
    _ = try access.reveal(
      .caseSearch, purpose: purpose,
      cases: found.isEmpty ? [nil] : found.map(Optional.some),
      details: ["command": "list --search", "found": String(found.count)])
    query.references = found
  }
}
