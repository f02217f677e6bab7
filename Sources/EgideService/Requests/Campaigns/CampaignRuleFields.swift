import EgideCore
import Foundation

/// The fields that set when cases form a coordinated burst, read the same
/// way by every campaign request.
enum CampaignRuleFields {
  /// The default window of a burst, in hours.
  static let standardWindow = 72
  /// The default fewest authors of a burst.
  static let standardAuthors = 3
  /// The accepted windows, in hours: up to 30 days.
  static let windows = 1...720

  /// The rules `burstWindow` (hours) and `burstAuthors` give; the
  /// standard ones for a field not given.
  ///
  /// - Throws: ``DomainError`` naming the field, the value and what is
  ///   accepted.
  static func rules(burstWindow: Int?, burstAuthors: Int?) throws(DomainError)
    -> CampaignRules
  {
    let window = burstWindow ?? standardWindow
    guard windows.contains(window) else {
      throw DomainError(
        .invalidValue,
        "{burstWindow} '\(window)' is not accepted; give \(windows.lowerBound) to \(windows.upperBound) hours",
        field: "burstWindow")
    }
    let authors = burstAuthors ?? standardAuthors
    guard authors >= 2 else {
      throw DomainError(
        .invalidValue,
        "{burstAuthors} '\(authors)' is not accepted; a burst has 2 authors or more",
        field: "burstAuthors")
    }
    return CampaignRules(
      burstWindow: TimeInterval(window) * 3_600,
      burstMinimumAuthors: authors)
  }
}
