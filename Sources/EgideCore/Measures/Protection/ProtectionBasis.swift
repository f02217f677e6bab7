/// The legal basis of a protection fonctionnelle, fixed by the status of
/// the person protected.
///
/// Checked against the texts:
/// - Magistrates: ordonnance n° 58-1270 du 22 décembre 1958, art. 11 al. 1
///   (« les magistrats sont protégés contre les menaces, les agissements
///   constitutifs de harcèlement et les attaques de quelque nature que ce
///   soit, dont ils peuvent être l'objet dans l'exercice ou à l'occasion de
///   leurs fonctions »), with décret n° 93-21 du 7 janvier 1993, art. 11-29
///   ff., added by décret n° 2018-1081 du 4 décembre 2018: the request is
///   made in writing to the garde des Sceaux (art. 11-30); the decision
///   states the facts covered and the arrangements, its duration among
///   them (art. 11-31); the magistrate chooses the lawyer freely
///   (art. 11-32).
/// - Their relatives: art. 11 al. 2 (« au conjoint, au concubin, au
///   partenaire lié par un pacte civil de solidarité au magistrat, à ses
///   enfants et à ses ascendants directs, à leur demande, lorsqu'ils sont
///   victimes de menaces, de harcèlement, de violences, de voies de fait,
///   d'injures, de diffamations ou d'outrages du fait des fonctions
///   exercées par le magistrat »); décret 93-21 art. 11-29 applies its
///   chapter to them.
/// - Greffe and other staff: Code général de la fonction publique L134-1
///   (protection « organisée par la collectivité publique qui l'emploie à
///   la date des faits ») and L134-5 (« atteintes volontaires à
///   l'intégrité de sa personne, les violences, les agissements
///   constitutifs de harcèlement, les menaces, les injures, les
///   diffamations ou les outrages »).
/// - Their relatives: the same chapter's extension (former art. 11 of loi
///   n° 83-634, as amended by loi n° 2016-483): to the spouse, concubin,
///   PACS partner, children and direct ascendants, for the proceedings they
///   bring against the authors of deliberate attacks on their own person
///   suffered because of the agent's functions; narrower than the
///   magistrates'.
/// - An auditeur de justice, or a relative of a person Égide does not
///   know: the texts checked do not settle which regime applies
///   (`unsettled`); the authority addressed decides.
public enum ProtectionBasis: String, DomainValue {
  case magistrate
  case magistrateRelative = "magistrate_relative"
  case publicAgent = "public_agent"
  case agentRelative = "agent_relative"
  case unsettled

  public static let fieldName = "protection basis"

  /// The basis for protecting `person`, whose relative (for a family
  /// member) is `relative`.
  public static func of(_ person: TargetedPerson, relative: TargetedPerson?)
    -> ProtectionBasis
  {
    switch own(person.role, person.function) {
    case .some(let basis): return basis
    case .none:
      guard let relative, relative.role != .family else { return .unsettled }
      switch own(relative.role, relative.function) {
      case .magistrate: return .magistrateRelative
      case .publicAgent: return .agentRelative
      default: return .unsettled
      }
    }
  }

  /// The basis of someone of this role in their own right; nil for a
  /// family member.
  private static func own(_ role: Role, _ function: StaffFunction?)
    -> ProtectionBasis?
  {
    switch role {
    case .judge, .prosecutor: .magistrate
    case .clerk, .staff: .publicAgent
    case .trainee: function == .auditeur ? .unsettled : .publicAgent
    case .family: nil
    }
  }

  /// The texts, as `show` and the timeline cite them.
  public var citation: String {
    switch self {
    case .magistrate:
      "ordonnance n° 58-1270 art. 11 al. 1; décret n° 93-21 art. 11-29 ff."
    case .magistrateRelative:
      "ordonnance n° 58-1270 art. 11 al. 2; décret n° 93-21 art. 11-29 ff."
    case .publicAgent: "Code général de la fonction publique L134-1 and L134-5"
    case .agentRelative:
      "Code général de la fonction publique L134-1 ff. (extension to the family)"
    case .unsettled:
      "not settled by the texts checked (auditeur de justice, or a relative of a person not recorded)"
    }
  }

  /// The authority the texts say the written request goes to.
  public var authorityByLaw: String {
    switch self {
    case .magistrate, .magistrateRelative:
      "garde des Sceaux, ministre de la justice (décret n° 93-21 art. 11-30)"
    case .publicAgent, .agentRelative:
      "the public employer at the date of the facts, the ministère de la justice (CGFP L134-1)"
    case .unsettled: "the employing ministry"
    }
  }

  /// What the administration's silence means, and the text that says so.
  ///
  /// A refusal after two months (CRPA L231-4 5°, relations between the
  /// administration and its agents; for a relative, décret n° 2014-1303
  /// art. 1 1°, requests made as ayant droit of an agent).
  public var silenceRule: String {
    switch self {
    case .magistrateRelative, .agentRelative:
      "silence for two months is a refusal (décret n° 2014-1303 art. 1 1°)"
    default:
      "silence for two months is a refusal (CRPA L231-4 5°)"
    }
  }
}
