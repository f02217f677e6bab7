/// Which kinds of incident online content itself can carry, so that a
/// notice about that content names only them.
///
/// Online: a threat, intimidation, harassment (a message is one act of
/// it), cyberharassment, doxxing, outrage (insult, defamation), an
/// exposure through published decisions. Not online: an assault, damage
/// to property, stalking, which happen in the world (a post may announce
/// them, and is then a threat), and `other`, which names no offence.
extension IncidentKind {
  /// Whether content posted online can itself be this kind of incident.
  public var isOnlineContent: Bool {
    switch self {
    case .threat, .intimidation, .harassment, .cyberharassment, .doxxing,
      .outrage, .openDataExposure:
      true
    case .assault, .propertyDamage, .stalking, .other: false
    }
  }

  /// Every kind online content can carry, in declaration order.
  public static var onlineKinds: [IncidentKind] {
    allCases.filter(\.isOnlineContent)
  }
}
