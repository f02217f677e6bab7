/// A linear relation between published figures that a reader can use:
/// Σ coefficient × figure equals, or is at least, a constant.
///
/// A table's rows add up to its total; the rows of a table whose cases
/// stand in several rows add up to at least the total, each at most the
/// total; the months of a quarter add up to the quarter's new cases.
public struct FigureRelation: Hashable, Sendable {
  /// The figures and their coefficients, in identity order.
  public var terms: [Term]
  /// Whether the sum equals the constant (else it is at least it).
  public var isEquality: Bool
  /// The constant.
  public var constant: Int

  /// One figure of a relation.
  public struct Term: Hashable, Sendable {
    public var figure: FigureIdentity
    public var coefficient: Int
  }

  /// Creates a relation; coefficients of one figure are added up.
  public init(
    _ terms: [(FigureIdentity, Int)], isEquality: Bool, constant: Int = 0
  ) {
    var sums: [FigureIdentity: Int] = [:]
    for (figure, coefficient) in terms {
      sums[figure, default: 0] += coefficient
    }
    self.terms = sums.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
      Term(figure: $0.key, coefficient: $0.value)
    }
    self.isEquality = isEquality
    self.constant = constant
  }

  /// The figures add up to `total`.
  public static func sum(
    _ parts: [FigureIdentity], equals total: FigureIdentity
  )
    -> FigureRelation
  {
    FigureRelation(parts.map { ($0, 1) } + [(total, -1)], isEquality: true)
  }

  /// The figures add up to at least `total`.
  public static func sum(
    _ parts: [FigureIdentity], atLeast total: FigureIdentity
  ) -> FigureRelation {
    FigureRelation(parts.map { ($0, 1) } + [(total, -1)], isEquality: false)
  }

  /// The relation as stored in the ledger: `=` or `>=`, the constant, then
  /// each coefficient and figure, separated by tabs.
  public var stored: String {
    ([isEquality ? "=" : ">=", String(constant)]
      + terms.map { "\($0.coefficient) \($0.figure)" })
      .joined(separator: "\t")
  }

  /// Reads a relation written by ``stored``.
  public init?(stored: String) {
    let fields = stored.split(separator: "\t").map(String.init)
    guard fields.count >= 2, ["=", ">="].contains(fields[0]),
      let constant = Int(fields[1])
    else { return nil }
    var terms: [(FigureIdentity, Int)] = []
    for field in fields.dropFirst(2) {
      guard let space = field.firstIndex(of: " "),
        let coefficient = Int(field[..<space]),
        let figure = FigureIdentity(String(field[field.index(after: space)...]))
      else { return nil }
      terms.append((figure, coefficient))
    }
    self.init(terms, isEquality: fields[0] == "=", constant: constant)
  }
}
