import EgideCore
import EgideStore
import Foundation

/// The signed, dated history of a case.
///
/// Notes, reasons and evidence addresses only with a purpose, written to
/// the access log first.
public struct CaseTimeline: DisclosingRequest {
  public static let endpoint = Endpoint(.get, "/v1/cases/{reference}/timeline")

  /// The case.
  public var reference: String
  /// Why the identities are needed; nil to keep them hidden.
  public var purpose: String?

  /// The history of a case, revealing identities when a purpose is given.
  public init(reference: String, purpose: String? = nil) {
    self.reference = reference
    self.purpose = purpose
  }

  /// The history.
  public struct Document: Codable, Sendable {
    /// The case.
    public var reference: String
    /// Its events, in order.
    public var events: [CaseDocument.Event]
    /// Whether notes and texts are the real ones rather than `[sealed]`.
    public var identitiesRevealed: Bool
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let reference = try Field.parse("reference") {
      try CaseReference.parse(self.reference)
    }
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(caller, .timeline, on: .case(reference))
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .show, purpose: purpose, cases: [reference],
          details: ["command": "timeline"])
      } ?? access.registry
    let state = try store.caseState(reference)
    let protections = try store.protectionRequests(
      of: state.measures.filter { $0.kind == .statutoryProtection }.map(\.id))
    let display = Display(timeZone: service.configuration.timeZone)
    return Document(
      reference: reference.description,
      events: state.events.map {
        CaseDocument.Event($0, display: display, protections: protections)
      },
      identitiesRevealed: store.revealsIdentities)
  }
}
