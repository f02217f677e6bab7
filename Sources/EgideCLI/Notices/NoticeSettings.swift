import EgideCore
import Foundation

/// The settings of notices the config file sets under `[notices]`: the
/// follow-up delays, read into ``Settings/followUp``, and the trusted
/// flagger organisation, read into ``Settings/trustedFlagger``.
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

  /// The organisation designated as trusted flagger that the notifiers act
  /// for: `notices.trusted_flagger_organisation` in the config file, if set.
  ///
  /// - Parameter environment: The environment that locates the file.
  /// - Returns: The organisation's name, trimmed, or `nil`.
  /// - Throws: ``CLIError`` if the file cannot be read or the name is
  ///   empty or too long.
  static func trustedFlagger(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> String? {
    let config = try ConfigFile.load(environment: environment)
    let key = TakedownNotice.trustedFlaggerKey
    guard let text = config.values[key] else { return nil }
    let name = text.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, name.count <= TextRule.shortLimit,
      !name.contains(where: \.isNewline)
    else {
      throw CLIError(
        .usage,
        "\(key) '\(text)' in \(config.path ?? "the config file") is not an organisation's name; accepted: the name Arcom designated, 1 to \(TextRule.shortLimit) characters"
      )
    }
    return name
  }
}
