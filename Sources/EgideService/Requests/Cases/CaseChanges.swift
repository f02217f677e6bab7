import EgideCore
import EgideStore
import Foundation

/// What a change to a case answers: the event recorded, in one line.
public struct CaseChangeReceipt: Codable, Sendable, Equatable {
  /// The case.
  public var reference: String
  /// The event's number in the case's history.
  public var sequence: Int
  /// The kind of change (`assessed`, `noted`…).
  public var change: String
  /// What changed, in one line (free text left out).
  public var description: String

  init(_ reference: CaseReference, _ event: CaseEvent, display: Display) {
    self.reference = reference.description
    sequence = event.sequence
    change = event.change.name
    description = ChangeDescription.line(event.change, display: display)
  }
}

/// The common path of the requests that change one case: parse the
/// reference, check the caller, decide and record in one transaction.
enum CaseChangeRun {
  static func run(
    _ text: String, _ permission: Permission, on service: EgideService,
    as caller: Caller, checking check: (Authorized) throws -> Void = { _ in },
    _ decide: (CaseState, _ actor: String, _ now: Date) throws -> CaseEvent
  ) throws -> CaseChangeReceipt {
    let reference = try Field.parse("reference") {
      try CaseReference.parse(text)
    }
    let access = try service.authorize(caller, permission, on: .case(reference))
    try check(access)
    let now = access.now
    let event = try access.registry.transaction { tx in
      try tx.record(reference) { state in try decide(state, access.actor, now) }
    }
    return CaseChangeReceipt(
      reference, event,
      display: Display(timeZone: service.configuration.timeZone))
  }
}

/// Set a case's severity and risk factors, as a security officer assesses
/// them.
public struct AssessCase: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/assessment")
  /// The case.
  public var reference: String
  /// `low`, `moderate`, `high` or `critical`.
  public var severity: String
  /// The risk factors.
  public var factors: [String]

  /// An assessment.
  public init(reference: String, severity: String, factors: [String] = []) {
    self.reference = reference
    self.severity = severity
    self.factors = factors
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    let severity = try Field.parse("severity") {
      try Severity.parse(self.severity)
    }
    let factors = try Field.parse("factors") {
      try self.factors.flatMap(ValueList.split).map {
        value throws(DomainError) in
        try RiskFactor.parse(value)
      }
    }
    return try CaseChangeRun.run(reference, .assess, on: service, as: caller) {
      state, actor, now in
      try state.assess(severity: severity, factors: factors, by: actor, at: now)
    }
  }
}

/// Escalate a case to an authority.
public struct EscalateCase: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/escalations")
  /// The case.
  public var reference: String
  /// The level: `head_of_court`, `head_of_appeal_court`, `ministry`,
  /// `law_enforcement` or `prosecution`.
  public var to: String
  /// Why (sealed).
  public var reason: String
  /// The authority addressed, by function.
  public var authority: String?

  /// An escalation.
  public init(
    reference: String, to: String, reason: String, authority: String? = nil
  ) {
    self.reference = reference
    self.to = to
    self.reason = reason
    self.authority = authority
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    let level = try Field.parse("to") { try EscalationLevel.parse(to) }
    return try CaseChangeRun.run(reference, .escalate, on: service, as: caller)
    {
      state, actor, now in
      try Field.parse("reason") {
        try state.escalate(
          to: level, authority: authority, reason: reason, by: actor, at: now)
      }
    }
  }
}

/// Give a case to a user who may see it, to follow.
public struct AssignCase: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/assignment")
  /// The case.
  public var reference: String
  /// The user who follows it.
  public var to: String

  /// An assignment.
  public init(reference: String, to: String) {
    self.reference = reference
    self.to = to
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    try CaseChangeRun.run(
      reference, .assign, on: service, as: caller,
      checking: { access in
        try Field.parse("to") {
          try AccessPolicy.checkAssignee(
            to.trimmingWhitespaceAndNewlines(), among: access.users,
            at: access.location)
        }
      },
      { state, actor, now in
        try Field.parse("to") { try state.assign(to: to, by: actor, at: now) }
      })
  }
}

/// Add a note to a case.
public struct NoteCase: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/notes", successStatus: 201)
  /// The case.
  public var reference: String
  /// The note (sealed).
  public var text: String

  /// A note.
  public init(reference: String, text: String) {
    self.reference = reference
    self.text = text
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    try CaseChangeRun.run(reference, .note, on: service, as: caller) {
      state, actor, now in
      try Field.parse("text") { try state.note(text, by: actor, at: now) }
    }
  }
}

/// Resolve a case followed to its end.
public struct ResolveCase: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/resolution")
  /// The case.
  public var reference: String
  /// How it ended (sealed).
  public var outcome: String

  /// A resolution.
  public init(reference: String, outcome: String) {
    self.reference = reference
    self.outcome = outcome
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    try CaseChangeRun.run(reference, .resolve, on: service, as: caller) {
      state, actor, now in
      try Field.parse("outcome") {
        try state.resolve(outcome: outcome, by: actor, at: now)
      }
    }
  }
}

/// Close a case without action: unfounded, withdrawn, or a duplicate of
/// another.
public struct CloseCase: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/cases/{reference}/closure")
  /// The case.
  public var reference: String
  /// `unfounded`, `withdrawn` or `duplicate`.
  public var reason: String
  /// The case this one repeats, for a duplicate.
  public var duplicateOf: String?

  /// A closure.
  public init(reference: String, reason: String, duplicateOf: String? = nil) {
    self.reference = reference
    self.reason = reason
    self.duplicateOf = duplicateOf
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    let reference = try Field.parse("reference") {
      try CaseReference.parse(self.reference)
    }
    let reason = try Field.parse("reason") {
      try ClosureReason.parse(self.reason)
    }
    let original = try Field.parse("duplicateOf") {
      try duplicateOf.map { text throws(DomainError) in
        try CaseReference.parse(text, field: "duplicate-of")
      }
    }
    let access = try service.authorize(caller, .close, on: .case(reference))
    let now = access.now
    let event = try access.registry.transaction { tx in
      if let original, original != reference, try !tx.exists(original) {
        throw DomainError(
          .notFound,
          "duplicate-of \(original) is not a case of this registry; give the reference of the case this one repeats",
          field: "duplicateOf")
      }
      // The case repeated must stand: two cases closed as duplicates of
      // each other would leave no case to follow.
      if let original, original != reference,
        let standing = try tx.state(of: original).duplicateOf
      {
        throw DomainError(
          .forbiddenTransition,
          "duplicate-of \(original) is itself closed as a duplicate of \(standing); give {duplicateOf} \(standing)",
          field: "duplicateOf")
      }
      return try tx.record(reference) { state in
        try Field.parse("duplicateOf") {
          try state.close(
            reason: reason, duplicateOf: original, by: access.actor, at: now)
        }
      }
    }
    return CaseChangeReceipt(
      reference, event,
      display: Display(timeZone: service.configuration.timeZone))
  }
}

/// Reopen a resolved or closed case.
public struct ReopenCase: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/reopening")
  /// The case.
  public var reference: String
  /// Why (sealed).
  public var reason: String

  /// A reopening.
  public init(reference: String, reason: String) {
    self.reference = reference
    self.reason = reason
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CaseChangeReceipt
  {
    try CaseChangeRun.run(reference, .reopen, on: service, as: caller) {
      state, actor, now in
      try Field.parse("reason") {
        try state.reopen(reason: reason, by: actor, at: now)
      }
    }
  }
}
