/// What the deciding authority ruled on an occultation request or on its
/// appeal.
public enum OccultationOutcome: String, DomainValue {
  case granted
  case refused

  public static let fieldName = "outcome"
}
