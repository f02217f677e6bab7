import Foundation

/// When cases against one person count as a coordinated burst.
///
/// The defaults: at least 3 distinct authors over at least 2 cases within
/// 72 hours. Two authors reacting to one ruling is common and says little;
/// three accounts on the same person within three days is the pattern of
/// a "raid" (harcèlement en meute, art. 222-33-2-2 Code pénal), and 72
/// hours covers a weekend between a post and its echoes. A single case
/// already naming several authors is a raid its reader sees; the value is
/// in joining reports logged separately, hence 2 cases.
public struct CampaignRules: Hashable, Sendable {
  /// The longest time between the first and last case of a burst window.
  public var burstWindow: TimeInterval
  /// The fewest distinct authors a burst has.
  public var burstMinimumAuthors: Int
  /// The fewest cases a burst has.
  public var burstMinimumCases: Int

  /// Creates rules; the defaults are 72 hours, 3 authors, 2 cases.
  public init(
    burstWindow: TimeInterval = 72 * 3_600, burstMinimumAuthors: Int = 3,
    burstMinimumCases: Int = 2
  ) {
    self.burstWindow = burstWindow
    self.burstMinimumAuthors = burstMinimumAuthors
    self.burstMinimumCases = burstMinimumCases
  }

  /// The default rules.
  public static let standard = CampaignRules()
}
