import EgideCore
import Foundation

/// Computes every figure of a summary from the facts of the cases: pure
/// arithmetic on clear facts, before any disclosure control.
///
/// The figures come from a ``SummaryTally`` of the cases relevant to the
/// period and the ``StandingFigures`` of the registry, so that the store
/// need not read every case (see ``SummaryScope``); ``build(_:)`` derives
/// both from the facts of every case.
public struct SummaryBuilder: Sendable {
  /// The period summarised.
  public var period: ReportingPeriod
  /// When the summary is made (nothing after it is counted).
  public var generatedAt: Date

  /// The columns of tables that compare with the previous period.
  static let columns = SummaryFigure.Column.allCases
  /// Their names, as tables give them.
  static let periods = columns.map(\.rawValue)

  /// Creates a builder for a period.
  public init(period: ReportingPeriod, generatedAt: Date) {
    self.period = period
    self.generatedAt = generatedAt
  }

  /// What the summary depends on: its windows and the months of the
  /// trend.
  public var scope: SummaryScope {
    let previous = period.previous
    return SummaryScope(
      period: period.start..<period.end,
      previous: previous.start..<previous.end,
      months: period.trailingTwelveMonths.map { $0.start..<$0.end })
  }

  /// The summary of `cases` (every case of the registry), with no figure
  /// hidden yet.
  public func build(_ cases: [CaseFacts]) -> SummaryReport {
    var tally = SummaryTally(period: period, generatedAt: generatedAt)
    for facts in cases { tally.add(facts) }
    return build(tally, standing: StandingFigures(counting: cases, in: scope))
  }

  /// The summary of a tally of the relevant cases and the standing figures
  /// of the registry, with no figure hidden yet.
  public func build(_ tally: SummaryTally, standing: StandingFigures)
    -> SummaryReport
  {
    var sheet = Sheet()
    let previous = period.previous
    let windows = [period, previous]
    var tables: [SummaryTable] = []

    // New cases by dimension, this period and the previous one.
    func newTable(
      _ id: String, dimension: SummaryFigure.Dimension, keys: [String],
      multiValued: Bool,
      total: (SummaryFigure.Column) -> SummaryFigure = SummaryFigure.new
    ) -> SummaryTable {
      var rows: [SummaryTable.Row] = []
      for key in keys {
        var cells: [String] = []
        for (index, column) in Self.columns.enumerated() {
          let count = tally.newBy[dimension]?[key]?[index] ?? 0
          cells.append(sheet.put(.new(dimension, key, column), .count(count)))
        }
        rows.append(.init(key: key, cells: cells))
      }
      let total = SummaryTable.Row(
        key: "total", cells: Self.columns.map { total($0).id })
      return SummaryTable(
        id: id, dimension: dimension.rawValue, columns: Self.periods,
        rows: rows, total: total, multiValued: multiValued)
    }

    let openAt = [standing.backlog.count, standing.openAtPreviousEnd]
    for (index, column) in Self.columns.enumerated() {
      sheet.put(.new(column), .count(tally.new[index]))
      sheet.put(.newWithPlatform(column), .count(tally.newWithPlatform[index]))
      sheet.put(
        .newJudicial(column),
        .count(tally.new[index] - tally.newAdministrative[index]))
      sheet.put(
        .newAdministrative(column), .count(tally.newAdministrative[index]))
      sheet.put(.escalated(column), .count(tally.escalated[index]))
      sheet.put(.open(column), .count(openAt[index]))
      let resolved = tally.resolved[index]
      sheet.put(.resolved(column), .count(resolved))
      var ended = resolved
      for reason in ClosureReason.allCases {
        let closed = tally.closed[reason]?[index] ?? 0
        ended += closed
        sheet.put(.closed(reason, column), .count(closed))
      }
      sheet.put(.ended(column), .count(ended))
      let missedAssessments = tally.missedAssessments[index]
      let missedMeasures = tally.missedMeasures[index]
      sheet.put(.assessmentsMissed(column), .count(missedAssessments))
      sheet.put(.measuresMissed(column), .count(missedMeasures))
      sheet.put(
        .deadlinesMissed(column), .count(missedAssessments + missedMeasures))
    }

    let overview: [(String, (SummaryFigure.Column) -> SummaryFigure)] = [
      ("new", SummaryFigure.new), ("escalated", SummaryFigure.escalated),
      ("ended.resolved", SummaryFigure.resolved),
      ("ended", SummaryFigure.ended), ("open", SummaryFigure.open),
      ("deadlines", SummaryFigure.deadlinesMissed),
    ]
    tables.append(
      SummaryTable(
        id: "overview", dimension: "figure", columns: Self.periods,
        rows: overview.map { key, figure in
          .init(key: key, cells: Self.columns.map { figure($0).id })
        }))
    tables.append(
      newTable(
        "new_by_kind", dimension: .kind,
        keys: IncidentKind.acceptedValues, multiValued: true))
    tables.append(
      newTable(
        "new_by_role", dimension: .roleCategory,
        keys: RoleCategory.acceptedValues, multiValued: true))
    tables.append(
      newTable(
        "new_by_district", dimension: .district,
        keys: (tally.newBy[.district] ?? [:]).keys.sorted(),
        multiValued: false, total: SummaryFigure.newJudicial))
    tables.append(
      newTable(
        "new_by_administrative_district", dimension: .administrativeDistrict,
        keys: (tally.newBy[.administrativeDistrict] ?? [:]).keys.sorted(),
        multiValued: false, total: SummaryFigure.newAdministrative))
    tables.append(
      newTable(
        "new_by_channel", dimension: .channel, keys: Channel.acceptedValues,
        multiValued: false))
    let platforms = Platform.allCases.map(\.rawValue).filter {
      tally.newBy[.platform]?[$0] != nil
    }
    tables.append(
      newTable(
        "new_by_platform", dimension: .platform, keys: platforms,
        multiValued: false, total: SummaryFigure.newWithPlatform))
    tables.append(
      newTable(
        "new_by_severity", dimension: .severity,
        keys: Severity.acceptedValues.reversed() + ["unrated"],
        multiValued: false))
    tables.append(occurrenceTable(tally, on: &sheet))

    // Escalations per level: cases escalated to that level in the period.
    var levelRows: [SummaryTable.Row] = []
    for level in EscalationLevel.allCases {
      var cells: [String] = []
      for (index, column) in Self.columns.enumerated() {
        cells.append(
          sheet.put(
            .escalated(to: level, column),
            .count(tally.escalatedTo[level]?[index] ?? 0)))
      }
      levelRows.append(.init(key: level.rawValue, cells: cells))
    }
    tables.append(
      SummaryTable(
        id: "escalations_by_level", dimension: "level",
        columns: Self.periods, rows: levelRows,
        total: .init(
          key: "total",
          cells: Self.columns.map { SummaryFigure.escalated($0).id }),
        multiValued: true))

    // Resolutions and closures.
    tables.append(
      SummaryTable(
        id: "endings", dimension: "ending", columns: Self.periods,
        rows: [
          .init(
            key: "resolved",
            cells: Self.columns.map { SummaryFigure.resolved($0).id })
        ]
          + ClosureReason.allCases.map { reason in
            .init(
              key: "closed_\(reason.rawValue)",
              cells: Self.columns.map { SummaryFigure.closed(reason, $0).id })
          },
        total: .init(
          key: "total", cells: Self.columns.map { SummaryFigure.ended($0).id }))
    )

    // The open backlog at the end of the period, by age.
    let backlog = standing.backlog
    tables.append(
      SummaryTable(
        id: "backlog_by_age", dimension: "age", columns: ["current"],
        rows: zip(BacklogAges.brackets, backlog.bracketCounts).map {
          bracket, count in
          .init(
            key: bracket.key,
            cells: [sheet.put(.openAged(bracket.key), .count(count))])
        },
        total: .init(key: "total", cells: [SummaryFigure.open(.current).id])))
    tables.append(
      SummaryTable(
        id: "backlog_age", dimension: "figure",
        columns: ["median_days", "p90_days"],
        rows: [
          .init(
            key: "age_of_open_cases",
            cells: [
              sheet.put(
                .openAge(.median),
                .days(backlog.median, basis: backlog.count),
                restingOn: .open(.current)),
              sheet.put(
                .openAge(.p90), .days(backlog.p90, basis: backlog.count),
                restingOn: .open(.current)),
            ])
        ]))

    // Measures per kind.
    let measureColumns = SummaryFigure.MeasureFigure.allCases
    var measureRows: [SummaryTable.Row] = []
    var measureTotals = [0, 0, 0, 0]
    for kind in MeasureKind.allCases {
      let counts = [
        tally.measuresRequested[kind] ?? 0,
        tally.measuresGranted[kind] ?? 0,
        tally.measuresRefused[kind] ?? 0,
        standing.measuresInPlace[kind] ?? 0,
      ]
      for index in counts.indices { measureTotals[index] += counts[index] }
      measureRows.append(
        .init(
          key: kind.rawValue,
          cells: zip(measureColumns, counts).map { column, count in
            sheet.put(.measures(kind, column), .count(count))
          }))
    }
    tables.append(
      SummaryTable(
        id: "measures_by_kind", dimension: "measure_kind",
        columns: measureColumns.map(\.rawValue), rows: measureRows,
        total: .init(
          key: "total",
          cells: zip(measureColumns, measureTotals).map { column, count in
            sheet.put(.measures(column), .count(count))
          })))

    // Protections fonctionnelles per legal basis: the requests, grants
    // and refusals of the statutory_protection row above, split by the
    // status of the person protected, and the requests refused by two
    // months of silence (ProtectionRequest).
    let protectionColumns = SummaryFigure.ProtectionFigure.allCases
    var silenceTotal = 0
    tables.append(
      SummaryTable(
        id: "protection_by_basis", dimension: "protection_basis",
        columns: protectionColumns.map(\.rawValue),
        rows: ProtectionBasis.allCases.map { basis in
          let silence = tally.protectionRefusedBySilence[basis] ?? 0
          silenceTotal += silence
          let counts = [
            tally.protectionRequested[basis] ?? 0,
            tally.protectionGranted[basis] ?? 0,
            tally.protectionRefused[basis] ?? 0, silence,
          ]
          return .init(
            key: basis.rawValue,
            cells: zip(protectionColumns, counts).map { column, count in
              sheet.put(.protection(basis, column), .count(count))
            })
        },
        total: .init(
          key: "total",
          cells: [
            // The same figures as the statutory_protection row.
            SummaryFigure.measures(.statutoryProtection, .requested).id,
            SummaryFigure.measures(.statutoryProtection, .granted).id,
            SummaryFigure.measures(.statutoryProtection, .refused).id,
            sheet.put(.protectionRefusedBySilence, .count(silenceTotal)),
          ])))

    // Delays, in days: median and 90th percentile.
    tables.append(
      SummaryTable(
        id: "delays", dimension: "delay",
        columns: ["median_days", "p90_days", "cases"],
        rows: [
          (SummaryFigure.Delay.toAssessment, tally.toAssessment),
          (.toEscalation, tally.toEscalation),
          (.toResolution, tally.toResolution),
        ].map { delay, values in
          // Resolutions in the period are the overview's figure.
          let cases: SummaryFigure =
            delay == .toResolution ? .resolved(.current) : .delay(delay, .cases)
          if delay != .toResolution {
            sheet.put(cases, .count(values.count))
          }
          return .init(
            key: delay.rawValue,
            cells: [
              sheet.put(
                .delay(delay, .median),
                .days(values.quantile(0.5), basis: values.count),
                restingOn: cases),
              sheet.put(
                .delay(delay, .p90),
                .days(values.quantile(0.9), basis: values.count),
                restingOn: cases),
              cases.id,
            ])
        }))

    // Content takedown requests, per platform.
    var takedownRows: [SummaryTable.Row] = []
    var removedTotal = 0
    for platform in tally.takedownsSent.keys.sorted() {
      let removal = tally.takedownRemovals[platform] ?? DurationSample()
      removedTotal += removal.count
      takedownRows.append(
        .init(
          key: platform,
          cells: [
            sheet.put(
              .takedown(platform, .sent),
              .count(tally.takedownsSent[platform] ?? 0)),
            sheet.put(.takedown(platform, .removed), .count(removal.count)),
            sheet.put(
              .takedown(platform, .medianDays),
              .days(removal.quantile(0.5), basis: removal.count),
              restingOn: .takedown(platform, .removed)),
          ]))
    }
    tables.append(
      SummaryTable(
        id: "takedowns_by_platform", dimension: "platform",
        columns: ["sent", "removed", "median_days_to_removal"],
        rows: takedownRows,
        total: .init(
          key: "total",
          cells: [
            // Every takedown sent is a content_takedown measure requested.
            SummaryFigure.measures(.contentTakedown, .requested).id,
            sheet.put(.takedownsRemoved, .count(removedTotal)),
            sheet.put(
              .takedownMedianDays,
              .days(
                tally.allTakedownRemovals.quantile(0.5), basis: removedTotal),
              restingOn: .takedownsRemoved),
          ])))

    // Missed deadlines.
    tables.append(
      SummaryTable(
        id: "deadlines_missed", dimension: "deadline", columns: Self.periods,
        rows: [
          .init(
            key: "assessment",
            cells: Self.columns.map { SummaryFigure.assessmentsMissed($0).id }),
          .init(
            key: "measure",
            cells: Self.columns.map { SummaryFigure.measuresMissed($0).id }),
        ],
        total: .init(
          key: "total",
          cells: Self.columns.map { SummaryFigure.deadlinesMissed($0).id })))

    // The twelve-month trend.
    let months = period.trailingTwelveMonths
    var trendRows: [SummaryTable.Row] = []
    for (month, figures) in zip(months, standing.months) {
      // A month that is the period itself, or the previous one, shows the
      // same figures as the overview: they share identifiers, so that
      // hiding one hides the other.
      let same = zip(windows, Self.columns).first {
        $0.0.unit == .month && $0.0.label == month.label
      }?.1
      trendRows.append(
        .init(
          key: month.label,
          cells: [
            same.map { SummaryFigure.new($0).id }
              ?? sheet.put(.trend(month.label, .new), .count(figures.new)),
            same.map { SummaryFigure.resolved($0).id }
              ?? sheet.put(
                .trend(month.label, .resolved), .count(figures.resolved)),
          ]))
    }
    tables.append(
      SummaryTable(
        id: "trend", dimension: "month", columns: ["new", "resolved"],
        rows: trendRows))

    // The months of a period add up to the period's figures, and the
    // cases of the two orders of courts to all new cases.
    var extraLines = Self.columns.map { column in
      AdditiveLine(
        parts: [
          SummaryFigure.newJudicial(column).id,
          SummaryFigure.newAdministrative(column).id,
        ],
        total: SummaryFigure.new(column).id)
    }
    for (window, column) in zip(windows, Self.columns) {
      let inside = months.filter {
        $0.start >= window.start && $0.end <= window.end
      }
      guard inside.count > 1, inside.first?.start == window.start,
        inside.last?.end == window.end
      else { continue }
      let rows = trendRows.filter { row in
        inside.contains { $0.label == row.key }
      }
      extraLines.append(
        AdditiveLine(
          parts: rows.map { $0.cells[0] }, total: SummaryFigure.new(column).id))
      extraLines.append(
        AdditiveLine(
          parts: rows.map { $0.cells[1] },
          total: SummaryFigure.resolved(column).id))
    }

    return SummaryReport(
      period: period, previousPeriod: previous, generatedAt: generatedAt,
      statistics: sheet.statistics, tables: tables, extraLines: extraLines,
      bases: sheet.bases,
      disclosure: nil)
  }

  /// The figures being computed.
  struct Sheet {
    var statistics: [String: Statistic] = [:]
    /// For each duration, the count it rests on.
    var bases: [String: String] = [:]

    /// Puts a figure; a duration names the count of cases it rests on,
    /// so that hiding the count hides it.
    @discardableResult
    mutating func put(
      _ figure: SummaryFigure, _ statistic: Statistic,
      restingOn basis: SummaryFigure? = nil
    ) -> String {
      statistics[figure.id] = statistic
      if let basis { bases[figure.id] = basis.id }
      return figure.id
    }
  }

  /// The cases reported in the period by when the incident occurred.
  ///
  /// Its rows are each month of the period, before it, or not given; it
  /// adds up to the new cases: what a new case is (reported in the period) and when its
  /// incident happened are two things, which the table shows side by
  /// side.
  func occurrenceTable(_ tally: SummaryTally, on sheet: inout Sheet)
    -> SummaryTable
  {
    var months: [String] = []
    var day = period.start
    let calendar = Calendar.gregorian(in: period.timeZone)
    while day < period.end {
      let key = SummaryTally.monthKey(day, in: period.timeZone)
      if months.last != key { months.append(key) }
      day = calendar.date(byAdding: .day, value: 1, to: day) ?? period.end
    }
    var rows: [SummaryTable.Row] = []
    for key in months + ["before", "unknown"] {
      let count = tally.newBy[.occurrence]?[key]?[0] ?? 0
      rows.append(
        .init(
          key: key,
          cells: [sheet.put(.new(.occurrence, key, .current), .count(count))]))
    }
    return SummaryTable(
      id: "new_by_occurrence", dimension: "occurrence", columns: ["current"],
      rows: rows,
      total: .init(key: "total", cells: [SummaryFigure.new(.current).id]),
      multiValued: false)
  }

}

extension SummaryTally {
  /// An empty tally of the summary `builder` makes.
  public init(_ builder: SummaryBuilder) {
    self.init(period: builder.period, generatedAt: builder.generatedAt)
  }
}
