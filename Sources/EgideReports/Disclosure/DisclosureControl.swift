/// Hides the figures of a summary that could point at a person.
///
/// Primary suppression hides every count from 1 to k − 1 and every
/// duration resting on fewer than k cases. Secondary suppression then
/// makes sure no hidden count can be worked out from a total: in every set
/// of figures that adds up to a total (each column of a table and its
/// total, the months of a period and the period's total), either nothing
/// is hidden, or at least two figures are and — when the total is shown —
/// what they add up to exceeds their number (zero is shown, so hidden
/// counts are at least 1, and two hidden counts adding up to 2 would both
/// be 1). It hides the smallest visible non-zero figure of a line that
/// fails, or its total when nothing else is left, and repeats until every
/// line holds. A figure is hidden everywhere it is shown, since tables
/// name shared figures.
public struct DisclosureControl: Sendable {
  /// The rule applied.
  public var rule: DisclosureRule

  /// Creates the control for a rule.
  public init(rule: DisclosureRule) { self.rule = rule }

  /// The report with the rule applied and stated.
  public func apply(to report: SummaryReport) -> SummaryReport {
    var report = completeSecondary(hidingPrimary(report))
    report.disclosure = rule
    return report
  }

  /// The report with its small counts, and its durations resting on few
  /// cases, hidden.
  func hidingPrimary(_ report: SummaryReport) -> SummaryReport {
    var report = report
    let k = rule.minimumCount
    for (id, statistic) in report.statistics {
      var statistic = statistic
      switch statistic.kind {
      case .count:
        if statistic.basis >= 1 && statistic.basis < k {
          statistic.suppression = .primary
        }
      case .days:
        if statistic.basis < k && statistic.value != nil {
          statistic.suppression = .primary
        }
      }
      report.statistics[id] = statistic
    }
    return report
  }

  /// The report with further figures hidden until every additive line
  /// holds (see ``holds(_:in:)``), and every duration hidden whose count
  /// is.
  ///
  /// The figures of `keepShown` are never chosen: readers know them
  /// already (an earlier publication showed them), so hiding them would
  /// protect nothing.
  func completeSecondary(
    _ report: SummaryReport, keepShown: Set<String> = []
  ) -> SummaryReport {
    var report = report
    let lines = report.additiveLines
    var changed = true
    while changed {
      changed = false
      for line in lines where !Self.holds(line, in: report) {
        let candidates = line.parts.filter {
          !report[$0].isSuppressed && report[$0].basis > 0
            && !keepShown.contains($0)
        }
        let chosen =
          candidates.min {
            (report[$0].basis, $0) < (report[$1].basis, $1)
          } ?? line.total
        guard !report[chosen].isSuppressed, !keepShown.contains(chosen) else {
          continue
        }
        report.statistics[chosen, default: .count(0)].suppression = .secondary
        changed = true
      }
    }
    for (duration, basis) in report.bases
    where report[basis].isSuppressed && !report[duration].isSuppressed
      && report[duration].value != nil
    {
      report.statistics[duration]?.suppression = .secondary
    }
    return report
  }

  /// Whether no hidden figure of the line can be worked out from the
  /// figures shown.
  static func holds(_ line: AdditiveLine, in report: SummaryReport) -> Bool {
    let hiddenParts = line.parts.filter { report[$0].isSuppressed }
    let totalHidden = report[line.total].isSuppressed
    let hidden = hiddenParts.count + (totalHidden ? 1 : 0)
    if hidden == 0 { return true }
    if hidden == 1 { return false }
    if totalHidden || hiddenParts.isEmpty { return true }
    let shown = line.parts.filter { !report[$0].isSuppressed }
      .reduce(0) { $0 + report[$1].basis }
    return report[line.total].basis - shown > hiddenParts.count
  }
}
