import Foundation

extension CaseState {
  /// Decides to purge the identities of this case under `policy`.
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` for a case still
  ///   open, ended less than the period ago, or already purged.
  public func purge(
    under policy: RetentionPolicy, timeZone: TimeZone, by actor: String,
    at date: Date
  ) throws(DomainError) -> CaseEvent {
    if purgedAt != nil {
      throw DomainError(
        .forbiddenTransition,
        "the identities of case \(reference) were already purged")
    }
    guard policy.isDue(self, at: date, timeZone: timeZone) else {
      throw DomainError(
        .forbiddenTransition,
        "case \(reference) is \(status.rawValue) and cannot be purged: only cases resolved or closed more than \(policy.years) years ago are"
      )
    }
    return event(.purged(retentionYears: policy.years), actor, date)
  }
}
