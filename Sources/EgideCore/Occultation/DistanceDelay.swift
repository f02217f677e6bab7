/// The délai de distance that may lengthen the appeal window of a person
/// living overseas, shown as a warning rather than added to the window.
///
/// CPC art. 643: « Lorsque la demande est portée devant une juridiction
/// qui a son siège en France métropolitaine, les délais de comparution,
/// d'appel, d'opposition, […] de recours en révision et de pourvoi en
/// cassation sont augmentés de : 1. Un mois pour les personnes qui
/// demeurent en Guadeloupe, en Guyane, à la Martinique, à La Réunion, à
/// Mayotte, à Saint-Barthélemy, à Saint-Martin, à Saint-Pierre-et-Miquelon,
/// en Polynésie française, dans les îles Wallis et Futuna, en
/// Nouvelle-Calédonie et dans les Terres australes et antarctiques
/// françaises ». The appeal of COJ R111-13 is brought before the first
/// president of the Cour de cassation, seated in Paris; but it is a
/// recours, not one of the délais art. 643 names, and no text or decision
/// found says whether the extension applies to it. The window shown stays
/// two months; the warning tells a person serving overseas that a month
/// more may apply, and not to count on it.
public enum DistanceDelay {
  /// The warning for someone serving at `court`, or nil when the court
  /// sits in metropolitan France (Alsace-Moselle included).
  public static func warning(forPersonServingAt court: Court) -> String? {
    let place: String
    switch court.calendar {
    case .metropolitan, .alsaceMoselle: return nil
    case .guadeloupe: place = "Guadeloupe"
    case .martinique: place = "Martinique"
    case .guyane: place = "Guyane"
    case .reunion: place = "La Réunion"
    case .mayotte: place = "Mayotte"
    case .saintMartin: place = "Saint-Martin"
    case .saintBarthelemy: place = "Saint-Barthélemy"
    case .saintPierreEtMiquelon: place = "Saint-Pierre-et-Miquelon"
    case .nouvelleCaledonie: place = "Nouvelle-Calédonie"
    case .polynesieFrancaise: place = "Polynésie française"
    case .wallisEtFutuna: place = "Wallis-et-Futuna"
    }
    return
      "the person serves in \(place) (\(court.name)): CPC art. 643 adds one month to appeal delays before a court seated in metropolitan France for persons living there; no text says whether it applies to the appeal of COJ R111-13, so the window shown is two months: appeal within it"
  }
}
