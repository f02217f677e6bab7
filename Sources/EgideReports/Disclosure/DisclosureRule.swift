/// The disclosure control applied to a summary, as the document states it.
public struct DisclosureRule: Hashable, Sendable {
  /// The default minimum count: INSEE withholds person-level cells under 11.
  public static let standardMinimumCount = 11

  /// The minimum count k: a count from 1 to k − 1 is hidden.
  public var minimumCount: Int
  /// Whether k is below the standard, which makes the document internal.
  public var isInternal: Bool { minimumCount < Self.standardMinimumCount }

  /// Creates a rule.
  public init(minimumCount: Int) { self.minimumCount = minimumCount }
}
