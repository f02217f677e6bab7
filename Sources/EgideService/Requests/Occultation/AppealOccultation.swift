import EgideCore
import EgideStore
import Foundation

/// Record the appeal of a refused occultation request, within its window.
///
/// Only a refusal under COJ R111-13 may be appealed, once, and only until
/// the last day of the two months from its notification.
public struct AppealOccultation: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/occultation-requests/{request}/appeal")

  /// The occultation request (`OC-000001`).
  public var request: String

  /// An appeal to record.
  public init(request: String) { self.request = request }

  public func run(on service: EgideService, as caller: Caller) throws
    -> OccultationDocument
  {
    let id = try Field.parse("request") {
      try OccultationID.parse(self.request)
    }
    let access = try service.authorize(
      caller, .occultationAppeal, on: .occultation(id))
    let now = access.now
    let appealed = try access.registry.transaction { tx in
      try tx.appealOccultation(id, by: access.actor, at: now)
    }
    let reference = try access.registry.occultation(id).reference
    return OccultationDocument(
      appealed, in: reference,
      beneficiaryCourt: try access.registry.persons([appealed.beneficiary])
        .first?.court,
      now: now,
      identitiesRevealed: access.registry.revealsIdentities)
  }
}
