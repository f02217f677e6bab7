/// Hides the figures of a summary that could point at a person.
///
/// Primary suppression hides every count from 1 to k − 1 and every
/// duration resting on fewer than k cases. Secondary suppression then
/// makes sure no hidden count can be recomputed: in every set of figures
/// that adds up to a total (each column of a table and its total, the
/// months of a period and the period's total), either nothing is hidden or
/// at least two figures are. It hides the smallest visible non-zero
/// figure of such a line, or its total when nothing else is left, and
/// repeats until every line holds. A figure is hidden everywhere it is
/// shown, since tables name shared figures. Zero is shown: it points at
/// no one.
public struct DisclosureControl: Sendable {
  /// The rule applied.
  public var rule: DisclosureRule

  /// Creates the control for a rule.
  public init(rule: DisclosureRule) { self.rule = rule }

  /// The report with the rule applied and stated.
  public func apply(to report: SummaryReport) -> SummaryReport {
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
    let lines = report.additiveLines
    var changed = true
    while changed {
      changed = false
      for line in lines {
        let members = line.parts + [line.total]
        let hidden = members.filter { report[$0].isSuppressed }
        guard hidden.count == 1 else { continue }
        let candidates = line.parts.filter {
          !report[$0].isSuppressed && report[$0].basis > 0
        }
        let chosen =
          candidates.min {
            (report[$0].basis, $0) < (report[$1].basis, $1)
          } ?? line.total
        guard !report[chosen].isSuppressed else { continue }
        report.statistics[chosen, default: .count(0)].suppression = .secondary
        changed = true
      }
    }
    report.disclosure = rule
    return report
  }
}
