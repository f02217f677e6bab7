import EgideCore
import EgideStore
import Foundation

/// Attach the address of content online to a case.
public struct AddEvidenceURL: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/evidence", successStatus: 201)

  /// The case.
  public var reference: String
  /// The address: http or https (sealed).
  public var url: String
  /// What the evidence shows (sealed).
  public var description: String?

  /// A URL to attach.
  public init(reference: String, url: String, description: String? = nil) {
    self.reference = reference
    self.url = url
    self.description = description
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> EvidenceReceipt
  {
    guard let parsed = URL(string: url), let scheme = parsed.scheme,
      ["http", "https"].contains(scheme.lowercased()), parsed.host != nil
    else {
      throw DomainError(
        .invalidValue,
        "url '\(url)' is not a web address; accepted: http:// or https:// addresses",
        field: "url")
    }
    return try EvidenceReceipt.add(
      .url(url), to: reference, description: description, on: service,
      as: caller)
  }
}

/// What attaching evidence answers.
public struct EvidenceReceipt: Codable, Sendable, Equatable {
  /// The case.
  public var reference: String
  /// The new evidence.
  public var evidence: String

  /// Records evidence in a case, for the caller, with the service's time.
  static func add(
    _ source: EvidenceSource, to text: String, description: String?,
    on service: EgideService, as caller: Caller
  ) throws -> EvidenceReceipt {
    let reference = try Field.parse("reference") {
      try CaseReference.parse(text)
    }
    let access = try service.authorize(
      caller, .evidenceAdd, on: .case(reference))
    let id = try access.registry.transaction { tx in
      try Field.parse("description") {
        try tx.addEvidence(
          to: reference, source, description: description, by: access.actor,
          at: access.now)
      }
    }
    return EvidenceReceipt(
      reference: reference.description, evidence: id.description)
  }
}
