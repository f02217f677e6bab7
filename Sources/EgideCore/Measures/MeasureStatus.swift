/// Where a protective measure stands: requested → granted, partially
/// granted or refused → in place → lifted; or withdrawn.
public enum MeasureStatus: String, DomainValue {
  case requested
  case granted
  case partiallyGranted = "partially_granted"
  case refused
  case inPlace = "in_place"
  case lifted
  case withdrawn

  public static let fieldName = "measure status"

  /// The statuses this one may move to.
  ///
  /// An urgent measure may be put in
  /// place straight from `requested`.
  public var allowedNext: [MeasureStatus] {
    switch self {
    case .requested:
      [.granted, .partiallyGranted, .refused, .inPlace, .withdrawn]
    case .granted, .partiallyGranted: [.inPlace, .withdrawn]
    case .inPlace: [.lifted]
    case .refused, .lifted, .withdrawn: []
    }
  }

  /// Whether the measure can no longer change.
  public var isFinal: Bool { allowedNext.isEmpty }

  /// Whether the measure still waits for a decision or its implementation,
  /// so that a passed due date makes it late.
  public var isAwaitingAction: Bool {
    self == .requested || self == .granted || self == .partiallyGranted
  }

  /// Every status that awaits a decision or its implementation, in
  /// declaration order: the statuses a due date can make late.
  public static let awaitingAction = allCases.filter(\.isAwaitingAction)
}
