import EgideCore

/// What "late" means in SQL, written from the core's own definitions
/// (``CaseStatus/awaitingAssessment``, ``MeasureStatus/awaitingAction``)
/// so that `list --overdue` and `show` cannot disagree.
///
/// Each condition takes one argument, the instant compared with, as
/// ``StoredDate`` text.
enum LateSQL {
  /// A case of alias `c` whose assessment is late.
  static let assessment =
    "(c.status IN (\(list(CaseStatus.awaitingAssessment.map(\.rawValue)))) AND c.assessment_due < ?)"

  /// A measure of alias `m` that is late: awaiting action past its due
  /// date.
  ///
  /// The list is the one of the partial index
  /// `measures_awaiting_by_due`, in the same order, so SQLite uses it.
  static let measure =
    "m.status IN (\(list(MeasureStatus.awaitingAction.map(\.rawValue)))) AND m.due_at < ?"

  private static func list(_ values: [String]) -> String {
    values.map { "'\($0)'" }.joined(separator: ", ")
  }
}
