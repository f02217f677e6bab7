import EgideCore
import EgideStore
import Foundation

/// A case in full: its people, links, deadlines, measures and history.
///
/// The people come with their other cases, and the measures with their
/// notices. Names and free text only with a purpose, written to the access
/// log first.
public struct ShowCase: DisclosingRequest {
  public static let endpoint = Endpoint(.get, "/v1/cases/{reference}")

  /// The case.
  public var reference: String
  /// Why the identities are needed; nil to keep them hidden.
  public var purpose: String?

  /// Shows a case, revealing identities when a purpose is given.
  public init(reference: String, purpose: String? = nil) {
    self.reference = reference
    self.purpose = purpose
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseDocument
  {
    let reference = try Field.parse("reference") {
      try CaseReference.parse(self.reference)
    }
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(caller, .show, on: .case(reference))
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .show, purpose: purpose, cases: [reference],
          details: ["command": "show"])
      } ?? access.registry
    let state = try store.caseState(reference)
    let persons = try store.persons(state.report.targets)
    var others: [PersonID: [CaseReference]] = [:]
    for person in persons {
      // A scoped user learns of the person's other cases within the scope.
      others[person.id] = try store.cases(targeting: person.id).filter {
        try access.sees(case: $0)
      }
    }
    let links = try CaseLinks.load(
      state, from: store, visible: { try access.sees(case: $0) },
      warn: { service.note(.warning($0)) })
    let notices = try state.measures.filter { $0.kind == .contentTakedown }
      .flatMap { try store.notices(of: $0.id) }
    return CaseDocument(
      state, persons: persons, otherCases: others, links: links,
      notices: notices,
      protections: try store.protectionRequests(
        of: state.measures.filter { $0.kind == .statutoryProtection }.map(\.id)),
      occultations: try store.occultationRequests(
        on: state.measures.filter { $0.kind == .openDataOccultation }.map(\.id)
      ),
      display: Display(timeZone: service.configuration.timeZone),
      now: access.now, identitiesRevealed: store.revealsIdentities)
  }
}
