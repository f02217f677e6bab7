/// A protective measure that can be requested for a targeted person.
public enum MeasureKind: String, DomainValue {
  /// Protection fonctionnelle (ord. 58-1270 art. 11; CGFP L134-1 ff.).
  case statutoryProtection = "statutory_protection"
  /// Plainte or signalement to the prosecutor.
  case criminalComplaint = "criminal_complaint"
  /// Protection rapprochée, patrols at home.
  case policeProtection = "police_protection"
  /// Audit of home or office security.
  case securityAssessment = "security_assessment"
  /// Notice to a platform (DSA art. 16) or a PHAROS report.
  case contentTakedown = "content_takedown"
  /// Hiding the person's identity in published decisions (COJ L111-13).
  case openDataOccultation = "open_data_occultation"
  /// Professional domiciliation instead of the home address.
  case addressConfidentiality = "address_confidentiality"
  /// Temporary change of post or service.
  case reassignment
  case psychologicalSupport = "psychological_support"
  case legalSupport = "legal_support"
  case workplaceSecurity = "workplace_security"
  case other

  public static let fieldName = "measure kind"
}
