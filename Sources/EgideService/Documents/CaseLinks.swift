import EgideCore
import EgideStore
import Foundation

/// What links one case to others, for `egide show`: the other cases of
/// each of its authors and sites, and the coordinated bursts it is part of.
struct CaseLinks {
  /// An author or a site and the other cases linked to it.
  struct Shared: Equatable {
    /// The author as the report wrote it, or the account or domain as
    /// found in an evidence URL.
    var label: String
    /// The other cases, oldest first.
    var cases: [CaseReference]
  }

  /// The other cases of each author.
  var sameAuthor: [Shared] = []
  /// The other cases with content on each site.
  var sameSite: [Shared] = []
  /// The coordinated bursts the case is part of.
  var bursts: [Campaign] = []

  /// Reads the links of a case; indexes an older registry first.
  ///
  /// Only the other cases `visible` accepts are named (a scoped user's).
  static func load(
    _ state: CaseState, from store: Registry,
    rules: CampaignRules = .standard,
    visible: (CaseReference) throws -> Bool = { _ in true },
    warn: (String) -> Void = { _ in }
  ) throws -> CaseLinks {
    do { try store.indexEntitiesIfPending() } catch {
      warn(
        "the links between cases are not indexed yet (\(error)); open the registry once with write access"
      )
      return CaseLinks()
    }
    var links = CaseLinks()
    var shared = try store.casesSharingEntities(with: state.reference).map {
      (entity: $0.entity, cases: try $0.cases.filter(visible))
    }.filter { !$0.cases.isEmpty }
    for author in state.report.authors {
      let entities = Set(EntityNormalizer.entities(author: author))
      let cases = Set(
        shared.filter { entities.contains($0.entity) }.flatMap(\.cases))
      guard !cases.isEmpty else { continue }
      links.sameAuthor.append(Shared(label: author, cases: cases.sorted()))
    }
    let named = Set(
      EntityNormalizer.entities(authors: state.report.authors))
    shared.removeAll { named.contains($0.entity) }
    for (entity, cases) in shared {
      let entry = Shared(label: entity.value, cases: cases)
      switch entity.kind {
      case .author: links.sameAuthor.append(entry)
      case .domain: links.sameSite.append(entry)
      }
    }
    links.bursts = try CampaignFinder.bursts(
      in: try store.campaignCases(targeting: state.report.targets),
      rules: rules
    ).filter { $0.cases.contains(state.reference) }.map { burst in
      var burst = burst
      burst.cases = try burst.cases.filter {
        try $0 == state.reference || visible($0)
      }
      return burst
    }
    return links
  }
}
