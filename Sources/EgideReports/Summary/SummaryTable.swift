/// A table of a summary: rows of a dimension (kind, district…), columns
/// (this period, the previous one…), each cell naming a statistic of the
/// report, so that a figure shown in two tables is hidden in both.
public struct SummaryTable: Hashable, Sendable {
  /// One row: the key of the dimension's value and one statistic per column.
  public struct Row: Hashable, Sendable {
    /// The value of the dimension, such as `threat` or `ca_paris`.
    public var key: String
    /// The statistic of each column, by identifier.
    public var cells: [String]
  }

  /// Stable identifier, such as `new_by_kind`.
  public var id: String
  /// The dimension the rows go through, such as `kind`.
  public var dimension: String
  /// The columns, such as `current` and `previous`.
  public var columns: [String]
  /// The rows, in display order.
  public var rows: [Row]
  /// The total row, when each column adds up to it.
  public var total: Row?
  /// Whether a case can stand in several rows (kinds, roles, levels), so
  /// that the rows may add up to more than the total.
  public var multiValued: Bool

  /// Creates a table.
  public init(
    id: String, dimension: String, columns: [String], rows: [Row],
    total: Row? = nil, multiValued: Bool = false
  ) {
    self.id = id
    self.dimension = dimension
    self.columns = columns
    self.rows = rows
    self.total = total
    self.multiValued = multiValued
  }
}
