import EgideCore
import EgideReports
import Foundation

/// The rules a registry is run with, as its operator configured them: the
/// time zone local dates are read and shown in, the assessment deadlines,
/// the retention period, the notices' follow-up delays and trusted
/// flagger, and the sizes of an import.
///
/// The CLI reads them from the configuration file; `egide serve` reads
/// them once, at start, from the server's own configuration, never from a
/// request.
public struct ServiceConfiguration: Sendable {
  /// The registry's time zone.
  public var timeZone: TimeZone
  /// Working days to assess, by reported severity.
  public var deadlines: DeadlinePolicy
  /// How long identities of finished cases are kept.
  public var retention: RetentionPolicy
  /// Days before a sent notice is due a follow-up, by channel.
  public var followUp: FollowUpPolicy
  /// The organisation designated as trusted flagger under article 22 of
  /// the DSA (by Arcom in France) that the registry's notifiers act for.
  ///
  /// Read from `notices.trusted_flagger_organisation`; without it the
  /// `trusted_flagger` channel is refused.
  public var trustedFlagger: String?
  /// The sizes an import file, its lines and its cells may reach.
  public var importLimits: ImportLimits
  /// The institutional heading of HTML summaries (`[summary]`
  /// `organisation`, `service`, `classification`).
  public var summaryHeading: SummaryHeading?

  /// Creates a configuration; every rule defaults to the standard one.
  public init(
    timeZone: TimeZone = TimeZone(identifier: "Europe/Paris") ?? .current,
    deadlines: DeadlinePolicy = .standard,
    retention: RetentionPolicy = .standard,
    followUp: FollowUpPolicy = .standard,
    importLimits: ImportLimits = .standard,
    trustedFlagger: String? = nil, summaryHeading: SummaryHeading? = nil
  ) {
    self.trustedFlagger = trustedFlagger
    self.summaryHeading = summaryHeading
    self.timeZone = timeZone
    self.deadlines = deadlines
    self.retention = retention
    self.followUp = followUp
    self.importLimits = importLimits
  }

  /// The working-day calendar in the registry's time zone.
  public var calendar: BusinessCalendar { BusinessCalendar(timeZone: timeZone) }

  /// The parser of dates typed in the registry's time zone.
  public var dates: DateInput { DateInput(timeZone: timeZone) }
}
