import EgideCore
import EgideService
import Foundation

/// The JSON form of `egide campaign list` and `egide campaign show`: stable
/// camelCase keys, ISO 8601 UTC dates, sorted keys.
struct CampaignDocument: Encodable {
  /// One campaign.
  struct Entry: Encodable {
    var kind: String
    var cases: [String]
    var caseCount: Int
    var target: String?
    var authorCount: Int
    var sharedAuthorCount: Int
    var sharedDomainCount: Int
    var first: String
    var last: String
    var spanHours: Double
    var courts: [String]
    var kinds: [String]
    var maximumSeverity: String?
    /// Only for `campaign show`: the authors and domains the cases share.
    var sharedAuthors: [String]?
    var sharedDomains: [String]?

    init(_ campaign: Campaign, values: [CampaignCase.Entity: LinkedEntity]?) {
      kind = campaign.kind.rawValue
      cases = campaign.cases.map(\.description)
      caseCount = campaign.cases.count
      target = campaign.target?.description
      authorCount = campaign.authorCount
      sharedAuthorCount = campaign.sharedAuthorCount
      sharedDomainCount = campaign.sharedDomainCount
      first = ISODate.string(campaign.first)
      last = ISODate.string(campaign.last)
      spanHours = (campaign.span / 360).rounded() / 10
      courts = campaign.courts
      kinds = campaign.kinds.map(\.rawValue)
      maximumSeverity = campaign.maximumSeverity?.rawValue
      if let values {
        let shared = campaign.sharedEntities.compactMap { values[$0] }
        sharedAuthors = shared.filter { $0.kind == .author }.map(\.value)
        sharedDomains = shared.filter { $0.kind == .domain }.map(\.value)
      }
    }
  }

  /// The burst rules applied.
  struct Rules: Encodable {
    var burstWindowHours: Double
    var burstMinimumAuthors: Int
    var burstMinimumCases: Int
  }

  var reference: String?
  var campaigns: [Entry]
  var rules: Rules

  /// The document of `campaign list`.
  init(campaigns: [Campaign], rules: CampaignRules) {
    self.campaigns = campaigns.map { Entry($0, values: nil) }
    self.rules = Rules(rules)
  }

  /// The document of `campaign show`.
  init(
    reference: CaseReference, campaigns: [Campaign],
    values: [CampaignCase.Entity: LinkedEntity], rules: CampaignRules
  ) {
    self.reference = reference.description
    self.campaigns = campaigns.map { Entry($0, values: values) }
    self.rules = Rules(rules)
  }
}

extension CampaignDocument.Rules {
  init(_ rules: CampaignRules) {
    burstWindowHours = rules.burstWindow / 3_600
    burstMinimumAuthors = rules.burstMinimumAuthors
    burstMinimumCases = rules.burstMinimumCases
  }
}
