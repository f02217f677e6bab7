import EgideCore
import EgideStore
import Foundation

/// The filters and order shared by listing and exporting cases: the same
/// fields select the same cases.
public struct CaseFilters: Codable, Sendable, Hashable {
  /// Only open cases (the default without `statuses` or `all`).
  public var open: Bool?
  /// Cases in every status.
  public var all: Bool?
  /// Only cases in these statuses.
  public var statuses: [String]
  /// Only cases of these courts (codes or names).
  public var courts: [String]
  /// Only cases in the district of this cour d'appel.
  public var ressort: String?
  /// Only cases of these kinds.
  public var kinds: [String]
  /// Only cases targeting these roles.
  public var roles: [String]
  /// Only cases at least this severe.
  public var severityAtLeast: String?
  /// Only cases reported on or after this date.
  public var since: String?
  /// Only cases reported before this date.
  public var until: String?
  /// Only cases with a missed deadline.
  public var overdue: Bool?
  /// Only cases targeting this person.
  public var person: String?
  /// Only cases assigned to this user.
  public var assignedTo: String?
  /// The order.
  public var sort: String?

  /// No filter: the open cases, most severe first.
  public init(
    open: Bool? = nil, all: Bool? = nil, statuses: [String] = [],
    courts: [String] = [], ressort: String? = nil, kinds: [String] = [],
    roles: [String] = [], severityAtLeast: String? = nil,
    since: String? = nil, until: String? = nil, overdue: Bool? = nil,
    person: String? = nil, assignedTo: String? = nil, sort: String? = nil
  ) {
    self.open = open
    self.all = all
    self.statuses = statuses
    self.courts = courts
    self.ressort = ressort
    self.kinds = kinds
    self.roles = roles
    self.severityAtLeast = severityAtLeast
    self.since = since
    self.until = until
    self.overdue = overdue
    self.person = person
    self.assignedTo = assignedTo
    self.sort = sort
  }

  enum CodingKeys: String, CodingKey {
    case open, all, statuses, courts, ressort, kinds, roles, severityAtLeast
    case since, until, overdue, person, assignedTo, sort
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    open = try c.decodeIfPresent(Bool.self, forKey: .open)
    all = try c.decodeIfPresent(Bool.self, forKey: .all)
    statuses = try c.decodeIfPresent([String].self, forKey: .statuses) ?? []
    courts = try c.decodeIfPresent([String].self, forKey: .courts) ?? []
    ressort = try c.decodeIfPresent(String.self, forKey: .ressort)
    kinds = try c.decodeIfPresent([String].self, forKey: .kinds) ?? []
    roles = try c.decodeIfPresent([String].self, forKey: .roles) ?? []
    severityAtLeast = try c.decodeIfPresent(
      String.self, forKey: .severityAtLeast)
    since = try c.decodeIfPresent(String.self, forKey: .since)
    until = try c.decodeIfPresent(String.self, forKey: .until)
    overdue = try c.decodeIfPresent(Bool.self, forKey: .overdue)
    person = try c.decodeIfPresent(String.self, forKey: .person)
    assignedTo = try c.decodeIfPresent(String.self, forKey: .assignedTo)
    sort = try c.decodeIfPresent(String.self, forKey: .sort)
  }

  /// The query these filters describe, dates read in the registry's time
  /// zone and deadlines compared with `now`.
  ///
  /// - Throws: ``DomainError`` naming the field and the value refused.
  func query(_ configuration: ServiceConfiguration, now: Date) throws
    -> CaseQuery
  {
    let courtList = CourtDirectory.shared
    var query = CaseQuery(now: now)
    if all == true && (!statuses.isEmpty || open == true) {
      throw DomainError(
        .invalidValue, "{all} cannot be combined with {statuses} or {open}",
        field: "all")
    }
    if all == true {
      query.statuses = CaseStatus.allCases
    } else if !statuses.isEmpty {
      query.statuses = try Field.parse("statuses") {
        try statuses.flatMap(ValueList.split).map {
          value throws(DomainError) in try CaseStatus.parse(value)
        }
      }
      // `open` narrows: a status that is not open cannot be asked with it.
      if open == true,
        let ended = query.statuses.first(where: { !$0.isOpen })
      {
        throw DomainError(
          .invalidValue,
          "status '\(ended.rawValue)' is not an open status and {open} keeps open cases only; drop {open}, or give open statuses: \(CaseStatus.openStatuses.map(\.rawValue).joined(separator: ", "))",
          field: "statuses")
      }
    }
    query.courts = try Field.parse("courts") {
      try courts.map { value throws(DomainError) in
        try courtList.resolve(value).code
      }
    }
    if let ressort {
      query.appealCourt = try Field.parse("ressort") {
        try courtList.resolveRessort(ressort).code
      }
    }
    query.kinds = try Field.parse("kinds") {
      try kinds.flatMap(ValueList.split).map { value throws(DomainError) in
        try IncidentKind.parse(value)
      }
    }
    query.roles = try Field.parse("roles") {
      try roles.flatMap(ValueList.split).map { value throws(DomainError) in
        try Role.parse(value)
      }
    }
    query.minimumSeverity = try Field.parse("severityAtLeast") {
      try severityAtLeast.map { value throws(DomainError) in
        try Severity.parse(value, field: "severity-at-least")
      }
    }
    query.since = try Field.parse("since") {
      try since.map { value throws(DomainError) in
        try configuration.dates.parse(value, field: "since").start
      }
    }
    query.until = try Field.parse("until") {
      try until.map { value throws(DomainError) in
        try configuration.dates.parse(value, field: "until").start
      }
    }
    query.overdueOnly = overdue ?? false
    query.person = try Field.parse("person") {
      try person.map { value throws(DomainError) in try PersonID.parse(value) }
    }
    query.assignee = assignedTo
    if let sort {
      query.order = try Field.parse("sort") { try CaseQuery.Order.parse(sort) }
    }
    return query
  }
}
