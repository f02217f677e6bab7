/// Which authority rules on an occultation request, as the law sets it.
public enum OccultationRoute: String, DomainValue {
  /// COJ R111-12: the president (first president) of the judicial court
  /// that rendered the decision, for its own magistrates and staff.
  case courtPresident = "court_president"
  /// COJ R111-13: a magistrate of the Cour de cassation designated by its
  /// first president, on request of any interested person; the decision
  /// may be appealed within two months of its notification.
  case cassationMagistrate = "cassation_magistrate"
  /// CJA L10 and R741-14: the president of the administrative court or
  /// of the formation that rendered the decision (the Conseil d'État for
  /// its own decisions).
  case administrativePresident = "administrative_president"

  public static let fieldName = "route"

  /// The route for a decision of `court` concerning someone with this
  /// `relation` to it.
  public static func route(
    forDecisionOf court: Court, relation: OccultationRelation
  ) -> OccultationRoute {
    if court.isAdministrative { return .administrativePresident }
    return relation == .member ? .courtPresident : .cassationMagistrate
  }

  /// The legal basis, as cited in the request.
  public var legalBasis: String {
    switch self {
    case .courtPresident: "COJ L111-13 and R111-12"
    case .cassationMagistrate: "COJ L111-13 and R111-13"
    case .administrativePresident: "CJA L10 and R741-14"
    }
  }

  /// Whether a refusal may be appealed (within two months of its
  /// notification).
  public var allowsAppeal: Bool { self == .cassationMagistrate }

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
      "Président de la formation de jugement, \(court.name)"
    }
  }
}
