import Foundation

/// The months, quarters and years the running totals are kept for, in
/// one time zone, made once each.
///
/// Summaries cut periods at midnight in the registry's zone; the totals
/// are kept in Paris time (``LocalCalendar/metropolitan``), the zone of
/// national figures, and a summary in another zone is counted from the
/// cases instead.
public struct TotalsCalendar {
  /// The zone of the periods.
  public let timeZone: TimeZone
  private let calendar: Calendar
  private var made: [String: ReportingPeriod] = [:]

  /// The periods of a time zone.
  public init(timeZone: TimeZone = LocalCalendar.metropolitan.timeZone) {
    self.timeZone = timeZone
    calendar = Calendar.gregorian(in: timeZone)
  }

  /// Whether a summary of `period` can be read from totals kept in this
  /// zone: a month, a quarter or a year, cut in the same zone.
  public func keeps(_ period: ReportingPeriod) -> Bool {
    period.unit != .days && period.timeZone.identifier == timeZone.identifier
  }

  /// Every month, quarter and year that holds one of the dates a
  /// summary reads of a case: when it was reported, assessed, due,
  /// escalated, ended or reopened, and when its measures were requested,
  /// due, changed or refused by silence.
  public mutating func periods(touchedBy facts: CaseFacts) -> [ReportingPeriod]
  {
    var dates = [facts.reportedAt, facts.assessmentDue]
    if let assessed = facts.assessedAt { dates.append(assessed) }
    dates += facts.escalations.map(\.at)
    dates += facts.endings.map(\.at)
    for measure in facts.measures {
      dates.append(measure.requestedAt)
      if let due = measure.due { dates.append(due) }
      if let silence = measure.silenceEnds { dates.append(silence) }
      dates += measure.changes.map(\.at)
    }
    var months = Set<Int>()
    for date in dates {
      let parts = calendar.dateComponents([.year, .month], from: date)
      months.insert((parts.year ?? 0) * 12 + (parts.month ?? 1) - 1)
    }
    var periods: [ReportingPeriod] = []
    var seen = Set<String>()
    for month in months.sorted() {
      let year = month / 12
      let number = month % 12 + 1
      let quarter = (number + 2) / 3
      for (unit, first, count, label) in [
        (
          ReportingPeriod.Unit.month, number, 1,
          String(format: "%04d-%02d", year, number)
        ),
        (.quarter, quarter * 3 - 2, 3, "\(year)-Q\(quarter)"),
        (.year, 1, 12, String(year)),
      ] where seen.insert(label).inserted {
        // Each period is made the first time it is asked for.
        if let known = made[label] {
          periods.append(known)
        } else {
          let period = ReportingPeriod.months(
            year: year, first: first, count: count, unit: unit,
            label: label, timeZone: timeZone)
          made[label] = period
          periods.append(period)
        }
      }
    }
    return periods
  }
}
