/// What a platform decided about content named in a notice.
public enum NoticeDecision: String, DomainValue {
  /// Taken down.
  case removed
  /// Kept online with restricted visibility, or disabled in some countries.
  case restricted
  /// Left online: the platform refused the notice for this content.
  case kept

  public static let fieldName = "decision"

  /// The status a URL takes from this decision.
  public var urlStatus: NoticeURLStatus {
    switch self {
    case .removed: .removed
    case .restricted: .restricted
    case .kept: .kept
    }
  }
}

/// Where one URL of a notice stands: pending until the platform decides,
/// then removed, restricted or kept.
///
/// A removed URL is final; restricted or kept content may still be
/// removed, or its restriction changed, on a later review.
public enum NoticeURLStatus: String, DomainValue {
  case pending
  case removed
  case restricted
  case kept

  public static let fieldName = "URL status"

  /// The statuses this one may move to.
  public var allowedNext: [NoticeURLStatus] {
    switch self {
    case .pending: [.removed, .restricted, .kept]
    case .restricted: [.removed, .kept]
    case .kept: [.removed, .restricted]
    case .removed: []
    }
  }
}
