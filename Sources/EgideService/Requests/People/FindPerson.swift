import EgideCore
import EgideStore
import Foundation

/// Whether someone is in the registry: the registered persons with a
/// name, found through the blind index, and their cases.
///
/// The name is matched as a keyed hash of its folded form, never against
/// names in clear, so the lookup needs the registry key. Learning that a
/// person is registered is itself sensitive: the lookup always needs a
/// purpose and is written to the access log, one entry per case it points
/// at (one without a case when it finds none). The name travels in the
/// body, never in a URL. A user limited to a court or a ressort finds the
/// persons of that scope only, with their cases within it.
public struct FindPerson: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/person-searches")

  /// The person's name as it would be reported.
  public var name: String
  /// Why the person is looked up (required).
  public var purpose: String?

  /// A lookup by name, for a purpose.
  public init(name: String, purpose: String?) {
    self.name = name
    self.purpose = purpose
  }

  /// The registered persons found.
  public struct Result: Codable, Sendable {
    /// One registered person with the name.
    public struct Match: Codable, Sendable {
      /// The person's identifier, `P-000001`.
      public var id: String
      /// The person's role, such as `judge` or `clerk`.
      public var role: String
      /// Their function, if known.
      public var function: String?
      /// Their court, by code.
      public var court: String
      /// Their cases within the caller's scope.
      public var cases: [String]
    }

    /// The persons found, by identifier; empty when none has the name.
    public var persons: [Match]
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Result
  {
    let purpose = try Disclosure.required(purpose)
    let name = try Field.parse("name") {
      try TextRule.required(
        self.name, field: "name", limit: TextRule.shortLimit)
    }
    let access = try service.authorize(caller, .revealIdentities)
    let store = access.registry
    // A scoped user finds the persons of the courts of their scope only,
    // and of their cases, those within it.
    let found = try store.persons(named: name).filter {
      access.sees(court: $0.person.court.code)
    }.map { person, cases in
      (person, try cases.filter { try access.sees(case: $0) })
    }
    // One entry per case the lookup points at (one without a case when it
    // finds none), so that the access log of a case shows the lookup.
    let pointed = Set(found.flatMap(\.1)).sorted()
    _ = try access.reveal(
      .personSearch, purpose: purpose,
      cases: pointed.isEmpty ? [nil] : pointed.map(Optional.some),
      details: [
        "matches": String(found.count),
        "persons": found.map(\.0.id.description).joined(separator: ","),
      ])
    return Result(
      persons: found.map { person, cases in
        Result.Match(
          id: person.id.description, role: person.role.rawValue,
          function: person.function?.rawValue, court: person.court.code,
          cases: cases.map(\.description))
      })
  }
}
