import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// The filters, order and limit shared by `egide list` and
/// `egide export cases`: the same flags select the same cases.
struct CaseFilterOptions: ParsableArguments {
  @Flag(help: "Only open cases (the default).") var open = false
  @Flag(help: "Cases in every status.") var all = false
  @Option(
    help:
      "Only cases in this status (repeatable): \(CaseStatus.acceptedValues.joined(separator: ", "))."
  )
  var status: [String] = []
  @Option(help: "Only cases of this court (repeatable): code or name.")
  var court: [String] = []
  @Option(
    help:
      "Only cases in the district of this cour d'appel (e.g. ca_paris or Douai)."
  )
  var ressort: String?
  @Option(help: "Only cases of this kind (repeatable).") var kind: [String] = []
  @Option(help: "Only cases targeting this role (repeatable).") var role:
    [String] = []
  @Option(help: "Only cases at least this severe.") var severityAtLeast: String?
  @Option(help: "Only cases reported on or after this date.") var since: String?
  @Option(help: "Only cases reported before this date.") var until: String?
  @Flag(help: "Only cases with a missed deadline.") var overdue = false
  @Option(help: "Only cases targeting this person (P-000012).") var person:
    String?
  @Option(help: "Only cases assigned to this name.") var assignedTo: String?
  @Option(
    help: "Order: \(CaseQuery.Order.acceptedValues.joined(separator: ", ")).")
  var sort: String?
  @Option(help: "At most this many cases.") var limit: Int?

  func validate() throws {
    if let limit, limit < 1 {
      throw ValidationError("limit '\(limit)' is not accepted; give 1 or more")
    }
    if all && (!status.isEmpty || open) {
      throw ValidationError("--all cannot be combined with --status or --open")
    }
  }

  /// The filters these options describe, as the service reads them.
  var filters: CaseFilters {
    CaseFilters(
      open: open ? true : nil, all: all ? true : nil, statuses: status,
      courts: court, ressort: ressort, kinds: kind, roles: role,
      severityAtLeast: severityAtLeast, since: since, until: until,
      overdue: overdue ? true : nil, person: person, assignedTo: assignedTo,
      sort: sort)
  }

  /// The query these options describe, with deadlines compared to the
  /// settings' current time.
  ///
  /// - Throws: ``DomainError`` naming the option and the value refused.
  func query(_ settings: Settings) throws -> CaseQuery {
    let courts = CourtDirectory.shared
    var query = CaseQuery(now: settings.now)
    if all {
      query.statuses = CaseStatus.allCases
    } else if !status.isEmpty {
      query.statuses = try status.flatMap(ReportCommand.split).map {
        value throws(DomainError) in try CaseStatus.parse(value)
      }
      // --open narrows: a status that is not open cannot be asked with it.
      if open,
        let ended = query.statuses.first(where: { !$0.isOpen })
      {
        throw DomainError(
          .invalidValue,
          "status '\(ended.rawValue)' is not an open status and --open keeps open cases only; drop --open, or give open statuses: \(CaseStatus.openStatuses.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
    query.courts = try court.map { value throws(DomainError) in
      try courts.resolve(value).code
    }
    if let ressort {
      query.appealCourt = try courts.resolveRessort(ressort).code
    }
    query.kinds = try kind.flatMap(ReportCommand.split).map {
      value throws(DomainError) in try IncidentKind.parse(value)
    }
    query.roles = try role.flatMap(ReportCommand.split).map {
      value throws(DomainError) in try Role.parse(value)
    }
    query.minimumSeverity = try severityAtLeast.map {
      value throws(DomainError) in
      try Severity.parse(value, field: "severity-at-least")
    }
    query.since = try since.map { value throws(DomainError) in
      try settings.dates.parse(value, field: "since").start
    }
    query.until = try until.map { value throws(DomainError) in
      try settings.dates.parse(value, field: "until").start
    }
    query.overdueOnly = overdue
    query.person = try person.map { value throws(DomainError) in
      try PersonID.parse(value)
    }
    query.assignee = assignedTo
    if let sort { query.order = try CaseQuery.Order.parse(sort) }
    query.limit = limit
    return query
  }
}
