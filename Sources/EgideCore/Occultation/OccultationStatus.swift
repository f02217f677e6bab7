/// Where an occultation request stands: requested → granted | refused;
/// refused → appealed (within the window, COJ R111-13 only) → granted |
/// refused.
public enum OccultationStatus: String, DomainValue {
  case requested
  case granted
  case refused
  case appealed

  public static let fieldName = "occultation status"
}
