import EgideCore
import EgideStore
import Foundation

/// The campaigns one case belongs to, with what links them.
///
/// The authors and sites its cases share are named only with a purpose,
/// written to the access log first; without one, the document says how
/// many link them. A user limited to a court or a ressort gets the
/// campaigns among the cases of that scope only.
public struct ShowCampaigns: DisclosingRequest {
  public static let endpoint = Endpoint(.get, "/v1/cases/{reference}/campaigns")

  /// The case.
  public var reference: String
  /// The longest window of a coordinated burst, in hours (72 when not
  /// given).
  public var burstWindow: Int?
  /// The fewest distinct authors of a coordinated burst (3 when not
  /// given).
  public var burstAuthors: Int?
  /// Why the shared authors and sites are needed; nil to keep them hidden.
  public var purpose: String?

  /// The campaigns of a case, revealing what links them when a purpose is
  /// given.
  public init(
    reference: String, burstWindow: Int? = nil, burstAuthors: Int? = nil,
    purpose: String? = nil
  ) {
    self.reference = reference
    self.burstWindow = burstWindow
    self.burstAuthors = burstAuthors
    self.purpose = purpose
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> CampaignDocument
  {
    let rules = try CampaignRuleFields.rules(
      burstWindow: burstWindow, burstAuthors: burstAuthors)
    let reference = try Field.parse("reference") {
      try CaseReference.parse(self.reference)
    }
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(
      caller, .campaignShow, on: .case(reference))
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .campaign, purpose: purpose, cases: [reference],
          details: ["command": "campaign show"])
      } ?? access.registry
    try store.indexEntitiesIfPending()
    let campaigns = CampaignFinder.campaigns(
      of: reference,
      in: try store.campaignCases().filter { access.sees(court: $0.court) },
      rules: rules)
    let values = try store.entityValues(campaigns.flatMap(\.sharedEntities))
    return CampaignDocument(
      reference: reference, campaigns: campaigns, values: values, rules: rules)
  }
}
