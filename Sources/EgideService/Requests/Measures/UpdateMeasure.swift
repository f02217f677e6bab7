import EgideCore
import EgideStore
import Foundation

/// Move a measure to a new status, as the authority decided or as it was
/// carried out.
///
/// requested → granted | partially_granted | refused | in_place |
/// withdrawn; granted, partially_granted → in_place | withdrawn;
/// in_place → lifted.
public struct UpdateMeasure: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/measures/{measure}/status")

  /// The measure (`M-000003`).
  public var measure: String
  /// The new status.
  public var status: String
  /// A note on the decision (sealed).
  public var note: String?
  /// For a protection fonctionnelle decided (granted, partially granted or
  /// refused): the day of the decision, nil for today.
  public var decidedOn: String?
  /// The facts the protection covers (sealed).
  public var facts: String?
  /// How long it lasts (sealed).
  public var duration: String?
  /// The lawyer the person chose (sealed).
  public var lawyer: String?

  /// A new status for a measure.
  public init(
    measure: String, status: String, note: String? = nil,
    decidedOn: String? = nil, facts: String? = nil, duration: String? = nil,
    lawyer: String? = nil
  ) {
    self.measure = measure
    self.status = status
    self.note = note
    self.decidedOn = decidedOn
    self.facts = facts
    self.duration = duration
    self.lawyer = lawyer
  }

  /// The measure's new status.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The case the measure belongs to.
    public var reference: String
    /// The measure.
    public var measure: String
    /// Its new status.
    public var status: String
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let id = try Field.parse("measure") { try MeasureID.parse(self.measure) }
    let status = try Field.parse("status") {
      try MeasureStatus.parse(self.status)
    }
    let now = service.now
    let configuration = service.configuration
    let decision = ProtectionDecision(
      facts: try Field.parse("facts") {
        try TextRule.optional(facts, field: "facts", limit: TextRule.longLimit)
      },
      duration: try Field.parse("duration") {
        try TextRule.optional(
          duration, field: "duration", limit: TextRule.shortLimit)
      },
      lawyer: try Field.parse("lawyer") {
        try TextRule.optional(
          lawyer, field: "lawyer", limit: TextRule.shortLimit)
      })
    let decidedDay = try Field.parse("decidedOn") {
      try self.decidedOn.map { text throws(DomainError) in
        try DecisionReference.day(
          text, dates: configuration.dates, now: now, field: "decided on")
      }
    }
    let decides = [.granted, .partiallyGranted, .refused].contains(status)
    if !decides, decidedDay != nil || !decision.isEmpty {
      throw DomainError(
        .invalidValue,
        "status '\(status.rawValue)' is not a decision; a decision's day, facts, duration and lawyer go with granted, partially_granted or refused",
        field: "status")
    }
    let access = try service.authorize(caller, .measureUpdate, on: .measure(id))
    let reference = try access.registry.transaction { tx in
      let reference = try Field.parse("note") {
        try tx.updateMeasure(
          id, to: status, note: note, by: access.actor, at: now)
      }
      // A protection fonctionnelle keeps what its decision says; other
      // measures refuse the details by name.
      if decides,
        try tx.hasProtectionRequest(id) || decidedDay != nil
          || !decision.isEmpty
      {
        try Field.parse("decidedOn") {
          try tx.recordProtectionDecision(
            for: id, status: status,
            decidedOn: decidedDay
              ?? OccurrenceDate(start: now, precision: .day).formatted(
                in: configuration.timeZone),
            decision: decision, by: access.actor, at: now)
        }
      }
      return reference
    }
    return Receipt(
      reference: reference.description, measure: id.description,
      status: status.rawValue)
  }
}
