/// What happened to the targeted person: one incident may carry several kinds
/// (a threat posted with a home address is both `threat` and `doxxing`).
///
/// Its offence articles depend on the person targeted: see
/// ``offences(against:)``.
public enum IncidentKind: String, DomainValue {
  case threat
  case intimidation
  case harassment
  case cyberharassment
  case doxxing
  case assault
  case outrage
  case propertyDamage = "property_damage"
  case stalking
  case openDataExposure = "open_data_exposure"
  case other

  public static let fieldName = "kind"

  /// The French name used in the magistrates' own vocabulary.
  public var frenchLabel: String {
    switch self {
    case .threat: "menace"
    case .intimidation: "pressions pour influencer une décision"
    case .harassment: "harcèlement"
    case .cyberharassment: "cyberharcèlement"
    case .doxxing: "diffusion d'informations personnelles"
    case .assault: "agression, violences"
    case .outrage: "outrage, injure, diffamation"
    case .propertyDamage: "dégradation"
    case .stalking: "surveillance, filature"
    case .openDataExposure: "identification par une décision publiée"
    case .other: "autre"
    }
  }
}
