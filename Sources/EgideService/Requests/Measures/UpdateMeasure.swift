import EgideCore
import EgideStore
import Foundation

/// Move a measure to a new status, as the authority decided or as it was
/// carried out.
///
/// requested → granted | partially_granted | refused | in_place |
/// withdrawn; granted, partially_granted → in_place | withdrawn;
/// in_place → lifted.
public struct UpdateMeasure: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/measures/{measure}/status")

  /// The measure (`M-000003`).
  public var measure: String
  /// The new status.
  public var status: String
  /// A note on the decision (sealed).
  public var note: String?

  /// A new status for a measure.
  public init(measure: String, status: String, note: String? = nil) {
    self.measure = measure
    self.status = status
    self.note = note
  }

  /// The measure's new status.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The case the measure belongs to.
    public var reference: String
    /// The measure.
    public var measure: String
    /// Its new status.
    public var status: String
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let id = try Field.parse("measure") { try MeasureID.parse(self.measure) }
    let status = try Field.parse("status") {
      try MeasureStatus.parse(self.status)
    }
    let access = try service.authorize(caller, .measureUpdate, on: .measure(id))
    let now = access.now
    let reference = try access.registry.transaction { tx in
      try Field.parse("note") {
        try tx.updateMeasure(
          id, to: status, note: note, by: access.actor, at: now)
      }
    }
    return Receipt(
      reference: reference.description, measure: id.description,
      status: status.rawValue)
  }
}
