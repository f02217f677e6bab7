import EgideCore
import EgideStore
import Foundation

/// Record the authority's ruling on an occultation request, or on its
/// appeal.
///
/// The notification day starts the two-month appeal window of a refusal
/// under COJ R111-13; it defaults to today. A final outcome moves the
/// measure to granted or refused.
public struct DecideOccultation: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/occultation-requests/{request}/ruling")

  /// The occultation request (`OC-000001`).
  public var request: String
  /// `granted` or `refused`.
  public var outcome: String
  /// When the ruling was notified, as typed (a day); nil for now.
  public var notified: String?

  /// A ruling to record.
  public init(request: String, outcome: String, notified: String? = nil) {
    self.request = request
    self.outcome = outcome
    self.notified = notified
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> OccultationDocument
  {
    let id = try Field.parse("request") {
      try OccultationID.parse(self.request)
    }
    let outcome = try Field.parse("outcome") {
      try OccultationOutcome.parse(self.outcome)
    }
    let now = service.now
    let configuration = service.configuration
    let notified = try Field.parse("notified") {
      try self.notified.map { text throws(DomainError) in
        try configuration.dates.parsePast(text, field: "notified", now: now)
          .start
      }
    }
    let access = try service.authorize(
      caller, .occultationDecide, on: .occultation(id))
    let decided = try access.registry.transaction { tx in
      try Field.parse("notified") {
        try tx.decideOccultation(
          id, outcome, notified: notified, by: access.actor, at: now)
      }
    }
    let reference = try access.registry.occultation(id).reference
    return OccultationDocument(
      decided, in: reference,
      beneficiaryCourt: try access.registry.persons([decided.beneficiary])
        .first?.court,
      now: now,
      identitiesRevealed: access.registry.revealsIdentities)
  }
}
