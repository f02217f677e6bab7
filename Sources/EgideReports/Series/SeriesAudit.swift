/// How far a reader holding every published document can narrow each
/// hidden count, with every relation a reader can see: the tables of each
/// document, the same figure in several documents, the backlog's balance,
/// and the months of a quarter or a year adding up to it.
///
/// Each hidden count is bounded by linear programming (``LinearProgram``)
/// over the group of hidden and unpublished figures that the relations
/// tie it to, the figures shown being constants. A count is exposed when
/// its interval holds a single whole number, or nothing above 1: the
/// promise of the README, "no hidden figure can be recomputed, nor pinned
/// to 1", kept across the whole series.
struct SeriesAudit {
  /// What the audit found about one hidden count.
  struct Exposure: Hashable, Sendable {
    var figure: FigureIdentity
    var lower: Double
    var upper: Double?
  }

  /// Every relation.
  let relations: [FigureRelation]
  /// For each figure, the relations that name it (by index).
  let relationsNaming: [FigureIdentity: [Int]]
  /// The exposures found in each group of unknowns already audited: a
  /// group is audited again only when its figures change.
  private var audited: [[FigureIdentity]: [Exposure]] = [:]

  /// Creates an audit of `relations` and of the temporal relations
  /// between the windows of `figures`.
  init(relations: [FigureRelation], figures: Set<FigureIdentity>) {
    self.relations = relations + Self.temporalRelations(among: figures)
    var naming: [FigureIdentity: [Int]] = [:]
    for (index, relation) in self.relations.enumerated() {
      for term in relation.terms {
        naming[term.figure, default: []].append(index)
      }
    }
    relationsNaming = naming
  }

  /// The hidden counts exposed, among those tied to `focus`.
  ///
  /// - Parameters:
  ///   - known: The counts a reader knows: shown in some document.
  ///   - hidden: The hidden counts, with the smallest value each can take
  ///     (1, since zero is shown).
  ///   - focus: The figures of the new document: only the groups of
  ///     unknowns they are tied to are audited.
  /// - Returns: The exposures; nil when the relations cannot all hold,
  ///   which means the figures published do not add up.
  mutating func exposures(
    known: [FigureIdentity: Double], hidden: [FigureIdentity: Double],
    touching focus: Set<FigureIdentity>
  ) -> [Exposure]? {
    // The relations in the unknowns, the known figures made constants.
    var reduced:
      [(terms: [(FigureIdentity, Double)], equal: Bool, bound: Double)] = []
    var touching: Set<FigureIdentity> = []
    for relation in relations {
      var bound = Double(relation.constant)
      var terms: [(FigureIdentity, Double)] = []
      for term in relation.terms {
        if let value = known[term.figure] {
          bound -= Double(term.coefficient) * value
        } else {
          terms.append((term.figure, Double(term.coefficient)))
        }
      }
      guard !terms.isEmpty else { continue }
      if relation.terms.contains(where: { focus.contains($0.figure) }) {
        touching.formUnion(terms.map(\.0))
      }
      reduced.append((terms, relation.isEquality, bound))
    }
    // Group the unknowns that relations tie together.
    var parent: [FigureIdentity: FigureIdentity] = [:]
    func root(_ figure: FigureIdentity) -> FigureIdentity {
      var current = figure
      while let next = parent[current], next != current { current = next }
      parent[figure] = current
      return current
    }
    for relation in reduced {
      for (figure, _) in relation.terms where parent[figure] == nil {
        parent[figure] = figure
      }
      let first = root(relation.terms[0].0)
      for (figure, _) in relation.terms.dropFirst() {
        let other = root(figure)
        if other != first { parent[other] = first }
      }
    }
    let checked = Set(touching.map(root))
    var groups: [FigureIdentity: [Int]] = [:]
    for (index, relation) in reduced.enumerated() {
      let group = root(relation.terms[0].0)
      if checked.contains(group) { groups[group, default: []].append(index) }
    }
    var exposures: [Exposure] = []
    for (_, rows) in groups.sorted(by: { $0.key < $1.key }) {
      let members = Set(rows.flatMap { reduced[$0].terms.map(\.0) })
      let variables = members.sorted()
      guard variables.contains(where: { hidden[$0] != nil }) else { continue }
      if let found = audited[variables] {
        exposures += found
        continue
      }
      let before = exposures.count
      defer { audited[variables] = Array(exposures[before...]) }
      let index = Dictionary(
        uniqueKeysWithValues: variables.enumerated().map { ($1, $0) })
      let lowerBounds = variables.map { hidden[$0] ?? 0 }
      let program = LinearProgram(
        lowerBounds: lowerBounds,
        constraints: rows.map { row in
          LinearProgram.Constraint(
            terms: reduced[row].terms.compactMap { figure, coefficient in
              index[figure].map { ($0, coefficient) }
            },
            relation: reduced[row].equal ? .equal : .atLeast,
            bound: reduced[row].bound)
        })
      guard var tableau = program.feasible() else { return nil }
      // Every basic solution visited is a point a reader cannot rule
      // out: a count seen at two values a whole number apart, one of them
      // k or more, is safe without a program of its own.
      var seenLow = Array(repeating: Double.infinity, count: variables.count)
      var seenHigh = Array(repeating: -Double.infinity, count: variables.count)
      func see() {
        for (position, value) in tableau.values().enumerated() {
          seenLow[position] = min(seenLow[position], value)
          seenHigh[position] = max(seenHigh[position], value)
        }
      }
      see()
      func isSafe(_ low: Double, _ high: Double, _ shift: Double) -> Bool {
        !isExposed(lower: low + shift, upper: high + shift)
      }
      for (position, figure) in variables.enumerated()
      where hidden[figure] != nil {
        let shift = lowerBounds[position]
        if isSafe(seenLow[position], seenHigh[position], shift) { continue }
        let low = seenLow[position]
        let highSeen = seenHigh[position]
        guard
          let high = tableau.push(
            position, up: true,
            enough: { isSafe(min(low, $0), max(highSeen, $0), shift) })
        else {
          see()
          continue
        }
        see()
        if isSafe(seenLow[position], seenHigh[position], shift) { continue }
        let top = seenHigh[position]
        let lowSeen = seenLow[position]
        let bottom = tableau.push(
          position, up: false,
          enough: { isSafe(min(lowSeen, $0), top, shift) })
        see()
        if isSafe(seenLow[position], seenHigh[position], shift) { continue }
        exposures.append(
          Exposure(
            figure: figure, lower: (bottom ?? low) + shift,
            upper: max(high, top) + shift))
      }
    }
    return exposures
  }

  /// Whether an interval says too much about a hidden count: it holds a
  /// single whole number (the count is recomputed), or nothing above 1
  /// (the count is pinned to 1).
  func isExposed(lower: Double, upper: Double?) -> Bool {
    guard let upper else { return false }
    let top = (upper + 1e-6).rounded(.down)
    let bottom = (lower - 1e-6).rounded(.up)
    return top - bottom < 1 || top <= 1
  }

  /// How a figure of a quarter or a year relates to the same figure of
  /// its months (and a year's to its quarters).
  enum Aggregation {
    /// The months add up to it: cases reported, measures requested,
    /// deadlines falling due — each happens in one month.
    case sum
    /// It is at most what the months add up to: a case ended in two
    /// months, or escalated twice, counts once in the quarter.
    case atMostSum
    /// It is at least what the months add up to: a takedown requested in
    /// one month and done in the next counts in the quarter only.
    case atLeastSum
  }

  /// How `key` aggregates over time; nil for figures that do not
  /// (severity at the end of the window, durations, instants).
  static func aggregation(of key: String) -> Aggregation? {
    if key.hasPrefix("new.severity.") { return nil }
    // Before a quarter began is before each of its months began, not the
    // other way round: a case reported in November about October is
    // "before" for November and "October" for the fourth quarter.
    if key == "new.occurrence.before" { return .atMostSum }
    if key == "new" || key.hasPrefix("new.") || key.hasPrefix("deadlines") {
      return .sum
    }
    if key.hasPrefix("ended") || key.hasPrefix("escalated") {
      return .atMostSum
    }
    if key.hasPrefix("measures.") || key.hasPrefix("protection.") {
      if key.hasSuffix("requested") || key.hasSuffix("refused_by_silence") {
        return .sum
      }
      if key.hasSuffix("granted") || key.hasSuffix("refused") {
        return .atMostSum
      }
      return nil
    }
    if key.hasPrefix("takedown.") {
      if key.hasSuffix(".sent") { return .sum }
      if key.hasSuffix("removed") { return .atLeastSum }
      return nil
    }
    if key.hasPrefix("delay.") && key.hasSuffix(".cases") { return .sum }
    return nil
  }

  /// The relations between each quarter's or year's figure among
  /// `figures` and the same figure of its months (published or not), and
  /// between a year's and its quarters'.
  static func temporalRelations(among figures: Set<FigureIdentity>)
    -> [FigureRelation]
  {
    var relations: [FigureRelation] = []
    for figure in figures {
      guard let aggregation = aggregation(of: figure.key) else { continue }
      for parts in components(of: figure.window) {
        let identities = parts.map {
          FigureIdentity(window: $0, key: figure.key)
        }
        switch aggregation {
        case .sum: relations.append(.sum(identities, equals: figure))
        case .atMostSum: relations.append(.sum(identities, atLeast: figure))
        case .atLeastSum:
          relations.append(
            FigureRelation(
              [(figure, 1)] + identities.map { ($0, -1) }, isEquality: false))
        }
      }
    }
    return relations
  }

  /// The windows that make up a quarter (its months) or a year (its
  /// months, and its quarters); none for a month or a custom period.
  static func components(of window: String) -> [[String]] {
    let parts = window.split(separator: "-")
    guard let year = Int(parts.first ?? ""), parts[0].count == 4 else {
      return []
    }
    func month(_ number: Int) -> String {
      "\(parts[0])-" + (number < 10 ? "0\(number)" : "\(number)")
    }
    if parts.count == 1 && year > 0 {
      return [
        (1...12).map(month), (1...4).map { "\(parts[0])-Q\($0)" },
      ]
    }
    if parts.count == 2, parts[1].hasPrefix("Q"),
      let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
    {
      return [(1...3).map { month(3 * (quarter - 1) + $0) }]
    }
    return []
  }
}
