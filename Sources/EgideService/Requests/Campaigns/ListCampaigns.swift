import EgideCore
import EgideStore
import Foundation

/// Every campaign: clusters of cases that share an author or a site, and
/// coordinated bursts against one person.
///
/// Counts only, never a handle. A user limited to a court or a ressort
/// gets the campaigns among the cases of that scope only.
public struct ListCampaigns: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/campaigns")

  /// Only campaigns with a case on or after this date, as typed.
  public var since: String?
  /// Only campaigns of at least this many cases (2 or more; 2 when not
  /// given).
  public var minCases: Int?
  /// The longest window of a coordinated burst, in hours (72 when not
  /// given).
  public var burstWindow: Int?
  /// The fewest distinct authors of a coordinated burst (3 when not
  /// given).
  public var burstAuthors: Int?

  /// The campaigns matching these filters, under these burst rules.
  public init(
    since: String? = nil, minCases: Int? = nil, burstWindow: Int? = nil,
    burstAuthors: Int? = nil
  ) {
    self.since = since
    self.minCases = minCases
    self.burstWindow = burstWindow
    self.burstAuthors = burstAuthors
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CampaignDocument
  {
    let minimum = minCases ?? 2
    guard minimum >= 2 else {
      throw DomainError(
        .invalidValue,
        "{minCases} '\(minimum)' is not accepted; a campaign has 2 cases or more",
        field: "minCases")
    }
    let rules = try CampaignRuleFields.rules(
      burstWindow: burstWindow, burstAuthors: burstAuthors)
    let start = try Field.parse("since") {
      try since.map { value throws(DomainError) in
        try service.configuration.dates.parse(value, field: "since").start
      }
    }
    let access = try service.authorize(caller, .campaignList)
    let store = access.registry
    try store.indexEntitiesIfPending()
    let campaigns = CampaignFinder.campaigns(
      in: try store.campaignCases().filter { access.sees(court: $0.court) },
      rules: rules
    ).filter { campaign in
      campaign.cases.count >= minimum
        && start.map { campaign.last >= $0 } ?? true
    }
    return CampaignDocument(campaigns: campaigns, rules: rules)
  }
}
