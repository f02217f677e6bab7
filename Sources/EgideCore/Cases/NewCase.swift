import Foundation

/// A case as a delegate describes it before it has a reference: validated
/// input for the `reported` event that opens a case.
public struct NewCase: Hashable, Sendable {
  /// A person targeted in the new case: someone already registered, or a
  /// person to register now.
  public enum Target: Hashable, Sendable {
    /// A person already in the registry, by identifier.
    case existing(PersonID)
    /// A person to register.
    case new(NewPerson)
  }

  /// A person to register with the case.
  public struct NewPerson: Hashable, Sendable {
    public var identity: PersonIdentity
    public var role: Role
    public var function: StaffFunction?

    /// Validates the name and that family members have no court function.
    public init(identity: PersonIdentity, role: Role, function: StaffFunction?)
      throws(DomainError)
    {
      var identity = identity
      identity.name = try TextRule.required(
        identity.name, field: "target name", limit: TextRule.shortLimit)
      if role == .family, let function {
        throw DomainError(
          .invalidValue,
          "function '\(function.rawValue)' given for a family member; a function is only accepted for judicial staff"
        )
      }
      self.identity = identity
      self.role = role
      self.function = function
    }
  }

  public var kinds: [IncidentKind]
  public var occurred: OccurrenceDate?
  public var channel: Channel
  public var platform: Platform?
  public var court: Court
  public var targets: [Target]
  public var reportedSeverity: Severity?
  public var factors: [RiskFactor]
  public var summary: String
  public var narrative: String?
  public var authors: [String]

  /// Validates a new case.
  ///
  /// - Throws: ``DomainError`` for no kind, no target, an empty or
  ///   oversized text, a platform on an offline channel, an occurrence in
  ///   the future, or a severity below what the risk factors imply.
  public init(
    kinds: [IncidentKind], occurred: OccurrenceDate?, channel: Channel,
    platform: Platform?, court: Court, targets: [Target],
    reportedSeverity: Severity?, factors: [RiskFactor], summary: String,
    narrative: String?, authors authorsRaw: [String], now: Date
  ) throws(DomainError) {
    guard !kinds.isEmpty else {
      throw DomainError(
        .invalidValue,
        "kind is missing; accepted: \(IncidentKind.acceptedValues.joined(separator: ", "))"
      )
    }
    guard !targets.isEmpty else {
      throw DomainError(
        .invalidValue,
        "target is missing; give {targets} (a name and a role) or {persons}")
    }
    if let platform, !channel.hasPlatforms {
      throw DomainError(
        .invalidValue,
        "platform '\(platform.rawValue)' given for channel '\(channel.rawValue)'; a platform is accepted only with channel social_network, messaging, broadcast, press or other"
      )
    }
    if let occurred, occurred.start > now {
      throw DomainError(
        .unacceptableValue,
        "occurred date is in the future; give a date up to today")
    }
    if let reportedSeverity {
      try CaseState.checkSeverity(
        reportedSeverity, against: CaseState.normalised(factors))
    }
    var seen = Set<Target>()
    self.targets = targets.filter { seen.insert($0).inserted }
    self.kinds = CaseState.normalised(kinds)
    self.occurred = occurred
    self.channel = channel
    self.platform = platform
    self.court = court
    self.reportedSeverity = reportedSeverity
    self.factors = CaseState.normalised(factors)
    self.summary = try TextRule.required(
      summary, field: "summary", limit: TextRule.lineLimit)
    self.narrative = try TextRule.optional(
      narrative, field: "narrative", limit: TextRule.longLimit)
    var authors: [String] = []
    for author in authorsRaw {
      let handle = try TextRule.required(
        author, field: "author", limit: TextRule.shortLimit)
      if !authors.contains(handle) { authors.append(handle) }
    }
    self.authors = authors
  }
}
