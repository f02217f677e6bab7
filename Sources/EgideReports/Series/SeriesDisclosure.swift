/// Disclosure control over the whole series of published summaries, not
/// only inside each one.
///
/// A reader who keeps every summary a ministry publishes — each month,
/// each quarter, each year — sees one figure in several documents
/// (September's closures in September's summary, in October's
/// previous-period column, in November's trend) and sees the months of a
/// quarter add up to it. Suppressing each document on its own lets those
/// relations give hidden counts away. So a new summary is made against
/// the publication ledger:
///
/// 1. its small counts are hidden (``DisclosureControl``'s primary rule);
/// 2. every figure hidden in a document of the ledger is hidden again,
///    and every figure the ledger shows counts as known;
/// 3. each table's lines are completed as in a single document, and every
///    duration whose count is hidden is hidden;
/// 4. an exact audit (``SeriesAudit``) bounds every hidden count a reader
///    could narrow with every relation of every document of the ledger
///    and of the new one, the backlog's balance and the months of each
///    quarter and year included; while one is exposed, the smallest
///    figure of the new document that is shown for the first time and
///    tied to it is hidden as well, and the audit runs again.
///
/// Why an audit and not a perturbation of the counts: the relations are
/// linear and a series holds a few thousand figures, so an exact audit
/// costs little and leaves every figure shown exact; the ministry's
/// summaries are read as exact counts (a perturbed table whose rows no
/// longer add up to its total would be taken for an error, and corrected
/// by hand).
public struct SeriesDisclosure: Sendable {
  /// The rule applied.
  public var rule: DisclosureRule
  /// The documents published so far that stand (not superseded).
  public var ledger: [Publication]

  /// Creates the control for a rule and a ledger.
  public init(rule: DisclosureRule, ledger: [Publication]) {
    self.rule = rule
    self.ledger = ledger
  }

  /// How many figures are hidden, one round at a time, to save one
  /// exposed figure before it is given up.
  static let attemptsPerFigure = 3

  /// The published figures do not add up: an earlier edition disagrees
  /// with the registry as it is.
  public struct Inconsistency: Error, Hashable, Sendable {}

  /// The report with the rule applied over the series.
  ///
  /// A hidden count that the documents already published expose, and
  /// that no figure of this one can save, is left as it is (after
  /// ``attemptsPerFigure`` tries).
  public func apply(to built: SummaryReport) throws(Inconsistency)
    -> SummaryReport
  {
    let control = DisclosureControl(rule: rule)
    var report = control.hidingPrimary(built)
    var knownBefore: [FigureIdentity: Double] = [:]
    var hiddenBefore: Set<FigureIdentity> = []
    var relations: [FigureRelation] = []
    for publication in ledger {
      relations += publication.relations
      for (figure, published) in publication.figures {
        if published.isHidden {
          hiddenBefore.insert(figure)
        } else if published.kind == .count, let value = published.value {
          knownBefore[figure] = value
        }
      }
    }
    var ids: [FigureIdentity: [String]] = [:]
    for id in report.statistics.keys.sorted() {
      ids[report.identity(of: id), default: []].append(id)
    }
    // A quarter's or a year's figure whose months a reader already holds
    // is known: their sum.
    for figure in ids.keys where knownBefore[figure] == nil {
      guard SeriesAudit.aggregation(of: figure.key) == .sum else { continue }
      for parts in SeriesAudit.components(of: figure.window) {
        let values = parts.compactMap {
          knownBefore[FigureIdentity(window: $0, key: figure.key)]
        }
        if values.count == parts.count {
          knownBefore[figure] = values.reduce(0, +)
          break
        }
      }
    }
    for (figure, statisticIDs) in ids
    where hiddenBefore.contains(figure) && knownBefore[figure] == nil {
      for id in statisticIDs where !report[id].isSuppressed {
        report.statistics[id]?.suppression = .secondary
      }
    }
    relations += report.relations
    let focus = Set(ids.keys)
    var audit = SeriesAudit(
      relations: relations,
      figures: focus.union(hiddenBefore).union(knownBefore.keys))
    var unfixable: Set<FigureIdentity> = []
    var attempts: [FigureIdentity: Int] = [:]
    var keepShown = Set(
      ids.filter { knownBefore[$0.key] != nil }.values.joined())
    while true {
      report = control.completeSecondary(report, keepShown: keepShown)
      var known = knownBefore
      var hidden: [FigureIdentity: Double] = [:]
      for figure in hiddenBefore where knownBefore[figure] == nil {
        hidden[figure] = 1
      }
      for (figure, statisticIDs) in ids {
        let statistic = report[statisticIDs[0]]
        guard statistic.kind == .count, let value = statistic.value else {
          continue
        }
        if statistic.isSuppressed {
          if known[figure] == nil { hidden[figure] = min(1, value) }
        } else {
          known[figure] = value
        }
      }
      guard
        let exposures = audit.exposures(
          known: known, hidden: hidden, touching: focus)
      else {
        throw Inconsistency()
      }
      var fixes: Set<FigureIdentity> = []
      for exposure in exposures where !unfixable.contains(exposure.figure) {
        // A figure still exposed after a few figures were hidden for it
        // is exposed by the documents already published (or hiding one
        // figure at a time cannot save it): it is left as it is.
        let attempt = attempts[exposure.figure, default: 0] + 1
        attempts[exposure.figure] = attempt
        if attempt <= Self.attemptsPerFigure,
          let fix = candidate(
            for: exposure.figure, in: audit, report: report, ids: ids,
            knownBefore: knownBefore, keepShown: keepShown)
        {
          fixes.insert(fix)
        } else {
          unfixable.insert(exposure.figure)
        }
      }
      if fixes.isEmpty {
        // A secondary suppression that readers work out exactly protects
        // nothing: it is shown, which tells them nothing new. (Its value
        // is k or more: secondary suppressions hide shown figures.)
        var revealed = false
        for exposure in exposures {
          guard let statisticIDs = ids[exposure.figure],
            report[statisticIDs[0]].suppression == .secondary,
            !hiddenBefore.contains(exposure.figure),
            let upper = exposure.upper, upper - exposure.lower < 1e-6
          else { continue }
          for id in statisticIDs {
            report.statistics[id]?.suppression = nil
            keepShown.insert(id)
          }
          revealed = true
        }
        if revealed { continue }
        report.disclosure = rule
        return report
      }
      for figure in fixes {
        for id in ids[figure] ?? [] {
          report.statistics[id]?.suppression = .secondary
        }
      }
    }
  }

  /// The figure to hide so that `exposed` is no longer worked out: the
  /// smallest count of the new document shown for the first time that
  /// shares a relation with it, or else with a figure that does.
  func candidate(
    for exposed: FigureIdentity, in audit: SeriesAudit,
    report: SummaryReport, ids: [FigureIdentity: [String]],
    knownBefore: [FigureIdentity: Double], keepShown: Set<String>
  ) -> FigureIdentity? {
    func hideable(_ figure: FigureIdentity) -> Double? {
      guard knownBefore[figure] == nil, let id = ids[figure]?.first,
        !keepShown.contains(id),
        report[id].kind == .count, !report[id].isSuppressed,
        report[id].basis > 0
      else { return nil }
      return Double(report[id].basis)
    }
    var reached: Set<FigureIdentity> = [exposed]
    for _ in 0..<3 {
      let near = Set(reached.flatMap { audit.relationsNaming[$0] ?? [] })
      let figures = Set(
        near.flatMap { audit.relations[$0].terms.map(\.figure) })
      let best = figures.compactMap { figure in
        hideable(figure).map { (value: $0, figure: figure) }
      }.min { ($0.value, $0.figure) < ($1.value, $1.figure) }
      if let best { return best.figure }
      reached.formUnion(figures)
    }
    return nil
  }
}
