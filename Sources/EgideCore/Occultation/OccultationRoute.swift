/// Which authority rules on an occultation request, as the law sets it.
///
/// Checked against the texts (décret n° 2020-797 du 29 juin 2020):
/// - COJ R111-12 al. 2: « Lorsque l'occultation concerne un magistrat ou
///   un membre du greffe, la décision est prise par le président de la
///   juridiction concernée. »
/// - COJ R111-13: « Toute personne intéressée peut introduire, à tout
///   moment, devant un magistrat de la Cour de cassation désigné par le
///   premier président, une demande d'occultation […] La décision prise en
///   application du premier alinéa peut faire l'objet d'un recours devant
///   le premier président de la Cour de cassation dans les deux mois
///   suivant sa notification. Le premier président ou le président de
///   chambre qui le supplée statue par ordonnance. »
/// - CJA R741-14 al. 2: « Lorsque l'occultation concerne un membre du
///   Conseil d'Etat, un magistrat ou un agent de greffe, la décision est
///   prise, selon le cas, par le président de la section du contentieux
///   du Conseil d'Etat, le président de la cour administrative d'appel ou
///   le président du tribunal administratif. »
/// - CJA R741-15: « Toute personne intéressée peut introduire à tout
///   moment, auprès d'un membre du Conseil d'Etat désigné par le
///   vice-président du Conseil d'Etat, une demande d'occultation […] ». It
///   provides no appeal.
public enum OccultationRoute: String, DomainValue {
  /// COJ R111-12: the president (first president) of the judicial court
  /// that rendered the decision, for its own magistrates and greffe.
  case courtPresident = "court_president"
  /// COJ R111-13: a magistrate of the Cour de cassation designated by its
  /// first president, on request of any interested person; the decision
  /// may be appealed to the first president within two months of its
  /// notification.
  case cassationMagistrate = "cassation_magistrate"
  /// CJA R741-14: the president of the tribunal administratif or of the
  /// cour administrative d'appel that rendered the decision (the president
  /// of the section du contentieux for the Conseil d'État), for its own
  /// members and greffe.
  case administrativePresident = "administrative_president"
  /// CJA R741-15: a member of the Conseil d'État designated by its
  /// vice-president, on request of any interested person.
  case councilOfStateMember = "council_of_state_member"

  public static let fieldName = "route"

  /// The route for a decision of `court` concerning someone with this
  /// `relation` to it.
  public static func route(
    forDecisionOf court: Court, relation: OccultationRelation
  ) -> OccultationRoute {
    if court.isAdministrative {
      return relation == .member
        ? .administrativePresident : .councilOfStateMember
    }
    return relation == .member ? .courtPresident : .cassationMagistrate
  }

  /// The legal basis, as cited in the request.
  public var legalBasis: String {
    switch self {
    case .courtPresident: "COJ L111-13 and R111-12"
    case .cassationMagistrate: "COJ L111-13 and R111-13"
    case .administrativePresident: "CJA L10 and R741-14"
    case .councilOfStateMember: "CJA L10 and R741-15"
    }
  }

  /// Whether a refusal may be appealed (within two months of its
  /// notification): only under COJ R111-13.
  public var allowsAppeal: Bool { self == .cassationMagistrate }

  /// Who rules on an appeal, for a route that allows one.
  ///
  /// COJ R111-13: the first president of the Cour de cassation.
  public var appealAuthority: String? {
    guard allowsAppeal else { return nil }
    return
      "Premier président de la Cour de cassation (ou le président de chambre qui le supplée), statuant par ordonnance"
  }

  /// The authority that rules on a request about a decision of `court`.
  public func authority(forDecisionOf court: Court) -> String {
    switch self {
    case .courtPresident:
      switch court.kind {
      case .cassation, .appeal, .superiorAppeal:
        "Premier président, \(court.name)"
      default: "Président, \(court.name)"
      }
    case .cassationMagistrate:
      "Magistrat de la Cour de cassation désigné par le premier président"
    case .administrativePresident:
      court.kind == .councilOfState
        ? "Président de la section du contentieux, \(court.name)"
        : "Président, \(court.name)"
    case .councilOfStateMember:
      "Membre du Conseil d'État désigné par le vice-président du Conseil d'État"
    }
  }
}
