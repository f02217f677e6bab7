/// The capacity in which French criminal law protects a targeted person,
/// which decides the offence articles a kind of incident falls under.
///
/// - `magistrate`: judges and prosecutors, protected as "magistrat" by
///   C. pén. 434-24, 434-8, 433-3 al. 1 and 222-13 4°.
/// - `publicServiceAgent`: greffiers and other court staff, auditeurs and
///   attachés de justice, protected as "personne chargée d'une mission de
///   service public" by C. pén. 433-5 al. 1, 433-3 al. 2 and 222-13 4° bis
///   (doctrine counts greffiers among them: "Sont considérées comme
///   personnes chargées d'une mission de service public : les greffiers",
///   http://doczz.fr/doc/4621520/l-outrage, read 2026-12-05).
/// - `relative`: spouse, parents and children, protected "en raison des
///   fonctions exercées" by their relative by C. pén. 433-3 al. 4 and
///   222-13 4° ter, and otherwise as private persons.
public enum ProtectedCapacity: String, DomainValue {
  case magistrate
  case publicServiceAgent = "public_service_agent"
  case relative

  public static let fieldName = "capacity"

  /// The capacity of a person of this role.
  public init(_ role: Role) {
    switch role {
    case .judge, .prosecutor: self = .magistrate
    case .clerk, .staff, .trainee: self = .publicServiceAgent
    case .family: self = .relative
    }
  }
}
