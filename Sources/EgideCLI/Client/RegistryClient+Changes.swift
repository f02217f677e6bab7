import EgideService

extension RegistryClient {
  /// Sends a change to one case and prints what happened:
  /// `2026-0042: assessed high`, `2026-0042 : évalué élevée`.
  func change<Request: ServiceRequest>(_ request: Request) throws
  where Request.Response == CaseChangeReceipt {
    let receipt = try send(request)
    print(
      receipt.reference + Words.en(": ", fr: " : ")
        + FrenchTimeline.line(receipt.description))
  }
}
