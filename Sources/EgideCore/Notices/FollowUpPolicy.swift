import Foundation

/// How long to wait for a platform's answer before following a notice up,
/// per channel, in calendar days.
///
/// No law fixes a delay (DSA article 16 asks for a "timely" decision), so the
/// delays are settings. The defaults follow what each channel promises:
/// trusted flaggers' notices are handled "with priority and without undue
/// delay" (article 22), so 2 days; a platform's own form, 7 days; PHAROS
/// forwards to the police and the platform, so 14 days.
public struct FollowUpPolicy: Hashable, Sendable {
  /// Days to wait per channel.
  public var days: [NoticeChannel: Int]

  /// The accepted number of days for a setting.
  public static let acceptedDays = 1...90

  /// The defaults: trusted flagger 2 days, platform form 7, PHAROS 14.
  public static let standard = FollowUpPolicy(days: [
    .trustedFlagger: 2, .platformForm: 7, .pharos: 14,
  ])

  /// Creates a policy.
  public init(days: [NoticeChannel: Int]) { self.days = days }

  /// The days to wait for `channel`.
  public func delay(for channel: NoticeChannel) -> Int {
    days[channel] ?? Self.standard.days[channel] ?? 7
  }

  /// When a notice sent at `sentAt` through `channel` is due for a
  /// follow-up: the same time of day, that many days later.
  public func followUpDue(sentAt: Date, channel: NoticeChannel) -> Date {
    sentAt.addingTimeInterval(TimeInterval(delay(for: channel)) * 86_400)
  }
}
