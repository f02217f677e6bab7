/// A fact about an incident that pushes its severity up.
public enum RiskFactor: String, DomainValue {
  case deathThreat = "death_threat"
  case weaponMentioned = "weapon_mentioned"
  case physicalContact = "physical_contact"
  case homeExposed = "home_exposed"
  case familyTargeted = "family_targeted"
  case repeated
  case knownViolentAuthor = "known_violent_author"
  case dateOrPlaceAnnounced = "date_or_place_announced"

  public static let fieldName = "factor"

  /// The lowest severity a case carrying these factors can be given.
  ///
  /// A death threat, a weapon or physical contact make a case at least
  /// `high`; a death threat or weapon together with the home, the family
  /// or an announced date or place make it `critical`; any other factor
  /// makes it at least `moderate`, two or more at least `high`.
  public static func minimumSeverity(for factors: Set<RiskFactor>) -> Severity {
    if factors.isEmpty { return .low }
    let grave: Set<RiskFactor> = [.deathThreat, .weaponMentioned]
    let reach: Set<RiskFactor> = [
      .homeExposed, .familyTargeted, .dateOrPlaceAnnounced,
    ]
    if !factors.isDisjoint(with: grave) && !factors.isDisjoint(with: reach) {
      return .critical
    }
    if !factors.isDisjoint(with: grave.union([.physicalContact])) {
      return .high
    }
    return factors.count >= 2 ? .high : .moderate
  }
}
