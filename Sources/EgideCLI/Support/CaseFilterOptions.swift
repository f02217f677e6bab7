import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// The filters, order and limit shared by `egide list` and
/// `egide export cases`: the same flags select the same cases.
struct CaseFilterOptions: ParsableArguments {
  @Flag(
    help: .en(
      "Only open cases (the default).",
      fr: "Seulement les dossiers ouverts (par défaut).")) var open = false
  @Flag(
    help: .en("Cases in every status.", fr: "Les dossiers de tout statut."))
  var all = false
  @Option(
    help: .en(
      "Only cases in this status (repeatable): \(CaseStatus.acceptedValues.joined(separator: ", ")).",
      fr:
        "Seulement les dossiers ayant ce statut (répétable) : \(CaseStatus.acceptedValues.joined(separator: ", "))."
    ),
    completion: CaseStatus.completion, transform: CaseStatus.code)
  var status: [String] = []
  @Option(
    help: .en(
      "Only cases of this court (repeatable): code or name.",
      fr:
        "Seulement les dossiers de cette juridiction (répétable) : code ou nom."
    ), completion: CompletionValues.courts)
  var court: [String] = []
  @Option(
    help: .en(
      "Only cases in the district of this cour d'appel (e.g. ca_paris or Douai).",
      fr:
        "Seulement les dossiers du ressort de cette cour d'appel (par ex. ca_paris ou Douai)."
    ))
  var ressort: String?
  @Option(
    help: .en(
      "Only cases of this kind (repeatable).",
      fr: "Seulement les dossiers de cette nature (répétable)."),
    completion: IncidentKind.completion, transform: IncidentKind.code) var kind:
    [String] = []
  @Option(
    help: .en(
      "Only cases targeting this role (repeatable).",
      fr: "Seulement les dossiers visant ce rôle (répétable)."),
    completion: Role.completion, transform: Role.code) var role: [String] = []
  @Option(
    help: .en(
      "Only cases at least this severe.",
      fr: "Seulement les dossiers d'au moins cette gravité."),
    completion: Severity.completion,
    transform: Severity.code) var severityAtLeast: String?
  @Option(
    help: .en(
      "Only cases reported on or after this date.",
      fr: "Seulement les dossiers signalés à cette date ou après."))
  var since: String?
  @Option(
    help: .en(
      "Only cases reported before this date.",
      fr: "Seulement les dossiers signalés avant cette date.")) var until:
    String?
  @Flag(
    help: .en(
      "Only cases with a missed deadline.",
      fr: "Seulement les dossiers dont une échéance est dépassée."))
  var overdue = false
  @Option(
    help: .en(
      "Only cases targeting this person (P-000012).",
      fr: "Seulement les dossiers visant cette personne (P-000012)."))
  var person: String?
  @Option(
    help: .en(
      "Only cases assigned to this name.",
      fr: "Seulement les dossiers confiés à ce nom.")) var assignedTo: String?
  @Option(
    help: .en(
      "Order: \(CaseQuery.Order.acceptedValues.joined(separator: ", ")).",
      fr: "Ordre : \(CaseQuery.Order.acceptedValues.joined(separator: ", "))."
    ))
  var sort: String?
  @Option(
    help: .en("At most this many cases.", fr: "Au plus ce nombre de dossiers."))
  var limit: Int?

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
