/// Why a case was closed without action.
public enum ClosureReason: String, DomainValue {
  case unfounded
  case withdrawn
  case duplicate

  public static let fieldName = "closure reason"
}
