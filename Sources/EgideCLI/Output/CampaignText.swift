import EgideService
import Foundation

/// Campaigns as text for people, from the document the service answers.
enum CampaignText {
  /// `egide campaign list`: one block per campaign, counts only.
  static func list(_ document: CampaignDocument, display: Display) -> String {
    let campaigns = document.campaigns
    var lines = [
      "\(campaigns.count) campaign\(campaigns.count == 1 ? "" : "s") — "
        + legend(document.rules)
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
      return "Case \(reference) belongs to no campaign — "
        + legend(document.rules)
    }
    var lines = [
      "Case \(reference) belongs to \(campaigns.count) campaign\(campaigns.count == 1 ? "" : "s") — "
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
          "  Shared authors: " + shownAuthors.joined(separator: ", "))
      }
      if !shownSites.isEmpty {
        lines.append("  Shared sites:   " + shownSites.joined(separator: ", "))
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
    "linked: cases sharing an author or a site; coordinated burst: "
      + "\(rules.burstMinimumAuthors)+ authors against one person within "
      + "\(Int(rules.burstWindowHours)) h"
  }

  /// The lines of one campaign.
  static func block(_ campaign: CampaignDocument.Entry, display: Display)
    -> [String]
  {
    let count = "\(campaign.caseCount) cases"
    let authors =
      "\(campaign.authorCount) author\(campaign.authorCount == 1 ? "" : "s")"
    let first = ISODate.date(campaign.first) ?? Date()
    let last = ISODate.date(campaign.last) ?? first
    let title: String
    if campaign.kind == "burst" {
      let target = campaign.target.map { " against \($0)" } ?? ""
      title =
        "Coordinated burst\(target) — \(count), \(authors) within "
        + Display.age(from: first, to: last)
    } else {
      var links: [String] = []
      if campaign.sharedAuthorCount > 0 {
        links.append(
          "\(campaign.sharedAuthorCount) shared author\(campaign.sharedAuthorCount == 1 ? "" : "s")"
        )
      }
      if campaign.sharedDomainCount > 0 {
        links.append(
          "\(campaign.sharedDomainCount) shared site\(campaign.sharedDomainCount == 1 ? "" : "s")"
        )
      }
      title =
        "Linked campaign — \(count), \(authors), linked by "
        + links.joined(separator: " and ")
    }
    return [
      title,
      "  Cases:    " + campaign.cases.joined(separator: ", "),
      "  When:     \(display.dateTime(first)) → \(display.dateTime(last))",
      "  Courts:   " + campaign.courts.joined(separator: ", "),
      "  Kinds:    " + campaign.kinds.joined(separator: ", "),
      "  Severity: " + (campaign.maximumSeverity ?? "not rated")
        + " (highest)",
    ]
  }
}
