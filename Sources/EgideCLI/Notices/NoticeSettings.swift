import EgideCore
import Foundation

/// The follow-up delays of notices, as the config file sets them under
/// `[notices]`, read into ``Settings/followUp``.
enum NoticeSettings {
  /// The follow-up delays: `notices.CHANNEL` in the config file (calendar
  /// days, 1 to 90), else the defaults of ``FollowUpPolicy/standard``.
  ///
  /// - Throws: ``CLIError`` naming the key and the accepted values.
  static func followUpPolicy(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> FollowUpPolicy {
    let config = try ConfigFile.load(environment: environment)
    var policy = FollowUpPolicy.standard
    for channel in NoticeChannel.allCases {
      let key = "notices.\(channel.rawValue)"
      guard let text = config.values[key] else { continue }
      guard let days = Int(text), FollowUpPolicy.acceptedDays.contains(days)
      else {
        throw CLIError(
          .usage,
          "\(key) '\(text)' in \(config.path ?? "the config file") is not a number of days; accepted: \(FollowUpPolicy.acceptedDays.lowerBound) to \(FollowUpPolicy.acceptedDays.upperBound)"
        )
      }
      policy.days[channel] = days
    }
    return policy
  }
}
