import Foundation

/// Finds campaigns among cases: linked cases (a shared author or domain,
/// directly or through other cases) and coordinated bursts.
///
/// Pure: it reads only what it is given.
public enum CampaignFinder {
  /// Every campaign of at least two cases, most recent activity first.
  public static func campaigns(
    in cases: [CampaignCase], rules: CampaignRules = .standard
  ) -> [Campaign] {
    sorted(linked(in: cases) + bursts(in: cases, rules: rules))
  }

  /// The groups of at least two cases connected by shared entities.
  public static func linked(in cases: [CampaignCase]) -> [Campaign] {
    var parent = Array(cases.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    var owner: [CampaignCase.Entity: Int] = [:]
    for (index, item) in cases.enumerated() {
      for entity in item.entities.sorted() {
        if let other = owner[entity] {
          let (a, b) = (root(index), root(other))
          if a != b { parent[max(a, b)] = min(a, b) }
        } else {
          owner[entity] = index
        }
      }
    }
    var groups: [Int: [CampaignCase]] = [:]
    for index in cases.indices {
      groups[root(index), default: []].append(cases[index])
    }
    return sorted(
      groups.values.filter { $0.count > 1 }.map {
        Campaign(kind: .linked, cases: $0)
      })
  }

  /// The coordinated bursts against each person.
  ///
  /// A burst is a window of `rules.burstWindow` over the cases against one
  /// person that holds enough cases and distinct authors; overlapping
  /// windows make one burst. Cases without a known author inside such a
  /// window belong to the burst too.
  public static func bursts(
    in cases: [CampaignCase], rules: CampaignRules = .standard
  ) -> [Campaign] {
    var byTarget: [PersonID: [CampaignCase]] = [:]
    for item in cases {
      for target in Set(item.targets) {
        byTarget[target, default: []].append(item)
      }
    }
    var found: [Campaign] = []
    var seen: Set<[CaseReference]> = []
    for target in byTarget.keys.sorted() {
      let ordered = (byTarget[target] ?? []).sorted {
        ($0.moment, $0.reference) < ($1.moment, $1.reference)
      }
      var groups: [ClosedRange<Int>] = []
      var end = 0
      for start in ordered.indices {
        let limit = ordered[start].moment.addingTimeInterval(rules.burstWindow)
        while end + 1 < ordered.count, ordered[end + 1].moment <= limit {
          end += 1
        }
        if end < start { end = start }
        let window = ordered[start...end]
        let authors = Set(window.flatMap(\.authors))
        guard window.count >= rules.burstMinimumCases,
          authors.count >= rules.burstMinimumAuthors
        else { continue }
        if let last = groups.last, start <= last.upperBound {
          groups[groups.count - 1] = last.lowerBound...max(last.upperBound, end)
        } else {
          groups.append(start...end)
        }
      }
      for group in groups {
        let campaign = Campaign(
          kind: .burst, cases: Array(ordered[group]), target: target)
        if seen.insert(campaign.cases).inserted { found.append(campaign) }
      }
    }
    return sorted(found)
  }

  /// The campaigns a case belongs to.
  public static func campaigns(
    of reference: CaseReference, in cases: [CampaignCase],
    rules: CampaignRules = .standard
  ) -> [Campaign] {
    campaigns(in: cases, rules: rules).filter {
      $0.cases.contains(reference)
    }
  }

  /// Most recent activity first, then by first case.
  static func sorted(_ campaigns: [Campaign]) -> [Campaign] {
    campaigns.sorted {
      if $0.last != $1.last { return $0.last > $1.last }
      if $0.cases != $1.cases {
        return $0.cases.lexicographicallyPrecedes($1.cases)
      }
      return $0.kind.rawValue < $1.kind.rawValue
    }
  }
}
