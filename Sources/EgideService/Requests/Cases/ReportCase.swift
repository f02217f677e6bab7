import EgideCore
import EgideStore
import Foundation

/// Log a new case: what happened, to whom, where, as the reporter knows it.
///
/// The case is signed by the caller and dated by the service's clock; its
/// assessment deadline counts from then.
public struct ReportCase: ServiceRequest {
  /// A person to register with the case.
  public struct Target: Codable, Sendable, Hashable {
    /// The person's name (sealed).
    public var name: String
    /// `judge`, `prosecutor`, `clerk`, `staff`, `trainee` or `family`.
    public var role: String
    /// The function at their court (`jld`), if any.
    public var function: String?

    /// A person to register.
    public init(name: String, role: String, function: String? = nil) {
      self.name = name
      self.role = role
      self.function = function
    }
  }

  public static let endpoint = Endpoint(.post, "/v1/cases", successStatus: 201)

  /// What happened: one or more incident kinds.
  public var kinds: [String]
  /// When it happened, as typed (a day, a minute or a month), read in the
  /// registry's time zone.
  public var occurred: String?
  /// How it reached the person.
  public var channel: String
  /// The platform, for online channels.
  public var platform: String?
  /// The court: a code or an unambiguous name.
  public var court: String
  /// Persons to register.
  public var targets: [Target]
  /// Persons already registered, by identifier.
  public var persons: [String]
  /// The reporter's estimate of the severity.
  public var severity: String?
  /// Risk factors.
  public var factors: [String]
  /// One line saying what happened (sealed).
  public var summary: String
  /// The full account (sealed).
  public var narrative: String?
  /// Handles or names of the authors (sealed).
  public var authors: [String]

  /// A report.
  public init(
    kinds: [String], occurred: String? = nil, channel: String,
    platform: String? = nil, court: String, targets: [Target] = [],
    persons: [String] = [], severity: String? = nil, factors: [String] = [],
    summary: String, narrative: String? = nil, authors: [String] = []
  ) {
    self.kinds = kinds
    self.occurred = occurred
    self.channel = channel
    self.platform = platform
    self.court = court
    self.targets = targets
    self.persons = persons
    self.severity = severity
    self.factors = factors
    self.summary = summary
    self.narrative = narrative
    self.authors = authors
  }

  enum CodingKeys: String, CodingKey {
    case kinds, occurred, channel, platform, court, targets, persons
    case severity, factors, summary, narrative, authors
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    kinds = try container.decode([String].self, forKey: .kinds)
    occurred = try container.decodeIfPresent(String.self, forKey: .occurred)
    channel = try container.decode(String.self, forKey: .channel)
    platform = try container.decodeIfPresent(String.self, forKey: .platform)
    court = try container.decode(String.self, forKey: .court)
    targets =
      try container.decodeIfPresent([Target].self, forKey: .targets) ?? []
    persons =
      try container.decodeIfPresent([String].self, forKey: .persons) ?? []
    severity = try container.decodeIfPresent(String.self, forKey: .severity)
    factors =
      try container.decodeIfPresent([String].self, forKey: .factors) ?? []
    summary = try container.decode(String.self, forKey: .summary)
    narrative = try container.decodeIfPresent(String.self, forKey: .narrative)
    authors =
      try container.decodeIfPresent([String].self, forKey: .authors) ?? []
  }

  /// The new case's reference, and the persons linked to earlier records.
  public struct Receipt: Codable, Sendable, Equatable {
    /// A person of the report found already registered (same name, role
    /// and court) and linked to their record.
    public struct LinkedPerson: Codable, Sendable, Equatable {
      /// The person.
      public var person: String
      /// Their earlier cases the caller may see.
      public var earlierCases: [String]
    }
    /// The new case.
    public var reference: String
    /// The persons linked.
    public var linkedPersons: [LinkedPerson]
  }

  /// Checks every field against the domain's rules, with the registry's
  /// court list and time zone; `court` is the court already found, if
  /// it was.
  func newCase(
    _ configuration: ServiceConfiguration, now: Date, court: Court? = nil
  ) throws -> NewCase {
    let kinds = try Field.parse("kinds") {
      try self.kinds.flatMap(ValueList.split).map { value throws(DomainError) in
        try IncidentKind.parse(value)
      }
    }
    let channel = try Field.parse("channel") { try Channel.parse(self.channel) }
    let platform = try Field.parse("platform") {
      try self.platform.map { value throws(DomainError) in
        try Platform.parse(value)
      }
    }
    let court = try Field.parse("court") {
      try court ?? CourtDirectory.shared.resolve(self.court)
    }
    let occurred = try Field.parse("occurred") {
      try self.occurred.map { value throws(DomainError) in
        try configuration.dates.parsePast(
          value, field: "self.occurred", now: now)
      }
    }
    let severity = try Field.parse("severity") {
      try self.severity.map { value throws(DomainError) in
        try Severity.parse(value)
      }
    }
    let factors = try Field.parse("factors") {
      try self.factors.flatMap(ValueList.split).map {
        value throws(DomainError) in
        try RiskFactor.parse(value)
      }
    }
    var newTargets: [NewCase.Target] = try Field.parse("persons") {
      try persons.map { id throws(DomainError) in
        .existing(try PersonID.parse(id))
      }
    }
    newTargets += try Field.parse("targets") {
      try targets.map { target throws(DomainError) in
        let role = try Role.parse(target.role)
        let function = try target.function.flatMap { text throws(DomainError) in
          text == "-" ? nil : try StaffFunction.parse(text)
        }
        return .new(
          try NewCase.NewPerson(
            identity: PersonIdentity(name: target.name), role: role,
            function: function))
      }
    }
    return try NewCase(
      kinds: kinds, occurred: occurred, channel: channel, platform: platform,
      court: court, targets: newTargets, reportedSeverity: severity,
      factors: factors, summary: summary, narrative: narrative,
      authors: authors, now: now)
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let access = try service.authorize(caller, .report)
    let now = service.now
    // A name several courts share means the one of the user's scope.
    let match = try Field.parse("court") {
      try CourtDirectory.shared.match(
        self.court, inScope: { access.sees(court: $0.code) })
    }
    if !match.alsoMeant.isEmpty {
      service.note(
        .warning(
          "court '\(self.court)' taken as \(match.court), the court of your scope; it may also mean \(match.alsoMeant.map(\.description).joined(separator: ", ")): give the code to choose another"
        ))
    }
    let newCase = try newCase(
      service.configuration, now: now, court: match.court)
    try access.require(
      .report, at: CaseLocation(reference: nil, court: newCase.court))
    let store = access.registry
    try access.requireInScope(
      store.persons(
        newCase.targets.compactMap {
          guard case .existing(let id) = $0 else { return nil }
          return id
        }))
    let configuration = service.configuration
    let (reference, linked) = try store.transaction { tx in
      let (linkedCase, linked) = try tx.linkingRepeatVictims(newCase)
      let reference = try tx.report(
        linkedCase, by: access.actor, at: now,
        deadlines: configuration.deadlines, calendar: configuration.calendar)
      return (reference, linked)
    }
    var receipt = Receipt(reference: reference.description, linkedPersons: [])
    for id in linked {
      let earlier = try store.cases(targeting: id).filter {
        try $0 != reference && access.sees(case: $0)
      }
      receipt.linkedPersons.append(
        .init(person: id.description, earlierCases: earlier.map(\.description)))
    }
    return receipt
  }
}

/// Lists given either way: repeated, or as one value separated by commas.
enum ValueList {
  /// Splits `a,b` into `["a", "b"]`.
  static func split(_ text: String) -> [String] {
    text.split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }
}
