import EgideCore
import EgideStore
import Foundation

/// An occultation request: its authority, legal basis, decisions, status
/// and appeal window.
///
/// The decisions' numbers and Judilibre identifiers only with a purpose,
/// written to the access log first.
public struct ShowOccultation: DisclosingRequest {
  public static let endpoint = Endpoint(
    .get, "/v1/occultation-requests/{request}")

  /// The occultation request (`OC-000001`).
  public var request: String
  /// Why the identifiers are needed; nil to keep them hidden.
  public var purpose: String?

  /// Shows a request, revealing its identifiers when a purpose is given.
  public init(request: String, purpose: String? = nil) {
    self.request = request
    self.purpose = purpose
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> OccultationDocument
  {
    let id = try Field.parse("request") {
      try OccultationID.parse(self.request)
    }
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(
      caller, .occultationShow, on: .occultation(id))
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .occultation, purpose: purpose,
          cases: [access.location?.reference],
          details: ["request": id.description])
      } ?? access.registry
    let (request, reference) = try store.occultation(id)
    return OccultationDocument(
      request, in: reference,
      beneficiaryCourt: try store.persons([request.beneficiary]).first?.court,
      now: access.now, identitiesRevealed: store.revealsIdentities)
  }
}
