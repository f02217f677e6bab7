import EgideCore
import Foundation

/// What the notice commands read from the environment beyond the common
/// settings: the follow-up delays, and how typed dates become instants.
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

  /// The instant a typed date stands for: the time given, or for a day
  /// alone the end of that day (now, if it is today); now when nothing is
  /// given.
  ///
  /// - Throws: ``DomainError`` for a malformed or future date, or a month.
  static func instant(_ text: String?, field: String, settings: Settings)
    throws -> Date
  {
    guard let text else { return settings.now }
    let date = try settings.dates.parsePast(
      text, field: field, now: settings.now)
    switch date.precision {
    case .minute:
      return date.start
    case .day:
      let calendar = Calendar.gregorian(in: settings.timeZone)
      let end =
        calendar.date(byAdding: .day, value: 1, to: date.start)?
        .addingTimeInterval(-1) ?? date.start
      return min(end, settings.now)
    case .month:
      throw DomainError(
        .invalidValue,
        "\(field) '\(text)' names a month; give a day such as 20/11/2026 or a time such as 20/11/2026 14:30"
      )
    }
  }
}

/// The argument of `notice render` and `notice show`: a notice, or a
/// measure (all its notices).
enum NoticeSubject {
  case notice(NoticeID)
  case measure(MeasureID)

  /// Parses `N-000001` or `M-000003` (the letter is required).
  static func parse(_ text: String) throws -> NoticeSubject {
    let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
    if trimmed.hasPrefix(NoticeID.prefix) {
      return .notice(try NoticeID.parse(text))
    }
    if trimmed.hasPrefix(MeasureID.prefix) {
      return .measure(try MeasureID.parse(text))
    }
    throw DomainError(
      .invalidValue,
      "invalid notice or measure '\(text)'; give a notice such as N-000001 or a measure such as M-000003"
    )
  }

  /// What authorization checks the scope of.
  var caseSubject: CaseSubject {
    switch self {
    case .notice(let id): .notice(id)
    case .measure(let id): .measure(id)
    }
  }

  /// `N-000001` or `M-000003`.
  var description: String {
    switch self {
    case .notice(let id): id.description
    case .measure(let id): id.description
    }
  }
}

/// Durations as people read them: `2 d 4 h`, `3 h 20 min`, `12 min`.
enum NoticeDuration {
  static func text(_ seconds: TimeInterval) -> String {
    let minutes = Int(seconds / 60)
    let days = minutes / 1_440
    let hours = (minutes % 1_440) / 60
    let rest = minutes % 60
    if days > 0 { return hours > 0 ? "\(days) d \(hours) h" : "\(days) d" }
    if hours > 0 { return rest > 0 ? "\(hours) h \(rest) min" : "\(hours) h" }
    return "\(rest) min"
  }
}
