/// What happened to the targeted person: one incident may carry several kinds
/// (a threat posted with a home address is both `threat` and `doxxing`).
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
    case .outrage: "outrage à magistrat, injure, diffamation"
    case .propertyDamage: "dégradation"
    case .stalking: "surveillance, filature"
    case .openDataExposure: "identification par une décision publiée"
    case .other: "autre"
    }
  }

  /// The candidate offences, as articles of the Code pénal (or the code
  /// that protects the data), empty where no single offence applies.
  public var candidateOffences: [String] {
    switch self {
    case .threat: ["C. pén. 433-3"]
    case .intimidation: ["C. pén. 434-8"]
    case .harassment: ["C. pén. 222-33-2-2"]
    case .cyberharassment: ["C. pén. 222-33-2-2"]
    case .doxxing: ["C. pén. 223-1-1"]
    case .assault: ["C. pén. 222-7", "C. pén. 222-13"]
    case .outrage: ["C. pén. 434-24"]
    case .propertyDamage: ["C. pén. 322-1"]
    case .stalking: []
    case .openDataExposure: ["COJ L111-13", "CJA L10"]
    case .other: []
    }
  }
}
