import EgideCore

/// A request that can reveal identities: it carries a purpose when they
/// are asked for.
///
/// The HTTP API serves it at ``ServiceRequest/endpoint`` with identities
/// hidden, and at the same path followed by `/disclosure`, by POST, with
/// the purpose in the body: a purpose is free text, kept out of URLs and
/// so out of every server's and proxy's logs.
public protocol DisclosingRequest: ServiceRequest {
  /// Why identities are needed; nil to keep them hidden.
  var purpose: String? { get }
}

extension DisclosingRequest {
  /// Where the request is served with identities revealed.
  public static var disclosureEndpoint: Endpoint {
    Endpoint(.post, endpoint.path + "/disclosure")
  }
}

/// The purposes of reveals, checked the same way for every request.
enum Disclosure {
  /// A purpose given, checked; nil when none was given.
  static func purpose(_ text: String?) throws -> String? {
    try text.map { text in try required(text) }
  }

  /// A purpose that must be given: for the requests that always reveal
  /// (evidence retrieval, a notice's text, a search by name).
  static func required(_ text: String?) throws -> String {
    guard let text else {
      throw DomainError(
        .invalidValue,
        "{purpose} is missing; say why you need what this reveals, such as 'attach to the police complaint': it is recorded in the access log",
        field: "purpose")
    }
    return try Field.parse("purpose") { try AccessEntry.purpose(text) }
  }
}
