import EgideCore
import EgideService
import Foundation

/// Campaigns as text for people.
enum CampaignText {
  /// `egide campaign list`: one block per campaign, counts only.
  static func list(
    _ campaigns: [Campaign], rules: CampaignRules, display: Display
  ) -> String {
    var lines = [
      "\(campaigns.count) campaign\(campaigns.count == 1 ? "" : "s") — "
        + legend(rules)
    ]
    for campaign in campaigns {
      lines.append("")
      lines += block(campaign, display: display)
    }
    return lines.joined(separator: "\n")
  }

  /// `egide campaign show`: the campaigns of one case, with the authors
  /// and sites that link them when they were revealed.
  static func show(
    _ reference: CaseReference, _ campaigns: [Campaign],
    values: [CampaignCase.Entity: LinkedEntity], rules: CampaignRules,
    display: Display
  ) -> String {
    guard !campaigns.isEmpty else {
      return "Case \(reference) belongs to no campaign — " + legend(rules)
    }
    var lines = [
      "Case \(reference) belongs to \(campaigns.count) campaign\(campaigns.count == 1 ? "" : "s") — "
        + legend(rules)
    ]
    var hidden = false
    for campaign in campaigns {
      lines.append("")
      lines += block(campaign, display: display)
      let shared = campaign.sharedEntities.compactMap { values[$0] }
      hidden =
        hidden || shared.contains { HiddenIdentities.shown($0.value) == nil }
      let authors = shared.filter { $0.kind == .author }.compactMap {
        HiddenIdentities.shown($0.value)
      }
      let sites = shared.filter { $0.kind == .domain }.compactMap {
        HiddenIdentities.shown($0.value)
      }
      if !authors.isEmpty {
        lines.append("  Shared authors: " + authors.joined(separator: ", "))
      }
      if !sites.isEmpty {
        lines.append("  Shared sites:   " + sites.joined(separator: ", "))
      }
    }
    if hidden {
      lines.append("")
      lines.append(HiddenIdentities.notice())
    }
    return lines.joined(separator: "\n")
  }

  /// What the two kinds of campaign mean under these rules.
  static func legend(_ rules: CampaignRules) -> String {
    "linked: cases sharing an author or a site; coordinated burst: "
      + "\(rules.burstMinimumAuthors)+ authors against one person within "
      + "\(Int(rules.burstWindow / 3_600)) h"
  }

  /// The lines of one campaign.
  static func block(_ campaign: Campaign, display: Display) -> [String] {
    let count = "\(campaign.cases.count) cases"
    let authors =
      "\(campaign.authorCount) author\(campaign.authorCount == 1 ? "" : "s")"
    let title: String
    switch campaign.kind {
    case .linked:
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
    case .burst:
      let target = campaign.target.map { " against \($0)" } ?? ""
      title =
        "Coordinated burst\(target) — \(count), \(authors) within "
        + Display.age(from: campaign.first, to: campaign.last)
    }
    return [
      title,
      "  Cases:    "
        + campaign.cases.map(\.description).joined(separator: ", "),
      "  When:     \(display.dateTime(campaign.first)) → \(display.dateTime(campaign.last))",
      "  Courts:   " + campaign.courts.joined(separator: ", "),
      "  Kinds:    " + campaign.kinds.map(\.rawValue).joined(separator: ", "),
      "  Severity: " + (campaign.maximumSeverity?.rawValue ?? "not rated")
        + " (highest)",
    ]
  }
}
