import EgideCore
import EgideService
import Foundation

/// Campaigns as text for people, from the document the service answers.
enum CampaignText {
  /// `egide campaign list`: one block per campaign, counts only.
  static func list(_ document: CampaignDocument, display: Display) -> String {
    let campaigns = document.campaigns
    var lines = [
      Typography.count(
        campaigns.count, "campaign", "campaigns", fr: "campagne", "campagnes")
        + " — " + legend(document.rules)
    ]
    for campaign in campaigns {
      lines.append("")
      lines += block(campaign, display: display)
    }
    return lines.joined(separator: "\n")
  }

  /// `egide campaign show`: the campaigns of one case, with the authors
  /// and sites that link them when they were revealed.
  static func show(_ document: CampaignDocument, display: Display) -> String {
    let reference = document.reference ?? ""
    let campaigns = document.campaigns
    guard !campaigns.isEmpty else {
      return Words.en(
        "Case \(reference) belongs to no campaign — ",
        fr: "Le dossier \(reference) ne fait partie d'aucune campagne — ")
        + legend(document.rules)
    }
    let count = Typography.count(
      campaigns.count, "campaign", "campaigns", fr: "campagne", "campagnes")
    var lines = [
      Words.en(
        "Case \(reference) belongs to \(count) — ",
        fr: "Le dossier \(reference) fait partie de \(count) — ")
        + legend(document.rules)
    ]
    var hidden = false
    for campaign in campaigns {
      lines.append("")
      lines += block(campaign, display: display)
      let authors = campaign.sharedAuthors ?? []
      let sites = campaign.sharedDomains ?? []
      hidden =
        hidden
        || (authors + sites).contains { HiddenIdentities.shown($0) == nil }
      let shownAuthors = authors.compactMap(HiddenIdentities.shown)
      let shownSites = sites.compactMap(HiddenIdentities.shown)
      if !shownAuthors.isEmpty {
        lines.append(
          Words.en("  Shared authors: ", fr: "  Auteurs communs : ")
            + shownAuthors.joined(separator: ", "))
      }
      if !shownSites.isEmpty {
        lines.append(
          Words.en("  Shared sites:   ", fr: "  Sites communs :   ")
            + shownSites.joined(separator: ", "))
      }
    }
    if hidden {
      lines.append("")
      lines.append(HiddenWording.notice())
    }
    return lines.joined(separator: "\n")
  }

  /// What the two kinds of campaign mean under these rules.
  static func legend(_ rules: CampaignDocument.Rules) -> String {
    Words.en(
      "linked: cases sharing an author or a site; coordinated burst: "
        + "\(rules.burstMinimumAuthors)+ authors against one person within "
        + "\(Int(rules.burstWindowHours)) h",
      fr:
        "liée : dossiers ayant un auteur ou un site en commun ; raid coordonné : "
        + "\(rules.burstMinimumAuthors) auteurs ou plus contre une même personne en "
        + "\(Int(rules.burstWindowHours)) h")
  }

  /// The lines of one campaign.
  static func block(_ campaign: CampaignDocument.Entry, display: Display)
    -> [String]
  {
    let count = Words.en(
      "\(campaign.caseCount) cases",
      fr: "\(Typography.number(campaign.caseCount)) dossiers")
    let authors = Typography.count(
      campaign.authorCount, "author", "authors", fr: "auteur", "auteurs")
    let first = ISODate.date(campaign.first) ?? Date()
    let last = ISODate.date(campaign.last) ?? first
    let title: String
    if campaign.kind == "burst" {
      let target =
        campaign.target.map { Words.en(" against \($0)", fr: " contre \($0)") }
        ?? ""
      title =
        Words.en(
          "Coordinated burst\(target) — \(count), \(authors) within ",
          fr: "Raid coordonné\(target) — \(count), \(authors) en ")
        + Typography.age(from: first, to: last)
    } else {
      var links: [String] = []
      if campaign.sharedAuthorCount > 0 {
        links.append(
          Typography.count(
            campaign.sharedAuthorCount, "shared author", "shared authors",
            fr: "auteur commun", "auteurs communs"))
      }
      if campaign.sharedDomainCount > 0 {
        links.append(
          Typography.count(
            campaign.sharedDomainCount, "shared site", "shared sites",
            fr: "site commun", "sites communs"))
      }
      title =
        Words.en(
          "Linked campaign — \(count), \(authors), linked by ",
          fr: "Campagne liée — \(count), \(authors), reliés par ")
        + links.joined(separator: Words.en(" and ", fr: " et "))
    }
    let typography = Typography(display: display)
    let severity =
      campaign.maximumSeverity.map { CaseListText.name($0, of: Severity.self) }
      ?? Words.en("not rated", fr: "non évaluée")
    return [
      title,
      Words.en("  Cases:    ", fr: "  Dossiers :    ")
        + campaign.cases.joined(separator: ", "),
      Words.en("  When:     ", fr: "  Période :     ")
        + "\(typography.dateTime(first)) → \(typography.dateTime(last))",
      Words.en("  Courts:   ", fr: "  Juridictions : ")
        + campaign.courts.joined(separator: ", "),
      Words.en("  Kinds:    ", fr: "  Nature :      ")
        + campaign.kinds.map { CaseListText.name($0, of: IncidentKind.self) }
        .joined(separator: ", "),
      Words.en("  Severity: ", fr: "  Gravité :     ") + severity
        + Words.en(" (highest)", fr: " (maximale)"),
    ]
  }
}
