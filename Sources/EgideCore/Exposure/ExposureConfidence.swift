/// How sure a scan is that a passage names a registered person.
public enum ExposureConfidence: String, DomainValue, Comparable {
  case low
  case medium
  case high

  public static let fieldName = "confidence"

  /// The confidence a score gives: 5 and more is high, 3–4 medium, 1–2
  /// low.
  static func of(score: Int) -> ExposureConfidence {
    score >= 5 ? .high : score >= 3 ? .medium : .low
  }

  private var rank: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .high: 2
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
