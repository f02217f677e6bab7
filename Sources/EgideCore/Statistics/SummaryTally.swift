import Foundation

/// The figures of a summary that come from what happened in the period and
/// in the previous one, counted one case at a time so that the cases never
/// need to be in memory together.
///
/// A case that was not reported, did not change and fell due in neither
/// window (outside ``SummaryScope/span``) adds nothing: feeding only the
/// relevant cases gives the same tally as feeding every case.
///
/// The tally of one window alone is what the registry keeps as running
/// totals (``SummaryTally/totals``): a summary of periods that have ended
/// is then put together from the totals of its two windows
/// (``SummaryTally/init(period:generatedAt:current:previous:)``), equal to the tally of its
/// cases because it is this same count.
///
/// In EgideCore, not with the reports, so that the store counts with it
/// in the transaction that changes a case.
public struct SummaryTally: Sendable {
  /// The windows, current then previous (the columns of the summary).
  let windows: [ReportingPeriod]
  /// When the summary is made: deadlines after it are not missed yet.
  let generatedAt: Date
  /// Zero for each window.
  let zeros: [Int]

  /// Per window, the cases reported in it.
  public internal(set) var new: [Int]
  /// Per window, the cases reported in it with a platform.
  public internal(set) var newWithPlatform: [Int]
  /// New cases at administrative courts, per window.
  public internal(set) var newAdministrative: [Int]
  /// Per dimension, key and window, the cases reported in the window with
  /// that value (a case counts once under each of its values).
  public internal(set) var newBy: [SummaryDimension: [String: [Int]]] = [:]
  /// Per window, the cases escalated in it.
  public internal(set) var escalated: [Int]
  /// Per level and window, the cases escalated to that level in it.
  public internal(set) var escalatedTo: [EscalationLevel: [Int]] = [:]
  /// Per window, the resolutions recorded in it.
  public internal(set) var resolved: [Int]
  /// Per reason and window, the closures recorded in it.
  public internal(set) var closed: [ClosureReason: [Int]] = [:]
  /// Per window, the assessments that fell due in it and were missed.
  public internal(set) var missedAssessments: [Int]
  /// Per window, the measures that fell due in it and were missed.
  public internal(set) var missedMeasures: [Int]
  /// Per kind, the measures requested, granted and refused in the period.
  public internal(set) var measuresRequested: [MeasureKind: Int] = [:]
  public internal(set) var measuresGranted: [MeasureKind: Int] = [:]
  public internal(set) var measuresRefused: [MeasureKind: Int] = [:]
  /// Per basis, the protections fonctionnelles requested, granted,
  /// refused, and refused by silence (two months without a decision
  /// ending in the period) in the period.
  public internal(set) var protectionRequested: [ProtectionBasis: Int] = [:]
  public internal(set) var protectionGranted: [ProtectionBasis: Int] = [:]
  public internal(set) var protectionRefused: [ProtectionBasis: Int] = [:]
  public internal(set) var protectionRefusedBySilence: [ProtectionBasis: Int] =
    [:]
  /// Days from report to first assessment, first escalation and each
  /// resolution, for those in the period.
  public internal(set) var toAssessment = DurationSample()
  public internal(set) var toEscalation = DurationSample()
  public internal(set) var toResolution = DurationSample()
  /// Per platform, takedowns requested in the period and the days each
  /// took to be removed (those removed before the end of the period).
  public internal(set) var takedownsSent: [String: Int] = [:]
  public internal(set) var takedownRemovals: [String: DurationSample] = [:]
  /// The days of every removal of ``takedownRemovals``, all platforms.
  public internal(set) var allTakedownRemovals = DurationSample()

  /// An empty tally of a summary: the period and the one before it.
  public init(period: ReportingPeriod, generatedAt: Date) {
    self.init(windows: [period, period.previous], generatedAt: generatedAt)
  }

  /// An empty tally of some windows; the figures of the period alone
  /// (measures, delays, takedowns) are those of the first.
  public init(windows: [ReportingPeriod], generatedAt: Date) {
    precondition(!windows.isEmpty, "a tally counts at least one window")
    self.windows = windows
    self.generatedAt = generatedAt
    zeros = Array(repeating: 0, count: windows.count)
    new = zeros
    newWithPlatform = zeros
    newAdministrative = zeros
    escalated = zeros
    resolved = zeros
    missedAssessments = zeros
    missedMeasures = zeros
  }

  /// Adds the figures of one case.
  public mutating func add(_ c: CaseFacts) {
    for (column, window) in windows.enumerated() {
      if window.contains(c.reportedAt) { addNew(c, column, window) }
      if c.escalations.contains(where: { window.contains($0.at) }) {
        escalated[column] += 1
      }
      for level in Set(
        c.escalations.filter { window.contains($0.at) }.map(\.level))
      {
        escalatedTo[level, default: zeros][column] += 1
      }
      switch Self.finalEnding(of: c, in: window)?.ending {
      case .resolved?: resolved[column] += 1
      case .closed(let reason)?: closed[reason, default: zeros][column] += 1
      case .reopened?, nil: break
      }
      if window.contains(c.assessmentDue) && c.assessmentDue < generatedAt
        && (c.assessedAt.map { $0 > c.assessmentDue } ?? true)
        && c.isOpen(at: c.assessmentDue)
      {
        missedAssessments[column] += 1
      }
      for measure in c.measures {
        guard let due = measure.due, window.contains(due), due < generatedAt,
          measure.status(at: due)?.isAwaitingAction ?? false
        else { continue }
        missedMeasures[column] += 1
      }
    }
    addPeriodFigures(c)
  }

  /// Counts a case reported in a window under each dimension.
  private mutating func addNew(
    _ c: CaseFacts, _ column: Int, _ window: ReportingPeriod
  ) {
    new[column] += 1
    if c.platform != nil { newWithPlatform[column] += 1 }
    func count(
      _ dimension: SummaryDimension, _ keys: some Sequence<String>
    ) {
      for key in Set(keys) {
        newBy[dimension, default: [:]][key, default: zeros][column] += 1
      }
    }
    count(.kind, c.kinds.map(\.rawValue))
    count(.roleCategory, c.roleCategories.map(\.rawValue))
    // Judicial courts by cour d'appel, administrative courts by cour
    // administrative d'appel: two orders, two tables.
    if c.isAdministrative {
      newAdministrative[column] += 1
      count(.administrativeDistrict, [c.appealCourt ?? "national"])
    } else {
      count(.district, [c.appealCourt ?? "national"])
    }
    count(.channel, [c.channel.rawValue])
    count(.platform, c.platform.map { [$0.rawValue] } ?? [])
    if column == 0 {
      count(.occurrence, [Self.occurrenceKey(c.occurred, in: window)])
    }
    count(.severity, [c.severity(at: window.end)?.rawValue ?? "unrated"])
  }

  /// The row of a case reported in `window` in the table by month of
  /// occurrence: the month it occurred in (`2026-11`), `before` the
  /// window began, or `unknown` when the report gives no date.
  static func occurrenceKey(_ occurred: Date?, in window: ReportingPeriod)
    -> String
  {
    guard let occurred else { return "unknown" }
    guard occurred >= window.start else { return "before" }
    return monthKey(occurred, in: window.timeZone)
  }

  /// `2026-11`: the month holding an instant, in a time zone.
  public static func monthKey(_ date: Date, in timeZone: TimeZone) -> String {
    let parts = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month], from: date)
    return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
  }

  /// The figures of the period alone: measures, delays and takedowns.
  private mutating func addPeriodFigures(_ c: CaseFacts) {
    let period = windows[0]
    for m in c.measures {
      // A protection fonctionnelle recorded before schema 10 without a
      // basis counts as unsettled, so the table adds up to the measures'.
      let basis =
        m.kind == .statutoryProtection
        ? m.protectionBasis ?? .unsettled : nil
      if period.contains(m.requestedAt) {
        measuresRequested[m.kind, default: 0] += 1
        if let basis { protectionRequested[basis, default: 0] += 1 }
      }
      if m.changes.contains(where: {
        [.granted, .partiallyGranted].contains($0.status)
          && period.contains($0.at)
      })
        || (m.changes.first.map {
          $0.status == .inPlace && period.contains($0.at)
        } ?? false)
      {
        measuresGranted[m.kind, default: 0] += 1
        if let basis { protectionGranted[basis, default: 0] += 1 }
      }
      if m.changes.contains(where: {
        $0.status == .refused && period.contains($0.at)
      }) {
        measuresRefused[m.kind, default: 0] += 1
        if let basis { protectionRefused[basis, default: 0] += 1 }
      }
      if let basis, let silence = m.silenceEnds, period.contains(silence),
        silence < generatedAt, m.status(at: silence) == .requested
      {
        protectionRefusedBySilence[basis, default: 0] += 1
      }
      if m.kind == .contentTakedown && period.contains(m.requestedAt) {
        let platform = c.platform?.rawValue ?? "unknown"
        takedownsSent[platform, default: 0] += 1
        if let change = m.changes.first(where: {
          [.granted, .partiallyGranted, .inPlace].contains($0.status)
        }), change.at < period.end {
          let days = change.at.timeIntervalSince(m.requestedAt) / 86_400
          takedownRemovals[platform, default: DurationSample()].append(days)
          allTakedownRemovals.append(days)
        }
      }
    }
    if let at = c.assessedAt, period.contains(at) {
      toAssessment.append(at.timeIntervalSince(c.reportedAt) / 86_400)
    }
    if let first = c.escalations.first, period.contains(first.at) {
      toEscalation.append(first.at.timeIntervalSince(c.reportedAt) / 86_400)
    }
    if let ending = Self.finalEnding(of: c, in: period),
      ending.ending == .resolved
    {
      toResolution.append(ending.at.timeIntervalSince(c.reportedAt) / 86_400)
    }
  }

  /// How a case ended within `window`, counted once: its last resolution
  /// or closure there, unless it was reopened after it within the window
  /// (a case resolved twice is one case resolved; a case closed then
  /// reopened was not closed).
  static func finalEnding(of c: CaseFacts, in window: ReportingPeriod)
    -> (ending: CaseFacts.Ending, at: Date)?
  {
    // The endings are in the order they happened.
    guard let last = c.endings.last(where: { window.contains($0.at) }) else {
      return nil
    }
    if case .reopened = last.ending { return nil }
    return last
  }
}
