import EgideCore
import Foundation

/// Every human label of a summary, in English and French: titles of the
/// document and of its tables, column titles, the values of each
/// dimension, the disclosure statement and the legend.
///
/// Keys the labels do not know (a value added to the model later) fall
/// back to the key itself, so a document is never missing a row.
struct SummaryLabels: Sendable {
  /// The language of the labels.
  var language: ReportLanguage

  /// Picks the English or the French text.
  func text(_ english: String, _ french: String) -> String {
    language == .en ? english : french
  }

  // MARK: - The document

  /// The title of the document: `Égide — summary: November 2026`,
  /// `Égide — synthèse : novembre 2026`.
  func documentTitle(_ period: ReportingPeriod) -> String {
    text("Égide — summary: ", "Égide — synthèse : ") + periodName(period)
  }

  /// The period in words: `November 2026` (`novembre 2026`), `2026 Q3`
  /// (`3e trimestre 2026`), `2026` (`année 2026`), or its first and last
  /// days.
  func periodName(_ period: ReportingPeriod) -> String {
    let first = LocalDay(period.start, in: period.timeZone)
    switch period.unit {
    case .month:
      let name = monthName(first.month)
      return language == .en
        ? "\(name) \(first.year)" : "\(name.lowercased()) \(first.year)"
    case .quarter:
      let quarter = (first.month - 1) / 3 + 1
      return text(
        "\(first.year) Q\(quarter)",
        "\(quarter == 1 ? "1er" : "\(quarter)e") trimestre \(first.year)")
    case .year: return text("\(first.year)", "année \(first.year)")
    case .days:
      let last = LocalDay.lastDay(of: period)
      return text(
        "\(longDay(first)) to \(longDay(last))",
        "du \(longDay(first)) au \(longDay(last))")
    }
  }

  /// The head of the row grouping `count` rows with no figure shown.
  func groupedRows(_ count: Int) -> String {
    text(
      "\(count) more, every figure suppressed: ",
      "\(count) autres, tous les chiffres masqués : ")
  }

  /// The period in words and its days: `novembre 2026 — du 1er novembre
  /// 2026 au 30 novembre 2026 inclus (Europe/Paris)`; a span of days
  /// once, its days being its name.
  func periodLine(_ period: ReportingPeriod, separator: String) -> String {
    period.unit == .days
      ? span(period) : periodName(period) + separator + span(period)
  }

  /// What the summary counts as a new case.
  var newCaseDefinition: String {
    text(
      "A new case is a case reported in the period, whenever the incident occurred.",
      "Un nouveau dossier est un dossier signalé pendant la période, quelle que soit la date des faits."
    )
  }

  /// The line under the title.
  var subtitle: String {
    text(
      "Threats and attacks against magistrates, court staff and their families",
      "Atteintes aux magistrats, aux personnels de justice et à leurs familles")
  }

  /// The mark of a document made with a k below the standard.
  var internalMarker: String {
    text("INTERNAL — NOT FOR CIRCULATION", "INTERNE — NE PAS DIFFUSER")
  }

  /// Why the document is internal.
  func internalNotice(minimumCount: Int) -> String {
    let standard = DisclosureRule.standardMinimumCount
    return text(
      "The minimum cell count (k = \(minimumCount)) is below the standard \(standard): small figures that could point at a person are shown. Keep this document inside the registry's users.",
      "Le seuil minimal (k = \(minimumCount)) est inférieur au seuil standard de \(standard) : de petits effectifs qui pourraient désigner une personne sont affichés. Ce document ne doit pas sortir du cercle des utilisateurs du registre."
    )
  }

  /// The mark of a summary made before its period ended, on every page:
  /// its figures change until the period's last day.
  func provisionalMarker(_ period: ReportingPeriod) -> String {
    let last = longDay(LocalDay.lastDay(of: period))
    return text(
      "PROVISIONAL — the period runs until \(last); its figures change until then",
      "PROVISOIRE — la période court jusqu'au \(last) ; ses chiffres changeront d'ici là"
    )
  }

  /// The disclosure rule, stated in full.
  func ruleStatement(minimumCount k: Int) -> String {
    let counts: String
    switch k {
    case ...1:
      counts = text(
        "No count is suppressed (k = \(k)).",
        "Aucun effectif n'est masqué (k = \(k)).")
    case 2:
      counts = text(
        "Counts of 1 are suppressed (k = 2); further figures are suppressed so that no suppressed count can be recomputed from totals.",
        "Les effectifs égaux à 1 sont masqués (k = 2) ; d'autres valeurs sont masquées pour qu'aucun effectif masqué ne puisse être recalculé à partir des totaux."
      )
    default:
      counts = text(
        "Counts from 1 to \(k - 1) are suppressed (k = \(k)); further figures are suppressed so that no suppressed count can be recomputed from totals.",
        "Les effectifs de 1 à \(k - 1) sont masqués (k = \(k)) ; d'autres valeurs sont masquées pour qu'aucun effectif masqué ne puisse être recalculé à partir des totaux."
      )
    }
    let durations =
      k <= 1
      ? ""
      : text(
        " Durations resting on fewer than \(k) cases are suppressed.",
        " Les durées calculées sur moins de \(k) dossiers sont masquées.")
    return counts + durations
      + text(
        " Zero is shown. No name, free text or per-person count is included.",
        " Le zéro est affiché. Aucun nom, texte libre ni décompte par personne n'est publié."
      )
  }

  /// The marker of a suppressed figure.
  static let suppressedMarker = "s"
  /// The marker of a figure with nothing to measure.
  static let notApplicableMarker = "—"

  /// What the suppressed marker means.
  var suppressedLegend: String {
    text(
      "s = suppressed (disclosure control)",
      "s = secret statistique (masqué)")
  }

  /// What the not-applicable marker means.
  var notApplicableLegend: String {
    text(
      "— = not applicable (no case to measure)",
      "— = sans objet (aucun dossier à mesurer)")
  }

  /// The note under a table whose rows may add up to more than its total.
  var multiValuedNote: String {
    text(
      "A case can count in several rows: rows may add up to more than the total.",
      "Un dossier peut figurer sur plusieurs lignes : la somme des lignes peut dépasser le total."
    )
  }

  /// The note on durations.
  var daysNote: String {
    text(
      "Durations are in days, with one decimal.",
      "Les durées sont exprimées en jours, avec une décimale.")
  }

  /// How the charts show a suppressed figure.
  var chartSuppressedNote: String {
    text(
      "Hatched bars marked s are suppressed figures, drawn not to scale.",
      "Les barres hachurées marquées s sont des valeurs masquées, non dessinées à l'échelle."
    )
  }

  /// The label of each field of the document's header.
  func field(_ key: String) -> String {
    switch key {
    case "marking": text("Marking", "Mention")
    case "new_cases": text("New cases", "Nouveaux dossiers")
    case "provisional": text("Provisional until", "Provisoire jusqu'au")
    case "title": text("Title", "Titre")
    case "language": text("Language", "Langue")
    case "period": text("Period", "Période")
    case "period_unit": text("Kind of period", "Type de période")
    case "period_first_day": text("First day", "Premier jour")
    case "period_last_day": text("Last day", "Dernier jour")
    case "previous_period": text("Previous period", "Période précédente")
    case "previous_period_first_day":
      text(
        "First day of the previous period",
        "Premier jour de la période précédente")
    case "previous_period_last_day":
      text(
        "Last day of the previous period",
        "Dernier jour de la période précédente")
    case "generated_at": text("Generated", "Produit le")
    case "time_zone": text("Time zone", "Fuseau horaire")
    case "minimum_count": text("Minimum cell count (k)", "Seuil minimal (k)")
    case "internal": text("Internal document", "Document interne")
    case "rule": text("Disclosure rule", "Règle de secret statistique")
    case "suppressed_marker": text("Suppressed marker", "Marque du secret")
    case "legend": text("Legend", "Légende")
    case "charts": text("Charts", "Graphiques")
    case "tables": text("Tables", "Tableaux")
    default: key
    }
  }

  /// The name of a kind of period.
  func unit(_ unit: ReportingPeriod.Unit) -> String {
    switch unit {
    case .month: text("month", "mois")
    case .quarter: text("quarter", "trimestre")
    case .year: text("year", "année")
    case .days: text("days", "jours")
    }
  }

  /// A field name followed by its colon: `Period:`, `Période :` (French
  /// typography puts a space before the colon).
  func colon(_ name: String) -> String {
    language == .fr ? name + " :" : name + ":"
  }

  /// `true`/`false` in words.
  func yesNo(_ value: Bool) -> String {
    value ? text("yes", "oui") : text("no", "non")
  }

  // MARK: - Tables

  /// The title of a table.
  func tableTitle(_ id: String) -> String {
    switch id {
    case "overview": text("Overview", "Vue d'ensemble")
    case "new_by_occurrence":
      text(
        "New cases by month of occurrence",
        "Nouveaux dossiers par mois des faits")
    case "new_by_kind":
      text(
        "New cases by kind of incident",
        "Nouveaux dossiers par nature d'atteinte")
    case "new_by_role":
      text(
        "New cases by role of the person targeted",
        "Nouveaux dossiers par catégorie de la personne visée")
    case "new_by_district":
      text(
        "New cases at judicial courts, by cour d'appel district",
        "Nouveaux dossiers des juridictions judiciaires, par ressort de cour d'appel"
      )
    case "new_by_administrative_district":
      text(
        "New cases at administrative courts, by cour administrative d'appel district",
        "Nouveaux dossiers des juridictions administratives, par ressort de cour administrative d'appel"
      )
    case "new_by_channel":
      text("New cases by channel", "Nouveaux dossiers par canal")
    case "new_by_platform":
      text("New cases by platform", "Nouveaux dossiers par plateforme")
    case "new_by_severity":
      text("New cases by severity", "Nouveaux dossiers par gravité")
    case "escalations_by_level":
      text(
        "Cases escalated, by level",
        "Dossiers transmis à une autorité, par niveau")
    case "endings":
      text("Cases resolved and closed", "Dossiers résolus et classés")
    case "backlog_by_age":
      text(
        "Open cases at the end of the period, by age",
        "Dossiers ouverts en fin de période, par ancienneté")
    case "backlog_age":
      text(
        "Age of the open cases at the end of the period",
        "Ancienneté des dossiers ouverts en fin de période")
    case "measures_by_kind":
      text("Protective measures, by kind", "Mesures de protection, par type")
    case "protection_by_basis":
      text(
        "Protection fonctionnelle, by legal basis",
        "Protection fonctionnelle, par fondement")
    case "delays": text("Delays", "Délais de traitement")
    case "takedowns_by_platform":
      text(
        "Content takedown requests, by platform",
        "Demandes de retrait de contenu, par plateforme")
    case "deadlines_missed": text("Deadlines missed", "Échéances dépassées")
    case "trend": text("12-month trend", "Évolution sur 12 mois")
    default: id
    }
  }

  /// The title of the column of row labels: the dimension's name.
  func dimensionTitle(_ dimension: String) -> String {
    switch dimension {
    case "figure": text("Figure", "Indicateur")
    case "kind": text("Kind", "Nature")
    case "role_category": text("Role", "Catégorie")
    case "occurrence": text("Incident occurred", "Faits survenus")
    case "district": text("District", "Ressort")
    case "administrative_district": text("District", "Ressort")
    case "channel": text("Channel", "Canal")
    case "platform": text("Platform", "Plateforme")
    case "severity": text("Severity", "Gravité")
    case "level": text("Level", "Niveau")
    case "ending": text("Outcome", "Issue")
    case "age": text("Age", "Ancienneté")
    case "measure_kind": text("Measure", "Mesure")
    case "protection_basis": text("Legal basis", "Fondement")
    case "delay": text("Delay", "Délai")
    case "deadline": text("Deadline", "Échéance")
    case "month": text("Month", "Mois")
    default: dimension
    }
  }

  /// The title of a column; `current` and `previous` are named after the
  /// periods they cover.
  func columnTitle(_ column: String, report: SummaryReport) -> String {
    switch column {
    case "current": report.period.label
    case "previous": report.previousPeriod.label
    case "median_days": text("Median (days)", "Médiane (jours)")
    case "p90_days": text("90th percentile (days)", "9e décile (jours)")
    case "cases": text("Cases", "Dossiers")
    case "requested": text("Requested", "Demandées")
    case "granted": text("Granted", "Accordées")
    case "refused": text("Refused", "Refusées")
    case "refused_by_silence":
      text(
        "Refused by two months' silence", "Refusées par silence de deux mois")
    case "in_place_at_end":
      text("In place at end of period", "En place en fin de période")
    case "sent": text("Requests sent", "Demandes envoyées")
    case "removed": text("Content removed", "Contenus retirés")
    case "median_days_to_removal":
      text("Median days to removal", "Délai médian de retrait (jours)")
    case "new": text("New cases", "Nouveaux dossiers")
    case "resolved": text("Resolved", "Résolus")
    default: column
    }
  }

  /// The label of a total row.
  var total: String { "Total" }

  /// The label of a row: the value of the dimension.
  func rowLabel(dimension: String, key: String) -> String {
    if key == "total" { return total }
    let label: String? =
      switch dimension {
      case "figure": figure(key)
      case "kind": kind(key)
      case "role_category": roleCategory(key)
      case "district": district(key, administrative: false)
      case "administrative_district": district(key, administrative: true)
      case "channel": channel(key)
      case "platform": platform(key)
      case "severity": severity(key)
      case "level": escalationLevel(key)
      case "ending": ending(key)
      case "age": ageBracket(key)
      case "measure_kind": measureKind(key)
      case "protection_basis": protectionBasis(key)
      case "delay": delay(key)
      case "deadline": deadline(key)
      case "month": month(key)
      case "occurrence": occurrence(key)
      default: nil
      }
    return label ?? key
  }

  /// A row of the table by month of occurrence: a month, before the
  /// period, or not given.
  func occurrence(_ key: String) -> String? {
    switch key {
    case "before": text("Before the period", "Avant la période")
    case "unknown": text("Date not given", "Date non précisée")
    default: month(key)
    }
  }

  /// The figures of the overview and of the backlog age.
  func figure(_ key: String) -> String? {
    switch key {
    case "new": text("New cases", "Nouveaux dossiers")
    case "escalated":
      text("Cases escalated", "Dossiers transmis à une autorité")
    case "ended.resolved": text("Cases resolved", "Dossiers résolus")
    case "ended":
      text("Cases resolved or closed", "Dossiers résolus ou classés")
    case "open":
      text("Open cases at end of period", "Dossiers ouverts en fin de période")
    case "deadlines": text("Deadlines missed", "Échéances dépassées")
    case "age_of_open_cases":
      text("Age of open cases", "Ancienneté des dossiers ouverts")
    default: nil
    }
  }

  /// Incident kinds.
  func kind(_ key: String) -> String? {
    guard let kind = IncidentKind(rawValue: key) else { return nil }
    return switch kind {
    case .threat: text("Threat", "Menace")
    case .intimidation:
      text(
        "Intimidation to influence a decision",
        "Pressions pour influencer une décision")
    case .harassment: text("Harassment", "Harcèlement")
    case .cyberharassment: text("Cyberharassment", "Cyberharcèlement")
    case .doxxing:
      text(
        "Doxxing (personal information exposed)",
        "Diffusion d'informations personnelles")
    case .assault: text("Assault", "Agression, violences")
    case .outrage:
      text(
        "Outrage, insult, defamation",
        "Outrage à magistrat, injure, diffamation")
    case .propertyDamage: text("Property damage", "Dégradation")
    case .stalking: text("Stalking", "Surveillance, filature")
    case .openDataExposure:
      text(
        "Identification through a published decision",
        "Identification par une décision publiée")
    case .other: text("Other", "Autre")
    }
  }

  /// Role categories.
  func roleCategory(_ key: String) -> String? {
    guard let category = RoleCategory(rawValue: key) else { return nil }
    return switch category {
    case .siege: text("Bench judges (siège)", "Siège")
    case .parquet: text("Prosecutors (parquet)", "Parquet")
    case .greffe: text("Court clerks (greffe)", "Greffe")
    case .otherStaff: text("Other staff", "Autres personnels")
    case .family: text("Families", "Familles")
    }
  }

  /// Appeal-court districts, by the appeal court's name; `national` is
  /// the supreme court of the order.
  func district(_ key: String, administrative: Bool) -> String? {
    if key == "national" {
      return administrative
        ? text("Conseil d'État", "Conseil d'État")
        : text("Cour de cassation", "Cour de cassation")
    }
    return CourtDirectory.shared.court(code: key)?.name
  }

  /// Channels.
  func channel(_ key: String) -> String? {
    guard let channel = Channel(rawValue: key) else { return nil }
    return switch channel {
    case .socialNetwork: text("Social network", "Réseau social")
    case .press: text("Press", "Presse")
    case .broadcast: text("Radio or television", "Radio ou télévision")
    case .email: text("E-mail", "Courriel")
    case .phone: text("Telephone", "Téléphone")
    case .letter: text("Letter", "Courrier")
    case .inPerson: text("In person", "En personne")
    case .hearing: text("At a hearing", "À l'audience")
    case .home: text("At home", "Au domicile")
    case .messaging: text("Messaging app", "Messagerie")
    case .openData:
      text("Open-data court decision", "Décision publiée en open data")
    case .other: text("Other", "Autre")
    }
  }

  /// Platforms, and `unknown` for a takedown with no platform recorded.
  func platform(_ key: String) -> String? {
    if key == "unknown" { return text("Not recorded", "Non renseignée") }
    guard let platform = Platform(rawValue: key) else { return nil }
    return switch platform {
    case .x: "X"
    case .facebook: "Facebook"
    case .instagram: "Instagram"
    case .tiktok: "TikTok"
    case .youtube: "YouTube"
    case .linkedin: "LinkedIn"
    case .reddit: "Reddit"
    case .telegram: "Telegram"
    case .whatsapp: "WhatsApp"
    case .signal: "Signal"
    case .snapchat: "Snapchat"
    case .discord: "Discord"
    case .twitch: "Twitch"
    case .mastodon: "Mastodon"
    case .bluesky: "Bluesky"
    case .website: text("Website", "Site web")
    case .other: text("Other", "Autre")
    }
  }

  /// Severities, and `unrated`.
  func severity(_ key: String) -> String? {
    if key == "unrated" { return text("Not rated", "Non évaluée") }
    guard let severity = Severity(rawValue: key) else { return nil }
    return switch severity {
    case .low: text("Low", "Faible")
    case .moderate: text("Moderate", "Modérée")
    case .high: text("High", "Élevée")
    case .critical: text("Critical", "Critique")
    }
  }

  /// Escalation levels.
  func escalationLevel(_ key: String) -> String? {
    guard let level = EscalationLevel(rawValue: key) else { return nil }
    return switch level {
    case .headOfCourt: text("Head of court", "Chef de juridiction")
    case .headOfAppealCourt: text("Heads of appeal court", "Chefs de cour")
    case .ministry: text("Ministry (DSJ, SG)", "Ministère (DSJ, SG)")
    case .lawEnforcement:
      text(
        "Law enforcement (police, gendarmerie, PHAROS)",
        "Forces de l'ordre (police, gendarmerie, PHAROS)")
    case .prosecution:
      text(
        "Prosecution (complaint, art. 40 CPP)", "Parquet (plainte, art. 40 CPP)"
      )
    }
  }

  /// How cases ended: resolved, or closed for a reason.
  func ending(_ key: String) -> String? {
    if key == "resolved" { return text("Resolved", "Résolus") }
    guard key.hasPrefix("closed_"),
      let reason = ClosureReason(rawValue: String(key.dropFirst(7)))
    else { return nil }
    return switch reason {
    case .unfounded: text("Closed: unfounded", "Classés : infondés")
    case .withdrawn: text("Closed: withdrawn", "Classés : retirés")
    case .duplicate: text("Closed: duplicate", "Classés : doublons")
    }
  }

  /// Age brackets of the open backlog.
  func ageBracket(_ key: String) -> String? {
    switch key {
    case "under_30_days": text("Under 30 days", "Moins de 30 jours")
    case "30_to_89_days": text("30 to 89 days", "30 à 89 jours")
    case "90_to_179_days": text("90 to 179 days", "90 à 179 jours")
    case "180_to_364_days": text("180 to 364 days", "180 à 364 jours")
    case "365_days_or_more": text("365 days or more", "365 jours ou plus")
    default: nil
    }
  }

  /// Measure kinds.
  func protectionBasis(_ key: String) -> String? {
    guard let basis = ProtectionBasis(rawValue: key) else { return nil }
    return switch basis {
    case .magistrate:
      text(
        "Magistrates (ord. 58-1270 art. 11)",
        "Magistrats (ord. 58-1270, art. 11)")
    case .magistrateRelative:
      text(
        "Magistrates' relatives (ord. 58-1270 art. 11 al. 2)",
        "Proches de magistrats (ord. 58-1270, art. 11 al. 2)")
    case .publicAgent:
      text(
        "Greffe and other staff (CGFP L134-1 ff.)",
        "Greffe et autres agents (CGFP, L134-1 s.)")
    case .agentRelative:
      text(
        "Staff's relatives (CGFP L134-1 ff.)",
        "Proches d'agents (CGFP, L134-1 s.)")
    case .unsettled:
      text("Basis not settled", "Fondement non établi")
    }
  }

  func measureKind(_ key: String) -> String? {
    guard let kind = MeasureKind(rawValue: key) else { return nil }
    return switch kind {
    case .statutoryProtection:
      text(
        "Statutory protection (protection fonctionnelle)",
        "Protection fonctionnelle")
    case .criminalComplaint:
      text("Criminal complaint", "Plainte, signalement au procureur")
    case .policeProtection: text("Police protection", "Protection policière")
    case .securityAssessment:
      text("Security assessment", "Audit de sûreté")
    case .contentTakedown: text("Content takedown", "Retrait de contenu")
    case .openDataOccultation:
      text(
        "Occultation in published decisions",
        "Occultation dans les décisions publiées")
    case .addressConfidentiality:
      text(
        "Address confidentiality (professional domiciliation)",
        "Domiciliation professionnelle")
    case .reassignment: text("Reassignment", "Changement d'affectation")
    case .psychologicalSupport:
      text("Psychological support", "Soutien psychologique")
    case .legalSupport: text("Legal support", "Assistance juridique")
    case .workplaceSecurity:
      text("Workplace security", "Sécurisation du lieu de travail")
    case .other: text("Other", "Autre")
    }
  }

  /// Delays.
  func delay(_ key: String) -> String? {
    switch key {
    case "to_assessment":
      text("From report to assessment", "Du signalement à l'évaluation")
    case "to_escalation":
      text(
        "From report to first escalation",
        "Du signalement à la première transmission")
    case "to_resolution":
      text("From report to resolution", "Du signalement à la résolution")
    default: nil
    }
  }

  /// Deadline kinds.
  func deadline(_ key: String) -> String? {
    switch key {
    case "assessment": text("Assessment", "Évaluation")
    case "measure": text("Protective measure", "Mesure de protection")
    default: nil
    }
  }

  /// A month `YYYY-MM` in words: `November 2026`, `novembre 2026`.
  func month(_ key: String) -> String? {
    let parts = key.split(separator: "-")
    guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    return monthName(month) + " " + parts[0]
  }

  /// A month in three or four letters, for chart axes: `Nov`, `nov.`.
  func shortMonth(_ key: String) -> String {
    let parts = key.split(separator: "-")
    guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month)
    else { return key }
    let english = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec",
    ]
    let french = [
      "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
      "sept.", "oct.", "nov.", "déc.",
    ]
    return (language == .en ? english : french)[month - 1]
  }

  /// The name of a month, 1 to 12.
  func monthName(_ month: Int) -> String {
    let english = [
      "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December",
    ]
    let french = [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre",
    ]
    return (language == .en ? english : french)[month - 1]
  }

  // MARK: - Dates and numbers

  /// A day in words: `1 November 2026`, `1er novembre 2026`.
  func longDay(_ day: LocalDay) -> String {
    let number =
      language == .fr && day.day == 1 ? "1er" : String(day.day)
    return "\(number) \(monthName(day.month)) \(day.year)"
  }

  /// The days a period covers, in words, with the time zone.
  func span(_ period: ReportingPeriod) -> String {
    let first = LocalDay(period.start, in: period.timeZone)
    let last = LocalDay.lastDay(of: period)
    let zone = period.timeZone.identifier
    return text(
      "\(longDay(first)) to \(longDay(last)) (\(zone))",
      "du \(longDay(first)) au \(longDay(last)) inclus (\(zone))")
  }

  /// When the document was made, in words, in the report's time zone.
  func generated(_ date: Date, timeZone: TimeZone) -> String {
    let day = LocalDay(date, in: timeZone)
    let parts = Calendar.gregorian(in: timeZone).dateComponents(
      [.hour, .minute], from: date)
    let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    let frenchTime =
      "\(parts.hour ?? 0) h " + String(format: "%02d", parts.minute ?? 0)
    return text(
      "\(longDay(day)) at \(time) (\(timeZone.identifier))",
      "\(longDay(day)) à \(frenchTime) (\(timeZone.identifier))")
  }

  /// A figure for reading: an integer for a count, days with one decimal
  /// (a decimal comma in French).
  func number(_ value: Double, unit: Statistic.Kind) -> String {
    let plain = SummaryNumbers.plain(value, unit: unit)
    return language == .fr
      ? plain.replacingOccurrences(of: ".", with: ",")
      : plain
  }
}

/// Numbers written the same way in every language, for CSV and JSON.
enum SummaryNumbers {
  /// An integer for a count, days with one decimal and a decimal point.
  static func plain(_ value: Double, unit: Statistic.Kind) -> String {
    switch unit {
    case .count: String(Int(value.rounded()))
    case .days: String(format: "%.1f", (value * 10).rounded() / 10)
    }
  }
}

/// A calendar day in a time zone.
struct LocalDay: Hashable, Sendable {
  var year: Int
  var month: Int
  var day: Int

  /// The day holding an instant in a time zone.
  init(_ date: Date, in timeZone: TimeZone) {
    let parts = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day], from: date)
    year = parts.year ?? 0
    month = parts.month ?? 1
    day = parts.day ?? 1
  }

  /// The last day of a period (its end is the first instant after it).
  static func lastDay(of period: ReportingPeriod) -> LocalDay {
    LocalDay(period.end.addingTimeInterval(-1), in: period.timeZone)
  }

  /// `2026-11-01`.
  var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
}

/// Instants as ISO 8601 UTC: `2026-11-20T13:30:00Z`.
enum SummaryInstant {
  static func iso(_ date: Date) -> String {
    let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)
    let parts = Calendar.gregorian(in: utc ?? .current).dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year ?? 0,
      parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0,
      parts.second ?? 0)
  }
}
