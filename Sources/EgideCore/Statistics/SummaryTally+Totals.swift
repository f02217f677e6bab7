import Foundation

/// A summary's tally as running totals, and back.
extension SummaryTally {
  /// The figures of the first window (and the period's own) as running
  /// totals.
  public var totals: PeriodTotals {
    var totals = PeriodTotals()
    func put(_ key: String, _ count: Int) { totals.add(count, to: key) }
    func put<Key: RawRepresentable<String>>(
      _ prefix: String, _ counts: [Key: Int]
    ) {
      for (key, count) in counts { put("\(prefix).\(key.rawValue)", count) }
    }
    put("new", new[0])
    put("new.with_platform", newWithPlatform[0])
    put("new.administrative", newAdministrative[0])
    for (dimension, values) in newBy {
      for (value, counts) in values {
        put("new.\(dimension.rawValue).\(value)", counts[0])
      }
    }
    put("escalated", escalated[0])
    put("escalated", escalatedTo.mapValues { $0[0] })
    put("resolved", resolved[0])
    put("closed", closed.mapValues { $0[0] })
    put("missed.assessment", missedAssessments[0])
    put("missed.measure", missedMeasures[0])
    put("measures.requested", measuresRequested)
    put("measures.granted", measuresGranted)
    put("measures.refused", measuresRefused)
    put("protection.requested", protectionRequested)
    put("protection.granted", protectionGranted)
    put("protection.refused", protectionRefused)
    put("protection.silence", protectionRefusedBySilence)
    for (platform, count) in takedownsSent {
      put("takedowns.sent.\(platform)", count)
    }
    var lists: [(String, DurationSample)] = [
      ("to_assessment", toAssessment), ("to_escalation", toEscalation),
      ("to_resolution", toResolution),
      ("takedown_removal", allTakedownRemovals),
    ]
    lists += takedownRemovals.map { ("takedown_removal.\($0.key)", $0.value) }
    for (list, sample) in lists where sample.count > 0 {
      totals.durations[list] = sample.all
      put(PeriodTotals.countKey(of: list), sample.count)
      for days in sample.all {
        put(
          PeriodTotals.bucketKey(
            of: list, bucket: DurationSample.bucket(of: days)), 1)
      }
    }
    return totals
  }

  /// The tally of a summary of `period`, put together from the running
  /// totals of the period (`current`) and of the one before it
  /// (`previous`).
  ///
  /// Both must have ended when the summary is made: the totals count
  /// every deadline of their period as passed.
  public init(
    period: ReportingPeriod, generatedAt: Date, current: RecordedTotals,
    previous: RecordedTotals
  ) {
    self.init(period: period, generatedAt: generatedAt)
    for (column, recorded) in [current, previous].enumerated() {
      for (key, count) in recorded.counts {
        add(count, at: key, column: column)
      }
    }
    toAssessment = current.durations["to_assessment"] ?? DurationSample()
    toEscalation = current.durations["to_escalation"] ?? DurationSample()
    toResolution = current.durations["to_resolution"] ?? DurationSample()
    allTakedownRemovals =
      current.durations["takedown_removal"] ?? DurationSample()
    for (list, sample) in current.durations
    where list.hasPrefix("takedown_removal.") {
      takedownRemovals[String(list.dropFirst("takedown_removal.".count))] =
        sample
    }
  }

  /// Counts a key of the totals in a column.
  ///
  /// The period's own figures and the months of occurrence count only in
  /// the first column. A key this version
  /// does not know counts nowhere (``SummaryTotals`` checks, in the
  /// store, that the totals are what the history gives).
  private mutating func add(_ count: Int, at key: String, column: Int) {
    let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
    let rest = parts.count > 1 ? parts[1] : ""
    let last = parts.count > 2 ? parts[2] : ""
    switch (parts[0], parts.count) {
    case ("new", 1): new[column] += count
    case ("new", 2) where rest == "with_platform":
      newWithPlatform[column] += count
    case ("new", 2) where rest == "administrative":
      newAdministrative[column] += count
    case ("new", 3):
      guard let dimension = SummaryDimension(rawValue: rest),
        column == 0 || dimension != .occurrence
      else { return }
      newBy[dimension, default: [:]][last, default: zeros][column] += count
    case ("escalated", 1): escalated[column] += count
    case ("escalated", 2):
      guard let level = EscalationLevel(rawValue: rest) else { return }
      escalatedTo[level, default: zeros][column] += count
    case ("resolved", 1): resolved[column] += count
    case ("closed", 2):
      guard let reason = ClosureReason(rawValue: rest) else { return }
      closed[reason, default: zeros][column] += count
    case ("missed", 2) where rest == "assessment":
      missedAssessments[column] += count
    case ("missed", 2) where rest == "measure":
      missedMeasures[column] += count
    case ("measures", 3) where column == 0:
      guard let kind = MeasureKind(rawValue: last) else { return }
      switch rest {
      case "requested": measuresRequested[kind, default: 0] += count
      case "granted": measuresGranted[kind, default: 0] += count
      case "refused": measuresRefused[kind, default: 0] += count
      default: return
      }
    case ("protection", 3) where column == 0:
      guard let basis = ProtectionBasis(rawValue: last) else { return }
      switch rest {
      case "requested": protectionRequested[basis, default: 0] += count
      case "granted": protectionGranted[basis, default: 0] += count
      case "refused": protectionRefused[basis, default: 0] += count
      case "silence": protectionRefusedBySilence[basis, default: 0] += count
      default: return
      }
    case ("takedowns", 3) where column == 0 && rest == "sent":
      takedownsSent[last, default: 0] += count
    default: return
    }
  }

  /// What one case adds to the running totals of each month, quarter
  /// and year, by the period's label (`2026-11`, `2026-Q4`, `2026`).
  ///
  /// Each is the tally of that period with this case alone, every
  /// deadline counted as passed; a period none of the case's dates falls
  /// in gets nothing from it, and is left out.
  public static func contributions(
    of facts: CaseFacts, in calendar: inout TotalsCalendar
  ) -> [String: PeriodTotals] {
    var result: [String: PeriodTotals] = [:]
    for period in calendar.periods(touchedBy: facts) {
      var tally = SummaryTally(windows: [period], generatedAt: .distantFuture)
      tally.add(facts)
      var totals = tally.totals
      if period.unit == .month {
        totals.add(standingChanges(of: facts, in: period))
      }
      if !totals.isEmpty { result[period.label] = totals }
    }
    return result
  }

  /// The key of how much a month changes the cases open.
  public static let openChange = "open.change"

  /// The key of how much a month changes the measures of a kind in place.
  public static func inPlaceChange(_ kind: MeasureKind) -> String {
    "in_place.change.\(kind.rawValue)"
  }

  /// How a month changes what stands at its end (``StandingFigures``):
  /// whether the case is open (also by the bucket of its report, for the
  /// backlog's ages), and its measures in place, at the end of the month
  /// less at its start (-1, 0 or 1 each).
  ///
  /// Summed over the months up to one, they give what stands at its end:
  /// each month's change cancels the previous month's end, and a month
  /// none of the case's dates falls in changes nothing (being open and a
  /// measure's status change only at those dates).
  static func standingChanges(of facts: CaseFacts, in month: ReportingPeriod)
    -> PeriodTotals
  {
    func change(_ atEnd: Bool, _ atStart: Bool) -> Int {
      (atEnd ? 1 : 0) - (atStart ? 1 : 0)
    }
    var totals = PeriodTotals()
    let open = change(
      facts.isOpen(at: month.end), facts.isOpen(at: month.start))
    totals.add(open, to: openChange)
    totals.add(open, toOpenIn: BacklogAges.bucket(of: facts.reportedAt))
    for measure in facts.measures {
      totals.add(
        change(
          measure.status(at: month.end) == .inPlace,
          measure.status(at: month.start) == .inPlace),
        to: inPlaceChange(measure.kind))
    }
    return totals
  }
}
