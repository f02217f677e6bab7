/// The position of a targeted person in the justice system, or `family` for
/// a relative of one of them.
public enum Role: String, DomainValue {
  /// Magistrat du siège.
  case judge
  /// Magistrat du parquet.
  case prosecutor
  /// Greffe.
  case clerk
  /// Other judicial staff.
  case staff
  /// Auditeurs and attachés de justice.
  case trainee
  /// Spouse, partner, child or parent of one of the above.
  case family

  public static let fieldName = "role"

  /// The coarse category used in published statistics.
  public var category: RoleCategory {
    switch self {
    case .judge: .siege
    case .prosecutor: .parquet
    case .clerk: .greffe
    case .staff, .trainee: .otherStaff
    case .family: .family
    }
  }
}

/// The coarse grouping of roles that statistics may show without
/// identifying anyone: siège, parquet, greffe, other staff, family.
public enum RoleCategory: String, DomainValue {
  case siege
  case parquet
  case greffe
  case otherStaff = "other_staff"
  case family

  public static let fieldName = "role category"
}
