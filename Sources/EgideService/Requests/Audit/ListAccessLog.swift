import EgideCore
import EgideStore
import Foundation

/// The access log: every reveal of identities, who made it, when, in
/// which case and why, oldest first.
///
/// The log holds no identity, so no key is needed to read it. A security
/// officer limited to a court or a ressort reads the entries of the cases
/// of that scope only.
public struct ListAccessLog: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/access-log")

  /// Only the reveals by this user.
  public var user: String?
  /// Only the reveals in this case.
  public var `case`: String?
  /// Only the reveals on or after this date, as typed.
  public var since: String?

  /// The entries matching these filters.
  public init(user: String? = nil, case: String? = nil, since: String? = nil) {
    self.user = user
    self.case = `case`
    self.since = since
  }

  /// The entries, oldest first.
  public struct Document: Codable, Sendable {
    /// One reveal.
    public struct Entry: Codable, Sendable {
      /// What revealed, as the access log names it (`show`, `export`…).
      public var action: String
      /// Who.
      public var actor: String
      /// The case, if the reveal concerned one.
      public var caseReference: String?
      /// Further facts kept with the entry (the command, a filter).
      public var details: [String: String]
      /// Why, as the user gave it.
      public var purpose: String
      /// When.
      public var recordedAt: String
    }

    /// The entries.
    public var entries: [Entry]
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let reference = try Field.parse("case") {
      try self.case.map { value throws(DomainError) in
        try CaseReference.parse(value)
      }
    }
    let start = try Field.parse("since") {
      try since.map { value throws(DomainError) in
        try service.configuration.dates.parse(value, field: "since").start
      }
    }
    let access = try service.authorize(caller, .audit)
    var entries = try access.registry.accessLog(
      actor: user, caseReference: reference, since: start)
    // A scoped officer sees the reveals of the cases of their scope only.
    if access.scope != nil {
      var seen: [CaseReference: Bool] = [:]
      entries = try entries.filter { entry in
        guard let reference = entry.caseReference else { return false }
        if let known = seen[reference] { return known }
        let inside = try access.sees(case: reference)
        seen[reference] = inside
        return inside
      }
    }
    return Document(
      entries: entries.map { entry in
        Document.Entry(
          action: entry.action.rawValue, actor: entry.actor,
          caseReference: entry.caseReference?.description,
          details: entry.details, purpose: entry.purpose,
          recordedAt: ISODate.string(entry.recordedAt))
      })
  }
}
