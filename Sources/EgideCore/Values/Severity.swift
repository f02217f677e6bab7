/// How serious a case is, from `low` to `critical`; drives deadlines and
/// the order in which security officers see cases.
public enum Severity: String, DomainValue, Comparable {
  case low
  case moderate
  case high
  case critical

  public static let fieldName = "severity"

  /// 0 for `low` up to 3 for `critical`.
  public var rank: Int {
    switch self {
    case .low: 0
    case .moderate: 1
    case .high: 2
    case .critical: 3
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }
}
