import EgideCore
import Foundation

/// Computes every figure of a summary from the facts of the cases: pure
/// arithmetic on clear facts, before any disclosure control.
public struct SummaryBuilder: Sendable {
  /// The period summarised.
  public var period: ReportingPeriod
  /// When the summary is made (nothing after it is counted).
  public var generatedAt: Date

  /// The columns of tables that compare with the previous period.
  static let periods = ["current", "previous"]
  /// The age brackets of the open backlog, in days.
  static let ageBrackets: [(key: String, range: Range<Double>)] = [
    ("under_30_days", 0..<30), ("30_to_89_days", 30..<90),
    ("90_to_179_days", 90..<180), ("180_to_364_days", 180..<365),
    ("365_days_or_more", 365..<Double.infinity),
  ]

  /// Creates a builder for a period.
  public init(period: ReportingPeriod, generatedAt: Date) {
    self.period = period
    self.generatedAt = generatedAt
  }

  /// The summary of `cases`, with no figure hidden yet.
  public func build(_ cases: [CaseFacts]) -> SummaryReport {
    var sheet = Sheet()
    let previous = period.previous
    let windows = [period, previous]
    var tables: [SummaryTable] = []

    // New cases by dimension, this period and the previous one.
    func newTable(
      _ id: String, dimension: String, keys: [String], multiValued: Bool,
      totalID: String = "new",
      values: (CaseFacts, ReportingPeriod) -> [String]
    ) -> SummaryTable {
      var rows: [SummaryTable.Row] = []
      for key in keys {
        var cells: [String] = []
        for (window, column) in zip(windows, Self.periods) {
          let count = cases.filter {
            window.contains($0.reportedAt) && values($0, window).contains(key)
          }.count
          cells.append(
            sheet.put("new.\(dimension).\(key)@\(column)", .count(count)))
        }
        rows.append(.init(key: key, cells: cells))
      }
      let total = SummaryTable.Row(
        key: "total", cells: Self.periods.map { "\(totalID)@\($0)" })
      return SummaryTable(
        id: id, dimension: dimension, columns: Self.periods, rows: rows,
        total: total, multiValued: multiValued)
    }

    for (window, column) in zip(windows, Self.periods) {
      let new = cases.filter { window.contains($0.reportedAt) }
      sheet.put("new@\(column)", .count(new.count))
      sheet.put(
        "new.with_platform@\(column)",
        .count(new.filter { $0.platform != nil }.count))
      sheet.put(
        "escalated@\(column)",
        .count(
          cases.filter { c in c.escalations.contains { window.contains($0.at) }
          }
          .count))
      sheet.put(
        "open@\(column)",
        .count(cases.filter { $0.isOpen(at: window.end) }.count))
      let endings = cases.flatMap { c in
        c.endings.filter { window.contains($0.at) }
      }
      let resolved = endings.filter { $0.ending == .resolved }.count
      sheet.put("ended.resolved@\(column)", .count(resolved))
      for reason in ClosureReason.allCases {
        sheet.put(
          "ended.closed_\(reason.rawValue)@\(column)",
          .count(endings.filter { $0.ending == .closed(reason) }.count))
      }
      sheet.put(
        "ended@\(column)",
        .count(endings.filter { $0.ending != .reopened }.count))
      let missedAssessments = cases.filter { c in
        window.contains(c.assessmentDue) && c.assessmentDue < generatedAt
          && (c.assessedAt.map { $0 > c.assessmentDue } ?? true)
          && c.isOpen(at: c.assessmentDue)
      }.count
      let missedMeasures = cases.flatMap(\.measures).filter { m in
        guard let due = m.due, window.contains(due), due < generatedAt else {
          return false
        }
        return m.status(at: due)?.isAwaitingAction ?? false
      }.count
      sheet.put("deadlines.assessment@\(column)", .count(missedAssessments))
      sheet.put("deadlines.measure@\(column)", .count(missedMeasures))
      sheet.put(
        "deadlines@\(column)", .count(missedAssessments + missedMeasures))
    }

    tables.append(
      SummaryTable(
        id: "overview", dimension: "figure", columns: Self.periods,
        rows: [
          "new", "escalated", "ended.resolved", "ended", "open", "deadlines",
        ].map { key in
          .init(key: key, cells: Self.periods.map { "\(key)@\($0)" })
        }))
    tables.append(
      newTable(
        "new_by_kind", dimension: "kind",
        keys: IncidentKind.acceptedValues, multiValued: true
      ) { facts, _ in facts.kinds.map(\.rawValue) })
    tables.append(
      newTable(
        "new_by_role", dimension: "role_category",
        keys: RoleCategory.acceptedValues, multiValued: true
      ) { facts, _ in facts.roleCategories.map(\.rawValue) })
    let recent = cases.filter { c in
      windows.contains { $0.contains(c.reportedAt) }
    }
    let districts = Set(recent.map { $0.appealCourt ?? "national" }).sorted()
    tables.append(
      newTable(
        "new_by_district", dimension: "district", keys: districts,
        multiValued: false
      ) { facts, _ in [facts.appealCourt ?? "national"] })
    tables.append(
      newTable(
        "new_by_channel", dimension: "channel", keys: Channel.acceptedValues,
        multiValued: false
      ) { facts, _ in [facts.channel.rawValue] })
    let platforms = Platform.allCases.filter { platform in
      recent.contains { $0.platform == platform }
    }.map(\.rawValue)
    tables.append(
      newTable(
        "new_by_platform", dimension: "platform", keys: platforms,
        multiValued: false, totalID: "new.with_platform"
      ) { facts, _ in facts.platform.map { [$0.rawValue] } ?? [] })
    tables.append(
      newTable(
        "new_by_severity", dimension: "severity",
        keys: Severity.acceptedValues.reversed() + ["unrated"],
        multiValued: false
      ) { facts, window in
        [facts.severity(at: window.end)?.rawValue ?? "unrated"]
      })

    // Escalations per level: cases escalated to that level in the period.
    var levelRows: [SummaryTable.Row] = []
    for level in EscalationLevel.allCases {
      var cells: [String] = []
      for (window, column) in zip(windows, Self.periods) {
        let count = cases.filter { c in
          c.escalations.contains { $0.level == level && window.contains($0.at) }
        }.count
        cells.append(
          sheet.put("escalated.\(level.rawValue)@\(column)", .count(count)))
      }
      levelRows.append(.init(key: level.rawValue, cells: cells))
    }
    tables.append(
      SummaryTable(
        id: "escalations_by_level", dimension: "level",
        columns: Self.periods, rows: levelRows,
        total: .init(
          key: "total", cells: Self.periods.map { "escalated@\($0)" }),
        multiValued: true))

    // Resolutions and closures.
    tables.append(
      SummaryTable(
        id: "endings", dimension: "ending", columns: Self.periods,
        rows: (["resolved"]
          + ClosureReason.allCases.map { "closed_\($0.rawValue)" })
          .map { key in
            .init(key: key, cells: Self.periods.map { "ended.\(key)@\($0)" })
          },
        total: .init(key: "total", cells: Self.periods.map { "ended@\($0)" })))

    // The open backlog at the end of the period, by age.
    let open = cases.filter { $0.isOpen(at: period.end) }
    let ages = open.map { period.end.timeIntervalSince($0.reportedAt) / 86_400 }
    tables.append(
      SummaryTable(
        id: "backlog_by_age", dimension: "age", columns: ["current"],
        rows: Self.ageBrackets.map { bracket in
          .init(
            key: bracket.key,
            cells: [
              sheet.put(
                "open.age.\(bracket.key)@current",
                .count(ages.filter { bracket.range.contains($0) }.count))
            ])
        },
        total: .init(key: "total", cells: ["open@current"])))
    tables.append(
      SummaryTable(
        id: "backlog_age", dimension: "figure",
        columns: ["median_days", "p90_days"],
        rows: [
          .init(
            key: "age_of_open_cases",
            cells: [
              sheet.put(
                "open.age.median",
                .days(Self.quantile(ages, 0.5), basis: ages.count)),
              sheet.put(
                "open.age.p90",
                .days(Self.quantile(ages, 0.9), basis: ages.count)),
            ])
        ]))

    // Measures per kind.
    let measureColumns = ["requested", "granted", "refused", "in_place_at_end"]
    var measureRows: [SummaryTable.Row] = []
    var measureTotals = [0, 0, 0, 0]
    for kind in MeasureKind.allCases {
      let all = cases.flatMap(\.measures).filter { $0.kind == kind }
      let counts = [
        all.filter { period.contains($0.requestedAt) }.count,
        all.filter { m in
          m.changes.contains {
            [.granted, .partiallyGranted].contains($0.status)
              && period.contains($0.at)
          }
            || (m.changes.first.map {
              $0.status == .inPlace && period.contains($0.at)
            } ?? false)
        }.count,
        all.filter { m in
          m.changes.contains { $0.status == .refused && period.contains($0.at) }
        }.count,
        all.filter { $0.status(at: period.end) == .inPlace }.count,
      ]
      for index in counts.indices { measureTotals[index] += counts[index] }
      measureRows.append(
        .init(
          key: kind.rawValue,
          cells: zip(measureColumns, counts).map { column, count in
            sheet.put("measures.\(kind.rawValue).\(column)", .count(count))
          }))
    }
    tables.append(
      SummaryTable(
        id: "measures_by_kind", dimension: "measure_kind",
        columns: measureColumns, rows: measureRows,
        total: .init(
          key: "total",
          cells: zip(measureColumns, measureTotals).map { column, count in
            sheet.put("measures.\(column)", .count(count))
          })))

    // Delays, in days: median and 90th percentile.
    let toAssessment = cases.compactMap { c -> Double? in
      guard let at = c.assessedAt, period.contains(at) else { return nil }
      return at.timeIntervalSince(c.reportedAt) / 86_400
    }
    let toEscalation = cases.compactMap { c -> Double? in
      guard let first = c.escalations.first, period.contains(first.at) else {
        return nil
      }
      return first.at.timeIntervalSince(c.reportedAt) / 86_400
    }
    let toResolution = cases.flatMap { c in
      c.endings.filter { $0.ending == .resolved && period.contains($0.at) }
        .map { $0.at.timeIntervalSince(c.reportedAt) / 86_400 }
    }
    tables.append(
      SummaryTable(
        id: "delays", dimension: "delay",
        columns: ["median_days", "p90_days", "cases"],
        rows: [
          ("to_assessment", toAssessment), ("to_escalation", toEscalation),
          ("to_resolution", toResolution),
        ].map { key, values in
          .init(
            key: key,
            cells: [
              sheet.put(
                "delay.\(key).median",
                .days(Self.quantile(values, 0.5), basis: values.count)),
              sheet.put(
                "delay.\(key).p90",
                .days(Self.quantile(values, 0.9), basis: values.count)),
              // Resolutions in the period are the overview's figure.
              key == "to_resolution"
                ? "ended.resolved@current"
                : sheet.put("delay.\(key).cases", .count(values.count)),
            ])
        }))

    // Content takedown requests, per platform.
    let takedowns = cases.flatMap { c in
      c.measures.filter {
        $0.kind == .contentTakedown && period.contains($0.requestedAt)
      }
      .map { (platform: c.platform?.rawValue ?? "unknown", measure: $0) }
    }
    var takedownRows: [SummaryTable.Row] = []
    var removedTotal = 0
    for platform in Set(takedowns.map(\.platform)).sorted() {
      let sent = takedowns.filter { $0.platform == platform }
      let removal = sent.compactMap { item -> Double? in
        guard
          let change = item.measure.changes.first(where: {
            [.granted, .partiallyGranted, .inPlace].contains($0.status)
          }), change.at < period.end
        else { return nil }
        return change.at.timeIntervalSince(item.measure.requestedAt) / 86_400
      }
      removedTotal += removal.count
      takedownRows.append(
        .init(
          key: platform,
          cells: [
            sheet.put("takedown.\(platform).sent", .count(sent.count)),
            sheet.put("takedown.\(platform).removed", .count(removal.count)),
            sheet.put(
              "takedown.\(platform).median_days",
              .days(Self.quantile(removal, 0.5), basis: removal.count)),
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
            "measures.content_takedown.requested",
            sheet.put("takedown.removed", .count(removedTotal)),
            sheet.put(
              "takedown.median_days",
              .days(
                Self.quantile(
                  takedowns.compactMap { item in
                    item.measure.changes.first {
                      [.granted, .partiallyGranted, .inPlace].contains(
                        $0.status)
                    }.flatMap { change in
                      change.at < period.end
                        ? change.at.timeIntervalSince(item.measure.requestedAt)
                          / 86_400 : nil
                    }
                  }, 0.5), basis: removedTotal)),
          ])))

    // Missed deadlines.
    tables.append(
      SummaryTable(
        id: "deadlines_missed", dimension: "deadline", columns: Self.periods,
        rows: ["assessment", "measure"].map { key in
          .init(key: key, cells: Self.periods.map { "deadlines.\(key)@\($0)" })
        },
        total: .init(
          key: "total", cells: Self.periods.map { "deadlines@\($0)" })))

    // The twelve-month trend.
    let months = period.trailingTwelveMonths
    var trendRows: [SummaryTable.Row] = []
    for month in months {
      let new = cases.filter { month.contains($0.reportedAt) }.count
      let resolved = cases.flatMap(\.endings).filter {
        $0.ending == .resolved && month.contains($0.at)
      }.count
      // A month that is the period itself, or the previous one, shows the
      // same figures as the overview: they share identifiers, so that
      // hiding one hides the other.
      let same = zip(windows, Self.periods).first {
        $0.0.unit == .month && $0.0.label == month.label
      }?.1
      trendRows.append(
        .init(
          key: month.label,
          cells: [
            same.map { "new@\($0)" }
              ?? sheet.put("trend.\(month.label).new", .count(new)),
            same.map { "ended.resolved@\($0)" }
              ?? sheet.put(
                "trend.\(month.label).resolved", .count(resolved)),
          ]))
    }
    tables.append(
      SummaryTable(
        id: "trend", dimension: "month", columns: ["new", "resolved"],
        rows: trendRows))

    // The months of a period add up to the period's figures.
    var extraLines: [AdditiveLine] = []
    for (window, column) in zip(windows, Self.periods) {
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
        AdditiveLine(parts: rows.map { $0.cells[0] }, total: "new@\(column)"))
      extraLines.append(
        AdditiveLine(
          parts: rows.map { $0.cells[1] }, total: "ended.resolved@\(column)"))
    }

    return SummaryReport(
      period: period, previousPeriod: previous, generatedAt: generatedAt,
      statistics: sheet.statistics, tables: tables, extraLines: extraLines,
      disclosure: nil)
  }

  /// The q-quantile of values (nearest rank), `nil` for none.
  static func quantile(_ values: [Double], _ q: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let rank = Int((q * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  /// The figures being computed.
  struct Sheet {
    var statistics: [String: Statistic] = [:]

    @discardableResult
    mutating func put(_ id: String, _ statistic: Statistic) -> String {
      statistics[id] = statistic
      return id
    }
  }
}
