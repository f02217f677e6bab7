import EgideCore
import Foundation

/// What every format of a summary shows, with labels in one language and
/// only the figures disclosure control lets through: a hidden figure's
/// value never reaches this model, so no format can print it.
struct SummaryDocument: Sendable {
  /// One figure as published.
  struct Cell: Hashable, Sendable {
    /// A count or a duration in days.
    var unit: Statistic.Kind
    /// The figure; `nil` when suppressed or when there is nothing to
    /// measure.
    var value: Double?
    /// Whether disclosure control hides it.
    var suppressed: Bool

    /// The published form of a statistic.
    init(_ statistic: Statistic) {
      unit = statistic.kind
      suppressed = statistic.isSuppressed
      value = statistic.publishedValue
    }
  }

  /// One row: a value of the dimension and its cells.
  struct Row: Hashable, Sendable {
    var key: String
    var label: String
    var cells: [Cell]
  }

  /// One column: a stable identifier and its title.
  struct Column: Hashable, Sendable {
    var id: String
    var title: String
  }

  /// One table.
  struct Table: Hashable, Sendable {
    var id: String
    var title: String
    var dimension: String
    var dimensionTitle: String
    var columns: [Column]
    var rows: [Row]
    var total: Row?
    var multiValued: Bool

    /// Whether a cell holds a duration.
    var hasDays: Bool {
      (rows + (total.map { [$0] } ?? [])).contains {
        $0.cells.contains { $0.unit == .days }
      }
    }

    /// The index of a column.
    func column(_ id: String) -> Int? { columns.firstIndex { $0.id == id } }
  }

  /// The labels, in the document's language.
  var labels: SummaryLabels
  /// The period summarised.
  var period: ReportingPeriod
  /// The period shown beside it.
  var previousPeriod: ReportingPeriod
  /// When the summary was made.
  var generatedAt: Date
  /// The rule applied.
  var rule: DisclosureRule
  /// The tables, in display order.
  var tables: [Table]

  /// The published view of a report that has had disclosure control.
  init(report: SummaryReport, rule: DisclosureRule, labels: SummaryLabels) {
    self.labels = labels
    self.rule = rule
    period = report.period
    previousPeriod = report.previousPeriod
    generatedAt = report.generatedAt
    func row(_ row: SummaryTable.Row, dimension: String) -> Row {
      Row(
        key: row.key,
        label: labels.rowLabel(dimension: dimension, key: row.key),
        cells: row.cells.map { Cell(report[$0]) })
    }
    tables = report.tables.map { table in
      Table(
        id: table.id, title: labels.tableTitle(table.id),
        dimension: table.dimension,
        dimensionTitle: labels.dimensionTitle(table.dimension),
        columns: table.columns.map {
          Column(id: $0, title: labels.columnTitle($0, report: report))
        },
        rows: table.rows.map { row($0, dimension: table.dimension) },
        total: table.total.map { row($0, dimension: table.dimension) },
        multiValued: table.multiValued)
    }
  }

  /// The document's title.
  var title: String { labels.documentTitle(period) }

  /// The statement of the rule applied.
  var ruleStatement: String {
    labels.ruleStatement(minimumCount: rule.minimumCount)
  }

  /// The table with this identifier.
  func table(_ id: String) -> Table? { tables.first { $0.id == id } }

  /// A cell for reading: the suppressed marker, the not-applicable marker
  /// or the figure.
  func text(_ cell: Cell) -> String {
    if cell.suppressed { return SummaryLabels.suppressedMarker }
    guard let value = cell.value else {
      return SummaryLabels.notApplicableMarker
    }
    return labels.number(value, unit: cell.unit)
  }

  /// Whether the summary was made before its period ended: its figures
  /// change until the period's last day, and every format says so.
  var isProvisional: Bool { generatedAt < period.end }

  /// The mark of a provisional summary, nil for a complete one.
  var provisionalMarker: String? {
    isProvisional ? labels.provisionalMarker(period) : nil
  }

  /// The fields that describe the document, in order, with a stable key,
  /// a label and a value: the header of every format.
  var about: [(key: String, label: String, value: String)] {
    let first = LocalDay(period.start, in: period.timeZone)
    let last = LocalDay.lastDay(of: period)
    let previousFirst = LocalDay(
      previousPeriod.start, in: previousPeriod.timeZone)
    let previousLast = LocalDay.lastDay(of: previousPeriod)
    var fields: [(String, String)] = []
    if rule.isInternal {
      fields.append(("marking", labels.internalMarker))
    }
    if isProvisional {
      fields.append(("provisional", last.iso))
    }
    fields += [
      ("title", title),
      ("language", labels.language.rawValue),
      ("period", period.label),
      ("period_unit", period.unit.rawValue),
      ("period_first_day", first.iso),
      ("period_last_day", last.iso),
      ("previous_period", previousPeriod.label),
      ("previous_period_first_day", previousFirst.iso),
      ("previous_period_last_day", previousLast.iso),
      ("time_zone", period.timeZone.identifier),
      ("generated_at", SummaryInstant.iso(generatedAt)),
      ("minimum_count", String(rule.minimumCount)),
      ("internal", rule.isInternal ? "true" : "false"),
      ("rule", ruleStatement),
      ("new_cases", labels.newCaseDefinition),
    ]
    return fields.map { (key: $0.0, label: labels.field($0.0), value: $0.1) }
  }
}
