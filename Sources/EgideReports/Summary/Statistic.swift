/// One figure of a summary: a count, or a duration in days with the count
/// of cases it rests on, and whether disclosure control hides it.
public struct Statistic: Hashable, Sendable {
  /// What the figure measures.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A number of cases, measures or events.
    case count
    /// A duration in days (a median or a 90th percentile).
    case days
  }

  /// Why a figure is hidden.
  public enum Suppression: String, Hashable, Sendable, Codable {
    /// It is a count between 1 and k − 1, or rests on fewer than k cases.
    case primary
    /// It would let a hidden figure be recomputed from a total.
    case secondary
  }

  /// What the figure measures.
  public var kind: Kind
  /// The figure; `nil` for a duration with nothing to measure.
  public var value: Double?
  /// How many cases the figure rests on: the count itself for a count.
  public var basis: Int
  /// Why it is hidden, if it is.
  public var suppression: Suppression?

  /// A count.
  public static func count(_ value: Int) -> Statistic {
    Statistic(kind: .count, value: Double(value), basis: value)
  }

  /// A duration in days resting on `basis` cases (`nil` when there are none).
  public static func days(_ value: Double?, basis: Int) -> Statistic {
    Statistic(kind: .days, value: value, basis: basis)
  }

  /// Whether disclosure control hides the figure.
  public var isSuppressed: Bool { suppression != nil }

  /// The figure that may be published: `nil` when hidden or not available.
  public var publishedValue: Double? { isSuppressed ? nil : value }
}
