import EgideCore
import Foundation

/// The campaigns of the registry, or of one case, as `egide campaign list`
/// and `egide campaign show` print them and the API serves them: stable
/// camelCase keys, ISO 8601 UTC dates.
///
/// A campaign is counts and references; only the document of one case
/// names the authors and sites its cases share, and only revealed ones
/// read other than `[sealed]`.
public struct CampaignDocument: Codable, Sendable {
  /// One campaign.
  public struct Entry: Codable, Sendable {
    /// `linked` or `burst`.
    public var kind: String
    /// The cases, by reference, in order.
    public var cases: [String]
    /// How many cases.
    public var caseCount: Int
    /// The person a burst targets.
    public var target: String?
    /// The distinct authors over all its cases.
    public var authorCount: Int
    /// The authors found in at least two of its cases.
    public var sharedAuthorCount: Int
    /// The sites found in at least two of its cases.
    public var sharedDomainCount: Int
    /// When its first case happened.
    public var first: String
    /// When its last case happened.
    public var last: String
    /// The hours between its first and last cases, to the tenth.
    public var spanHours: Double
    /// The courts concerned, by code.
    public var courts: [String]
    /// The kinds of incident.
    public var kinds: [String]
    /// The highest severity of its cases, if any is rated.
    public var maximumSeverity: String?
    /// Only for one case's campaigns: the authors its cases share.
    public var sharedAuthors: [String]?
    /// Only for one case's campaigns: the sites its cases share.
    public var sharedDomains: [String]?

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
  public struct Rules: Codable, Sendable {
    /// The longest window of a burst, in hours.
    public var burstWindowHours: Double
    /// The fewest distinct authors of a burst.
    public var burstMinimumAuthors: Int
    /// The fewest cases of a burst.
    public var burstMinimumCases: Int

    init(_ rules: CampaignRules) {
      burstWindowHours = rules.burstWindow / 3_600
      burstMinimumAuthors = rules.burstMinimumAuthors
      burstMinimumCases = rules.burstMinimumCases
    }
  }

  /// The case whose campaigns these are; nil for the list of every
  /// campaign.
  public var reference: String?
  /// The campaigns, most recent activity first.
  public var campaigns: [Entry]
  /// The rules they were found with.
  public var rules: Rules

  /// The document of every campaign.
  init(campaigns: [Campaign], rules: CampaignRules) {
    self.campaigns = campaigns.map { Entry($0, values: nil) }
    self.rules = Rules(rules)
  }

  /// The document of one case's campaigns.
  init(
    reference: CaseReference, campaigns: [Campaign],
    values: [CampaignCase.Entity: LinkedEntity], rules: CampaignRules
  ) {
    self.reference = reference.description
    self.campaigns = campaigns.map { Entry($0, values: values) }
    self.rules = Rules(rules)
  }
}
