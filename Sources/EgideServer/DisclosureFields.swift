import EgideService

/// The rule of every request that can reveal identities: its purpose
/// travels in a POST body to its `/disclosure` path, never in a URL, and
/// that path is pointless without one.
enum DisclosureFields {
  /// Refuses a purpose in the query of a read, pointing at `disclosurePath`.
  ///
  /// - Throws: ``ServiceError`` `.badRequest` naming `purpose`.
  static func refusePurposeInURL(
    _ fields: RequestFields, disclosurePath: String
  ) throws {
    guard fields.values["purpose"] != nil else { return }
    throw ServiceError(
      .badRequest,
      "{purpose} is not accepted in a URL, where server and proxy logs would keep it; POST it in the body to \(disclosurePath)",
      field: "purpose")
  }

  /// Refuses a disclosure without its purpose.
  ///
  /// - Throws: ``ServiceError`` `.badRequest` naming `purpose`.
  static func requirePurpose(_ purpose: String?) throws {
    guard purpose == nil else { return }
    throw ServiceError(
      .badRequest,
      "{purpose} is missing; a disclosure says why the identities are needed, and the access log keeps it",
      field: "purpose")
  }
}
