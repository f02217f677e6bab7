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
      "Only cases in this status (repeatable): \(CaseStatus.acceptedValues.joined(separator: ", ")).",
    completion: CaseStatus.completion, transform: CaseStatus.code)
  var status: [String] = []
  @Option(help: "Only cases of this court (repeatable): code or name.")
  var court: [String] = []
  @Option(
    help:
      "Only cases in the district of this cour d'appel (e.g. ca_paris or Douai)."
  )
  var ressort: String?
  @Option(
    help: "Only cases of this kind (repeatable).",
    completion: IncidentKind.completion, transform: IncidentKind.code) var kind:
    [String] = []
  @Option(
    help: "Only cases targeting this role (repeatable).",
    completion: Role.completion, transform: Role.code) var role: [String] = []
  @Option(
    help: "Only cases at least this severe.", completion: Severity.completion,
    transform: Severity.code) var severityAtLeast: String?
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

  /// The filters these options describe, as the service reads them.
  var filters: CaseFilters {
    CaseFilters(
      open: open ? true : nil, all: all ? true : nil, statuses: status,
      courts: court, ressort: ressort, kinds: kind, roles: role,
      severityAtLeast: severityAtLeast, since: since, until: until,
      overdue: overdue ? true : nil, person: person, assignedTo: assignedTo,
      sort: sort)
  }
}
