import Foundation

/// Cases that belong together: they share an author or a site, or they
/// form a coordinated burst against one person.
///
/// A campaign holds no handle and no name: entities are numbers, counted.
public struct Campaign: Hashable, Sendable {
  /// Why the cases belong together.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Each case shares an author or a domain with another one of them
    /// (a connected component of the case–entity graph).
    case linked
    /// Several distinct authors against one person within a short window.
    case burst
  }

  /// Linked or burst.
  public var kind: Kind
  /// The cases, by reference.
  public var cases: [CaseReference]
  /// The person a burst targets; `nil` for a linked campaign.
  public var target: PersonID?
  /// The distinct authors over all its cases.
  public var authorCount: Int
  /// The entities found in at least two of its cases: what links them.
  public var sharedEntities: [CampaignCase.Entity]
  /// When its first case happened (or was reported).
  public var first: Date
  /// When its last case happened (or was reported).
  public var last: Date
  /// The courts concerned, by code, sorted.
  public var courts: [String]
  /// The kinds of incident, in the taxonomy's order.
  public var kinds: [IncidentKind]
  /// The highest severity of its cases, if any is rated.
  public var maximumSeverity: Severity?

  /// The authors found in at least two of its cases.
  public var sharedAuthorCount: Int {
    sharedEntities.filter { $0.kind == .author }.count
  }

  /// The domains found in at least two of its cases.
  public var sharedDomainCount: Int {
    sharedEntities.filter { $0.kind == .domain }.count
  }

  /// The time between its first and last cases.
  public var span: TimeInterval { last.timeIntervalSince(first) }

  /// Gathers the facts of a group of cases (at least one).
  init(kind: Kind, cases: [CampaignCase], target: PersonID? = nil) {
    precondition(!cases.isEmpty, "a campaign has at least one case")
    self.kind = kind
    self.target = target
    self.cases = cases.map(\.reference).sorted()
    var seen: [CampaignCase.Entity: Int] = [:]
    for item in cases {
      for entity in item.entities { seen[entity, default: 0] += 1 }
    }
    authorCount = seen.keys.filter { $0.kind == .author }.count
    sharedEntities = seen.filter { $0.value > 1 }.map(\.key).sorted()
    let moments = cases.map(\.moment)
    first = moments.min() ?? cases[0].moment
    last = moments.max() ?? cases[0].moment
    courts = Array(Set(cases.map(\.court))).sorted()
    let kinds = Set(cases.flatMap(\.kinds))
    self.kinds = IncidentKind.allCases.filter(kinds.contains)
    maximumSeverity = cases.compactMap(\.severity).max()
  }
}
