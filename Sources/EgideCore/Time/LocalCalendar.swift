import Foundation

/// The public holidays and the clock of the territory where a court sits.
///
/// Every court of `Reference/jurisdictions.csv` names one of these in its
/// `calendar` column: the calendar of the place where the court sits, its
/// seat, not its whole ressort. The administrative courts of Saint-Martin
/// and Saint-Barthélemy sit at Basse-Terre (Code de justice administrative
/// art. R221-3, read on http://gisti.org/spip.php?article2609) and so keep
/// Guadeloupe's calendar; the two territories' own calendars are kept for
/// a court seated there. Each calendar has one time zone. The eleven public holidays of metropolitan
/// France (Code du travail, art. L3133-1) apply everywhere, with these
/// differences:
///
/// - Alsace-Moselle (departments 57, 67, 68): Good Friday and 26 December,
///   Code du travail art. L3134-13 (local law taken from the ordinance of
///   16 August 1892). The article gives Good Friday only to communes that
///   have a Protestant temple or a mixed church; every court seat of the
///   three departments (Strasbourg, Colmar, Mulhouse, Saverne, Metz,
///   Sarreguemines, Thionville) has one, so the calendar gives it to all
///   of them. Read on the report for the Cour de cassation's avis
///   n° 1200008 of 17 September 2012,
///   https://www.courdecassation.fr/jurisprudence_2/avis_15/avis_classes_date_239/2012_4160/17_septembre_2012_1200008_4374/guerric_henon_24154.html
///   and http://fcaussin.fr/wordpress/2018/03/06/le-30-03-2018-vendredi-saint-est-un-jour-ferie-en-alsace/
/// - Overseas, the day commemorating the abolition of slavery, loi
///   n° 83-550 du 30 juin 1983 and décret n° 83-1003 du 23 novembre 1983
///   art. 1 (as amended by décret n° 2012-553 du 23 avril 2012, which
///   added Saint-Barthélemy, 9 October): Guadeloupe 27 May, Guyane
///   10 June, Martinique 22 May, Mayotte 27 April (also Code du travail
///   applicable à Mayotte art. L222-1), La Réunion 20 December,
///   Saint-Barthélemy 9 October. Saint-Martin: 28 May, the date its
///   préfecture has declared a public holiday under Code du travail
///   art. L3422-2 since 2018 (circulaire interministérielle du 3 mai
///   2019); the decree of 2012 said 27 May and its amendment of 2016
///   carried a clerical error. Read on
///   https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000692257/2020-11-30/,
///   http://logbook.memoirestbarth.com/st-barth/9-octobre-officiellement-jour-ferie-ile-saint-barthelemy/,
///   https://codes-et-lois.fr/code-du-travail-applicable-a-mayotte/article-l222-1
///   and http://soualigapost.fr/fr/actualite/29562/ .
/// - Saint-Pierre-et-Miquelon: the metropolitan holidays, on its own clock.
/// - Nouvelle-Calédonie: 24 September, in the list of legal holidays of
///   the accord interprofessionnel territorial, art. 74, read on
///   https://job.nc/actualites_et_dossier/un-jour-ferie-nest-pas-automatiquement-chome
/// - Polynésie française: 5 March (arrival of the Gospel), Good Friday,
///   and 29 June (fête de l'autonomie) until 2024, replaced from 2025 by
///   20 November (Matari'i i nia) by the loi du pays amending the list of
///   the Polynesian Code du travail, adopted on 6 May 2025. Read on
///   https://lexpol.cloud.pf/LexpolAfficheTexte.php?texte=1022247 (rapport
///   n° 23-2025, JOPF n° 11 NA du 25/06/2025 p. 1392) and
///   https://www.tahiti-infos.com/Le-20-novembre-remplace-officiellement-le-29-juin-comme-jour-ferie_a230388.html
/// - Wallis-et-Futuna: only the metropolitan holidays. Its local holidays
///   (28 April, Saint Pierre Chanel; 29 July, fête du Territoire) were
///   found only on third-party holiday sites, not in a text or an
///   official page, and are left out until one is cited.
public enum LocalCalendar: String, CaseIterable, Codable, Sendable {
  /// Metropolitan France outside Alsace-Moselle, Corsica included.
  case metropolitan = "metropolitan"
  /// Bas-Rhin, Haut-Rhin and Moselle.
  case alsaceMoselle = "alsace_moselle"
  /// Guadeloupe.
  case guadeloupe = "guadeloupe"
  /// Martinique.
  case martinique = "martinique"
  /// Guyane.
  case guyane = "guyane"
  /// La Réunion.
  case reunion = "reunion"
  /// Mayotte.
  case mayotte = "mayotte"
  /// Saint-Martin.
  case saintMartin = "saint_martin"
  /// Saint-Barthélemy.
  case saintBarthelemy = "saint_barthelemy"
  /// Saint-Pierre-et-Miquelon.
  case saintPierreEtMiquelon = "saint_pierre_et_miquelon"
  /// Nouvelle-Calédonie.
  case nouvelleCaledonie = "nouvelle_caledonie"
  /// Polynésie française.
  case polynesieFrancaise = "polynesie_francaise"
  /// Wallis-et-Futuna.
  case wallisEtFutuna = "wallis_et_futuna"

  /// The IANA name of the time zone in which the territory's days begin
  /// and end.
  public var timeZoneIdentifier: String {
    switch self {
    case .metropolitan, .alsaceMoselle: "Europe/Paris"
    case .guadeloupe: "America/Guadeloupe"
    case .martinique: "America/Martinique"
    case .guyane: "America/Cayenne"
    case .reunion: "Indian/Reunion"
    case .mayotte: "Indian/Mayotte"
    case .saintMartin: "America/Marigot"
    case .saintBarthelemy: "America/St_Barthelemy"
    case .saintPierreEtMiquelon: "America/Miquelon"
    case .nouvelleCaledonie: "Pacific/Noumea"
    case .polynesieFrancaise: "Pacific/Tahiti"
    case .wallisEtFutuna: "Pacific/Wallis"
    }
  }

  /// The time zone of the territory; Europe/Paris should the system's time
  /// zone database lack the name (a test checks that none is missing).
  public var timeZone: TimeZone {
    TimeZone(identifier: timeZoneIdentifier)
      ?? TimeZone(identifier: "Europe/Paris") ?? .gmt
  }

  /// The public holidays of the territory in a given year: the metropolitan
  /// ones and the territory's own.
  func publicHolidays(in year: Int) -> Set<BusinessCalendar.MonthDay> {
    var days = BusinessCalendar.publicHolidays(in: year)
    let easter = BusinessCalendar.easterSunday(year)
    let goodFriday = CivilDay(year: year, month: easter.month, day: easter.day)
      .adding(days: -2).components
    let friday = BusinessCalendar.MonthDay(
      month: goodFriday.month, day: goodFriday.day)
    switch self {
    case .metropolitan, .saintPierreEtMiquelon, .wallisEtFutuna: break
    case .alsaceMoselle:
      days.insert(friday)
      days.insert(.init(month: 12, day: 26))
    case .guadeloupe: days.insert(.init(month: 5, day: 27))
    case .martinique: days.insert(.init(month: 5, day: 22))
    case .guyane: days.insert(.init(month: 6, day: 10))
    case .reunion: days.insert(.init(month: 12, day: 20))
    case .mayotte: days.insert(.init(month: 4, day: 27))
    case .saintMartin: days.insert(.init(month: 5, day: 28))
    case .saintBarthelemy: days.insert(.init(month: 10, day: 9))
    case .nouvelleCaledonie: days.insert(.init(month: 9, day: 24))
    case .polynesieFrancaise:
      days.insert(.init(month: 3, day: 5))
      days.insert(friday)
      days.insert(
        year >= 2025 ? .init(month: 11, day: 20) : .init(month: 6, day: 29))
    }
    return days
  }
}
