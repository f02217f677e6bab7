import EgideCore
import EgideStore
import Foundation

/// Request a protective measure in a case, from the authority that
/// decides it.
///
/// The beneficiary defaults to the first person targeted in the case; a
/// due day stands for 23:59 of that day in the time zone of the case's
/// court (a time given is read in the registry's time zone).
public struct RequestMeasure: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/measures", successStatus: 201)

  /// The case.
  public var reference: String
  /// The kind of measure (`police_protection`, `content_takedown`…).
  public var kind: String
  /// The authority the request is addressed to.
  public var authority: String
  /// When a decision is due, as typed: a day (its end) or a time.
  public var due: String?
  /// The person protected (`P-000012`); nil for the first target.
  public var beneficiary: String?
  /// For a `statutory_protection` measure, the day of the written request
  /// (`YYYY-MM-DD` or `DD/MM/YYYY`, not after today); nil for today.
  public var requestedOn: String?

  /// A measure to request.
  public init(
    reference: String, kind: String, authority: String, due: String? = nil,
    beneficiary: String? = nil, requestedOn: String? = nil
  ) {
    self.reference = reference
    self.kind = kind
    self.authority = authority
    self.due = due
    self.beneficiary = beneficiary
    self.requestedOn = requestedOn
  }

  /// The measure requested.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The case.
    public var reference: String
    /// The new measure's identifier.
    public var measure: String
    /// Its kind.
    public var kind: String
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let reference = try Field.parse("reference") {
      try CaseReference.parse(self.reference)
    }
    let kind = try Field.parse("kind") { try MeasureKind.parse(self.kind) }
    // Checked before anything is read; a day alone is read again in the
    // court's time zone once the case is known.
    _ = try Field.parse("due") {
      try self.due.map { text throws(DomainError) in
        try TypedInstant.deadline(
          text, field: "due", in: service.configuration)
      }
    }
    let beneficiary = try Field.parse("beneficiary") {
      try self.beneficiary.map { text throws(DomainError) in
        try PersonID.parse(text)
      }
    }
    let now = service.now
    let configuration = service.configuration
    // A protection fonctionnelle is asked in writing on a day, and its
    // silence becomes a refusal two months later (ProtectionRequest).
    let requestedOn = try Field.parse("requestedOn") {
      () throws(DomainError) -> String? in
      guard kind == .statutoryProtection else {
        guard let text = self.requestedOn else { return nil }
        throw DomainError(
          .invalidValue,
          "requested on '\(text)' is for a statutory_protection measure (the day of the written request); a \(kind.rawValue) measure takes no such day"
        )
      }
      guard let text = self.requestedOn else {
        return OccurrenceDate(start: now, precision: .day).formatted(
          in: configuration.timeZone)
      }
      return try DecisionReference.day(
        text, dates: configuration.dates, now: now, field: "requested on")
    }
    let access = try service.authorize(
      caller, .measureRequest, on: .case(reference))
    // The case's own rules (an authority given, a beneficiary it targets,
    // a due date not passed) refuse with messages naming the value.
    let id = try access.registry.transaction { tx in
      let court = try tx.state(of: reference).report.court
      var due = try self.due.map { text throws(DomainError) in
        try TypedInstant.deadline(
          text, field: "due", in: service.configuration, court: court)
      }
      // Without a due date, a protection fonctionnelle is due when its
      // silence becomes a refusal, at the end of that day in the court's
      // time; a request recorded after that day has no due date left (it
      // shows as refused by silence).
      if due == nil, let requestedOn {
        let silence = try TypedInstant.deadline(
          ProtectionRequest.twoMonths(after: requestedOn), field: "due",
          in: service.configuration, court: court)
        due = silence > now ? silence : nil
      }
      return try tx.requestMeasure(
        in: reference, kind: kind, authority: authority, due: due,
        beneficiary: beneficiary, protectionRequestedOn: requestedOn,
        by: access.actor, at: now)
    }
    return Receipt(
      reference: reference.description, measure: id.description,
      kind: kind.rawValue)
  }
}
