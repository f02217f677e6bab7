import EgideCore

/// The columns `egide import` reads, with what each accepts: the one
/// source of the template, of `egide import --help` and of the checks on
/// a file's header.
public enum ImportColumns {
  /// A column of the import template.
  struct Column {
    var name: String
    /// What it holds and accepts, in a few words.
    var help: String
  }

  static func values(_ values: [String]) -> String {
    values.joined(separator: ", ")
  }

  /// The template's columns, in order: external_reference first (the
  /// template's explanation row starts with `#` in it).
  static let template: [Column] = [
    Column(
      name: "external_reference",
      help:
        "required; your own identifier for the row, unique and never reused (e.g. BOB-2026-017); a row whose external_reference is already in the registry is skipped; stored in clear: no names"
    ),
    Column(
      name: "reported_at",
      help:
        "optional; when the report was received (default: now; never in the future): \(DateInput.acceptedForms)"
    ),
    Column(
      name: "kinds",
      help:
        "required; one or more separated by ';': \(values(IncidentKind.acceptedValues))"
    ),
    Column(
      name: "occurred",
      help:
        "optional; when it happened, not after reported_at: \(DateInput.acceptedForms) (YYYY-MM when only the month is known)"
    ),
    Column(
      name: "channel",
      help: "required; one of: \(values(Channel.acceptedValues))"),
    Column(
      name: "platform",
      help:
        "optional, only with channel social_network, messaging, broadcast, press or other: \(values(Platform.acceptedValues))"
    ),
    Column(
      name: "court",
      help:
        "required; a court code (tj93008) or an unambiguous name (Bobigny, TJ Paris)"
    ),
    Column(
      name: "target_name",
      help:
        "the targeted person's name; required unless person_id is given"),
    Column(
      name: "target_role",
      help:
        "required with target_name: \(values(Role.acceptedValues)) (a relative is best given in family_name)"
    ),
    Column(
      name: "target_function",
      help:
        "optional: \(values(StaffFunction.acceptedValues))"),
    Column(
      name: "family_name",
      help:
        "optional; a relative also targeted (spouse, partner, child, parent), linked to the staff member of the row"
    ),
    Column(
      name: "person_id",
      help:
        "optional; a person already in the registry (P-000012), instead of or besides target_name; several separated by ';'"
    ),
    Column(
      name: "severity",
      help:
        "optional; the reporter's estimate: \(values(Severity.acceptedValues)); at least what the factors imply"
    ),
    Column(
      name: "factors",
      help:
        "optional; separated by ';': \(values(RiskFactor.acceptedValues))"),
    Column(
      name: "summary",
      help:
        "required; one line saying what happened (at most \(TextRule.lineLimit) characters)"
    ),
    Column(
      name: "narrative",
      help:
        "optional; the full account (at most \(TextRule.longLimit) characters)"
    ),
    Column(
      name: "authors",
      help:
        "optional; handles or names of the authors, separated by ';'"),
  ]

  /// Columns of an export with identities that an import also reads:
  /// the targets as `egide export cases` writes them, and the facts as
  /// first reported.
  static let exportForm: [Column] = [
    Column(
      name: "targets",
      help:
        "with target_names, instead of target_name/target_role/target_function/family_name: role or role:function per person, separated by '|' (judge:jld|family)"
    ),
    Column(
      name: "target_names",
      help:
        "the names of the persons of targets, in the same order, separated by '|'"
    ),
    Column(
      name: "reported_severity",
      help:
        "when present, read instead of severity (which is then the current severity, ignored)"
    ),
    Column(
      name: "reported_factors",
      help: "when present, read instead of factors (then ignored)"),
  ]

  /// Columns of an export that an import ignores: they describe what
  /// happened to the case in the registry it comes from.
  static let ignored: Set<String> = [
    "reference", "status", "assessed", "appeal_court", "occurred_precision",
    "reported_by", "assessment_due", "assessed_at", "assigned_to",
    "closure_reason", "duplicate_of", "ended_at", "person_ids", "measures",
    "evidence_count", "event_count", "overdue",
  ]

  /// Every column name an import accepts.
  static var known: [String] {
    template.map(\.name) + exportForm.map(\.name) + ignored.sorted()
  }

  /// The template: a header row, then a row explaining each column (its
  /// first cell starts with `#`, so that an import skips it).
  public static var templateCSV: String {
    SpreadsheetCell.row(template.map(\.name))
      + SpreadsheetCell.row(
        template.enumerated().map { index, column in
          (index == 0 ? "# " : "") + column.help
        })
  }

  /// The columns as `egide import --help` lists them, one per line
  /// (help wraps long lines): `- name: what it accepts`.
  public static var helpText: String {
    func line(_ column: Column) -> String { "- \(column.name): \(column.help)" }
    return template.map(line).joined(separator: "\n")
      + "\n\nAn export made with 'egide export cases --include-identities' is read too:\n"
      + exportForm.map(line).joined(separator: "\n")
      + "\nIts other columns are ignored: "
      + ignored.sorted().joined(separator: ", ") + "."
  }
}
