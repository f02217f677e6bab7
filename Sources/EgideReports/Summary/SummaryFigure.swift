import EgideCore

/// The identifier of one figure of a summary, built from typed parts:
/// `new.kind.threat@current` is `.new(.kind, "threat", .current)`.
///
/// The builder names every figure it computes through these, and code and
/// tests that read a figure ask for it the same way, so that a misspelled
/// name does not compile, and a figure the report does not hold reads as
/// `nil` (``SummaryReport/subscript(_:)-(SummaryFigure)``), never as 0.
/// The identifiers themselves are published (JSON, CSV, the ledger): this
/// type writes them as they always were.
public struct SummaryFigure: Hashable, Sendable, CustomStringConvertible {
  /// The published identifier: `new.kind.threat@current`.
  public let id: String

  private init(_ id: String) { self.id = id }

  public var description: String { id }

  /// The period a figure compares: the one summarised, or the one before.
  public enum Column: String, CaseIterable, Sendable {
    case current, previous
  }

  /// What new cases are counted by, one table each.
  public typealias Dimension = SummaryDimension

  /// What is counted of a kind of measure in the period.
  public enum MeasureFigure: String, CaseIterable, Sendable {
    case requested, granted, refused
    case inPlaceAtEnd = "in_place_at_end"
  }

  /// What is counted of the protections fonctionnelles of one basis.
  public enum ProtectionFigure: String, CaseIterable, Sendable {
    case requested, granted, refused
    case refusedBySilence = "refused_by_silence"
  }

  /// The delays measured from a report.
  public enum Delay: String, CaseIterable, Sendable {
    case toAssessment = "to_assessment"
    case toEscalation = "to_escalation"
    case toResolution = "to_resolution"
  }

  /// What is given of a delay or an age: the median, the 90th
  /// percentile, the count of cases it rests on.
  public enum Measure: String, CaseIterable, Sendable {
    case median, p90, cases
  }

  /// What is counted of the takedown requests to one platform.
  public enum TakedownFigure: String, CaseIterable, Sendable {
    case sent, removed
    case medianDays = "median_days"
  }

  /// The cases reported in a period.
  public static func new(_ column: Column) -> Self {
    Self("new@\(column.rawValue)")
  }

  /// The cases reported in a period with `value` (a code: `threat`,
  /// `ca_douai`, `2026-11`) under `dimension`.
  public static func new(
    _ dimension: Dimension, _ value: String, _ column: Column
  ) -> Self {
    Self("new.\(dimension.rawValue).\(value)@\(column.rawValue)")
  }

  /// The new cases that name a platform.
  public static func newWithPlatform(_ column: Column) -> Self {
    Self("new.with_platform@\(column.rawValue)")
  }

  /// The new cases at judicial courts.
  public static func newJudicial(_ column: Column) -> Self {
    Self("new.judicial@\(column.rawValue)")
  }

  /// The new cases at administrative courts.
  public static func newAdministrative(_ column: Column) -> Self {
    Self("new.administrative@\(column.rawValue)")
  }

  /// The cases escalated in a period.
  public static func escalated(_ column: Column) -> Self {
    Self("escalated@\(column.rawValue)")
  }

  /// The cases escalated to `level` in a period.
  public static func escalated(to level: EscalationLevel, _ column: Column)
    -> Self
  {
    Self("escalated.\(level.rawValue)@\(column.rawValue)")
  }

  /// The cases open at the end of a period.
  public static func open(_ column: Column) -> Self {
    Self("open@\(column.rawValue)")
  }

  /// The cases open at the end of the period in an age bracket
  /// (`under_30_days`).
  public static func openAged(_ bracket: String) -> Self {
    Self("open.age.\(bracket)@current")
  }

  /// The median or 90th percentile of the age of the open cases.
  public static func openAge(_ measure: Measure) -> Self {
    Self("open.age.\(measure.rawValue)")
  }

  /// The cases ended (resolved or closed) in a period.
  public static func ended(_ column: Column) -> Self {
    Self("ended@\(column.rawValue)")
  }

  /// The cases resolved in a period.
  public static func resolved(_ column: Column) -> Self {
    Self("ended.resolved@\(column.rawValue)")
  }

  /// The cases closed for `reason` in a period.
  public static func closed(_ reason: ClosureReason, _ column: Column) -> Self {
    Self("ended.closed_\(reason.rawValue)@\(column.rawValue)")
  }

  /// The deadlines missed in a period.
  public static func deadlinesMissed(_ column: Column) -> Self {
    Self("deadlines@\(column.rawValue)")
  }

  /// The assessments whose deadline fell in a period and was missed.
  public static func assessmentsMissed(_ column: Column) -> Self {
    Self("deadlines.assessment@\(column.rawValue)")
  }

  /// The measures whose deadline fell in a period and was missed.
  public static func measuresMissed(_ column: Column) -> Self {
    Self("deadlines.measure@\(column.rawValue)")
  }

  /// The measures of every kind requested, granted, refused or in place.
  public static func measures(_ figure: MeasureFigure) -> Self {
    Self("measures.\(figure.rawValue)")
  }

  /// The measures of `kind` requested, granted, refused or in place.
  public static func measures(_ kind: MeasureKind, _ figure: MeasureFigure)
    -> Self
  {
    Self("measures.\(kind.rawValue).\(figure.rawValue)")
  }

  /// The protections fonctionnelles of `basis` requested, granted,
  /// refused, or refused by silence.
  public static func protection(
    _ basis: ProtectionBasis, _ figure: ProtectionFigure
  ) -> Self {
    Self("protection.\(basis.rawValue).\(figure.rawValue)")
  }

  /// The protections fonctionnelles of every basis refused by silence.
  public static let protectionRefusedBySilence = Self(
    "protection.refused_by_silence")

  /// A delay's median, 90th percentile or count of cases.
  public static func delay(_ delay: Delay, _ measure: Measure) -> Self {
    Self("delay.\(delay.rawValue).\(measure.rawValue)")
  }

  /// The takedown requests sent to `platform` (a code, or `unknown`),
  /// removed, and the median days to removal.
  public static func takedown(_ platform: String, _ figure: TakedownFigure)
    -> Self
  {
    Self("takedown.\(platform).\(figure.rawValue)")
  }

  /// The takedowns removed, all platforms together.
  public static let takedownsRemoved = Self("takedown.removed")

  /// The median days to removal, all platforms together.
  public static let takedownMedianDays = Self("takedown.median_days")

  /// What the trend counts in each month.
  public enum TrendFigure: String, CaseIterable, Sendable {
    case new, resolved
  }

  /// The cases reported or resolved in a month of the trend (`2026-11`).
  public static func trend(_ month: String, _ figure: TrendFigure) -> Self {
    Self("trend.\(month).\(figure.rawValue)")
  }
}

extension SummaryReport {
  /// The figure `figure`, or nil when the report holds none by that name.
  public subscript(_ figure: SummaryFigure) -> Statistic? {
    statistics[figure.id]
  }
}
