import EgideCore
import EgideStore
import Foundation

/// File the occultation request of an open_data_occultation measure:
/// hide the person's identity in a published decision.
///
/// The deciding authority follows the law, from the decision's court and
/// the person's relation to it (derived from the court where they serve,
/// unless given): the president of that court for its own members (COJ
/// R111-12), else a magistrate of the Cour de cassation (COJ R111-13);
/// the president of the formation for an administrative court (CJA
/// R741-14).
public struct RequestOccultation: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/measures/{measure}/occultation-requests", successStatus: 201)

  /// The open_data_occultation measure (`M-000003`).
  public var measure: String
  /// The court that rendered the decision: a code or an unambiguous name.
  public var decisionCourt: String
  /// The decision's case number (RG, pourvoi) (sealed).
  public var decisionNumber: String?
  /// The decision's Judilibre identifier (sealed).
  public var judilibreId: String?
  /// The day of the decision, as typed.
  public var decisionDate: String?
  /// `member` (serves at that court) or `other`; nil to derive it.
  public var relation: String?

  /// An occultation request.
  public init(
    measure: String, decisionCourt: String, decisionNumber: String? = nil,
    judilibreId: String? = nil, decisionDate: String? = nil,
    relation: String? = nil
  ) {
    self.measure = measure
    self.decisionCourt = decisionCourt
    self.decisionNumber = decisionNumber
    self.judilibreId = judilibreId
    self.decisionDate = decisionDate
    self.relation = relation
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> OccultationDocument
  {
    let measure = try Field.parse("measure") {
      try MeasureID.parse(self.measure)
    }
    let court = try Field.parse("decisionCourt") {
      try CourtDirectory.shared.resolve(decisionCourt, field: "decision court")
    }
    let now = service.now
    let day = try Field.parse("decisionDate") {
      try decisionDate.map { text throws(DomainError) in
        try DecisionReference.day(
          text, dates: service.configuration.dates, now: now)
      }
    }
    let decision = try Self.decision(
      court: court, day: day, number: decisionNumber, judilibreId: judilibreId
    )
    let relation = try Field.parse("relation") {
      try self.relation.map { text throws(DomainError) in
        try OccultationRelation.parse(text)
      }
    }
    let access = try service.authorize(
      caller, .occultationRequest, on: .measure(measure))
    // Opens the decisions to compare them with those already requested;
    // the answer holds only the decision given here.
    let request = try access.registry.revealing().transaction { tx in
      try tx.fileOccultation(
        on: measure, decisions: [decision], relation: relation,
        by: access.actor, at: now)
    }
    let reference = try access.registry.occultation(request.id).reference
    return OccultationDocument(
      request, in: reference,
      beneficiaryCourt: try access.registry.persons([request.beneficiary])
        .first?.court,
      now: now, identitiesRevealed: true)
  }

  /// The decision named, each identifier's refusal naming its field.
  private static func decision(
    court: Court, day: String?, number: String?, judilibreId: String?
  ) throws -> DecisionReference {
    // Checked one at a time first, so that a refusal names the field.
    _ = try Field.parse("decisionNumber") {
      try number.map { text throws(DomainError) in
        try DecisionReference(court: court, number: text)
      }
    }
    _ = try Field.parse("judilibreId") {
      try judilibreId.map { text throws(DomainError) in
        try DecisionReference(court: court, judilibreID: text)
      }
    }
    // Neither given: the refusal asks for the case number first.
    return try Field.parse("decisionNumber") {
      try DecisionReference(
        court: court, day: day, number: number, judilibreID: judilibreId)
    }
  }
}
