/// A small linear program over non-negative variables, solved by the
/// simplex method: what the series audit asks of the relations a reader
/// can see between published figures ("how low and how high can this
/// hidden count be?").
///
/// The programs are small to middling — one group of figures tied
/// together by relations, from a few to about a thousand variables — so a
/// dense tableau with Bland's rule (which cannot cycle) is enough, and
/// nothing outside Foundation is needed. Feasibility is found once (phase
/// one); every later question starts from the last feasible basis.
struct LinearProgram {
  /// How the left-hand side of a constraint compares with its bound.
  enum Relation { case equal, atLeast }

  /// Σ coefficient × variable, equal to or at least `bound`.
  struct Constraint {
    var terms: [(variable: Int, coefficient: Double)]
    var relation: Relation
    var bound: Double
  }

  /// The smallest value of each variable (there is no largest).
  var lowerBounds: [Double]
  /// The constraints.
  var constraints: [Constraint]

  /// The tableau once feasible, without its artificial columns, or nil
  /// when no value of the variables meets every constraint.
  func feasible() -> Tableau? {
    let variables = lowerBounds.count
    let surplus = constraints.filter { $0.relation == .atLeast }.count
    let rows = constraints.count
    let columns = variables + surplus + rows
    var tableau = Tableau(
      rows: rows, columns: columns, artificialStart: variables + surplus,
      variables: variables)
    var surplusColumn = variables
    for (row, constraint) in constraints.enumerated() {
      // x = y + lower bound, so that y ≥ 0.
      var bound = constraint.bound
      for term in constraint.terms {
        tableau[row, term.variable] += term.coefficient
        bound -= term.coefficient * lowerBounds[term.variable]
      }
      var own: Int?
      if constraint.relation == .atLeast {
        tableau[row, surplusColumn] = -1
        // Σ a y − s = b with b ≤ 0: s = −b is a feasible start.
        if bound <= 0 { own = surplusColumn }
        surplusColumn += 1
      }
      tableau[row, columns] = bound
      if bound < 0 || (bound == 0 && own != nil) {
        for column in 0...columns { tableau[row, column].negate() }
      }
      if let own {
        tableau.basis[row] = own
      } else {
        tableau[row, variables + surplus + row] = 1
        tableau.basis[row] = variables + surplus + row
      }
    }
    var cost = Array(repeating: 0.0, count: columns)
    for column in tableau.artificialStart..<columns { cost[column] = 1 }
    _ = tableau.minimize(cost, allowArtificial: true)
    guard tableau.objective(cost) <= Tableau.tolerance * 1_000 else {
      return nil
    }
    return tableau.withoutArtificials()
  }

  /// A simplex tableau in canonical form for its basis, stored row by
  /// row in one array.
  struct Tableau {
    static let tolerance = 1e-9

    /// rows × (columns + 1) entries; the last column is the right-hand
    /// side.
    var cells: [Double]
    var basis: [Int]
    let rows: Int
    let columns: Int
    let artificialStart: Int
    let variables: Int
    var width: Int { columns + 1 }

    init(rows: Int, columns: Int, artificialStart: Int, variables: Int) {
      cells = Array(repeating: 0, count: rows * (columns + 1))
      basis = Array(repeating: 0, count: rows)
      self.rows = rows
      self.columns = columns
      self.artificialStart = artificialStart
      self.variables = variables
    }

    subscript(row: Int, column: Int) -> Double {
      get { cells[row * width + column] }
      set { cells[row * width + column] = newValue }
    }

    /// The same tableau without the artificial columns of phase one: those
    /// still basic (at zero) are first replaced where their row allows,
    /// and rows left with one are redundant and dropped.
    func withoutArtificials() -> Tableau {
      var tableau = self
      for row in 0..<rows where tableau.basis[row] >= artificialStart {
        if let column = (0..<artificialStart).first(where: {
          abs(tableau[row, $0]) > Self.tolerance
        }) {
          tableau.pivot(row: row, column: column)
        }
      }
      let kept = (0..<rows).filter { tableau.basis[$0] < artificialStart }
      var reduced = Tableau(
        rows: kept.count, columns: artificialStart,
        artificialStart: artificialStart, variables: variables)
      for (index, row) in kept.enumerated() {
        for column in 0..<artificialStart {
          reduced[index, column] = tableau[row, column]
        }
        reduced[index, artificialStart] = tableau[row, columns]
        reduced.basis[index] = tableau.basis[row]
      }
      return reduced
    }

    /// The value of `variable` (its shifted value, before its lower
    /// bound is added back) at the current basic solution.
    func value(of variable: Int) -> Double {
      guard let row = basis.firstIndex(of: variable) else { return 0 }
      return self[row, columns]
    }

    /// The value of every real variable at the current basic solution.
    func values() -> [Double] {
      var values = Array(repeating: 0.0, count: variables)
      for (row, column) in basis.enumerated() where column < variables {
        values[column] = self[row, columns]
      }
      return values
    }

    /// Moves to a basic solution where `variable` is as large (or as
    /// small) as the constraints allow.
    ///
    /// It stops as soon as `enough` says the value is enough, and returns
    /// nil when the variable has no largest. The tableau stays feasible,
    /// so that the next question starts from where this one ended.
    mutating func push(
      _ variable: Int, up: Bool, enough: (Double) -> Bool
    ) -> Double? {
      var cost = Array(repeating: 0.0, count: columns)
      cost[variable] = up ? -1 : 1
      let bounded = minimize(
        cost, allowArtificial: false,
        stop: { tableau in enough(tableau.value(of: variable)) })
      return bounded ? value(of: variable) : nil
    }

    /// The value of `cost` at the current basic solution.
    func objective(_ cost: [Double]) -> Double {
      (0..<rows).reduce(0) { $0 + cost[basis[$1]] * self[$1, columns] }
    }

    /// Minimises `cost`, or stops when `stop` says so; false when it has
    /// no minimum.
    ///
    /// The reduced costs are computed once and then kept up to date by
    /// each pivot, and a pivot touches only the rows with a non-zero entry
    /// in the entering column: the tableaux are mostly zeros.
    mutating func minimize(
      _ cost: [Double], allowArtificial: Bool,
      stop: (Tableau) -> Bool = { _ in false }
    ) -> Bool {
      let limit = allowArtificial ? columns : artificialStart
      var reduced = cost + [0]
      for row in 0..<rows {
        let weight = cost[basis[row]]
        guard weight != 0 else { continue }
        for column in 0...columns where self[row, column] != 0 {
          reduced[column] -= weight * self[row, column]
        }
      }
      while !stop(self) {
        guard
          let entering = (0..<limit).first(where: {
            reduced[$0] < -Self.tolerance
          })
        else { return true }
        var leaving: Int?
        var best = Double.infinity
        for row in 0..<rows where self[row, entering] > Self.tolerance {
          let ratio = self[row, columns] / self[row, entering]
          if ratio < best - Self.tolerance
            || (ratio <= best + Self.tolerance
              && basis[row] < basis[leaving ?? row])
          {
            best = min(best, ratio)
            leaving = row
          }
        }
        guard let leaving else { return false }
        pivot(row: leaving, column: entering)
        let factor = reduced[entering]
        for column in 0...columns where self[leaving, column] != 0 {
          reduced[column] -= factor * self[leaving, column]
        }
      }
      return true
    }

    mutating func pivot(row: Int, column: Int) {
      let width = width
      let rows = rows
      cells.withUnsafeMutableBufferPointer { cells in
        let base = row * width
        let divisor = cells[base + column]
        var nonZero: [Int] = []
        for index in 0..<width where cells[base + index] != 0 {
          cells[base + index] /= divisor
          nonZero.append(index)
        }
        cells[base + column] = 1
        for other in 0..<rows where other != row {
          let start = other * width
          let factor = cells[start + column]
          guard factor != 0 else { continue }
          for index in nonZero {
            cells[start + index] -= factor * cells[base + index]
          }
          cells[start + column] = 0
        }
      }
      basis[row] = column
    }
  }
}
