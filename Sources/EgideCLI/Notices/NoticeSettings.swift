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
        let low = FollowUpPolicy.acceptedDays.lowerBound
        let high = FollowUpPolicy.acceptedDays.upperBound
        throw CLIError(
          .usage,
          Words.en(
            "\(key) '\(text)' in \(config.path ?? "the config file") is not a number of days; accepted: \(low) to \(high)",
            fr:
              "\(key) '\(text)' dans \(config.path ?? "le fichier de configuration") n'est pas un nombre de jours ; acceptés : de \(low) à \(high)"
          ))
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
        Words.en(
          "\(key) '\(text)' in \(config.path ?? "the config file") is not an organisation's name; accepted: the name Arcom designated, 1 to \(TextRule.shortLimit) characters",
          fr:
            "\(key) '\(text)' dans \(config.path ?? "le fichier de configuration") n'est pas le nom d'une organisation ; accepté : le nom désigné par l'Arcom, de 1 à \(TextRule.shortLimit) caractères"
        ))
    }
    return name
  }
}
