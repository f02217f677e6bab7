import Foundation

/// How long the identities of a finished case are kept: a case resolved or
/// closed for longer than the period has its identities purged, and its
/// anonymous facts stay for statistics.
public struct RetentionPolicy: Hashable, Sendable {
  /// The period, in calendar years after the case ended.
  public var years: Int

  /// The periods accepted, in years.
  public static let acceptedYears = 1...30

  /// Five years, unless the configuration says otherwise.
  public static let standard = RetentionPolicy(uncheckedYears: 5)

  private init(uncheckedYears years: Int) { self.years = years }

  /// A policy of `years` years.
  ///
  /// - Throws: ``DomainError`` for a period outside ``acceptedYears``.
  public init(years: Int, field: String = "retention.years")
    throws(DomainError)
  {
    guard Self.acceptedYears.contains(years) else {
      throw DomainError(
        .invalidValue,
        "\(field) '\(years)' is not accepted; accepted: a number of years from \(Self.acceptedYears.lowerBound) to \(Self.acceptedYears.upperBound)"
      )
    }
    self.years = years
  }

  /// The latest end date whose case is due for purging at `now`: `now`
  /// minus the period, on the calendar of `timeZone`.
  public func cutoff(at now: Date, timeZone: TimeZone) -> Date {
    Calendar.gregorian(in: timeZone).date(
      byAdding: .year, value: -years, to: now) ?? now
  }

  /// Whether a case in this state is due for purging at `now`.
  public func isDue(_ state: CaseState, at now: Date, timeZone: TimeZone)
    -> Bool
  {
    guard state.purgedAt == nil, !state.status.isOpen,
      let ended = state.endedAt
    else { return false }
    return ended <= cutoff(at: now, timeZone: timeZone)
  }
}
