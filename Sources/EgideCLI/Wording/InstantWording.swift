import EgideService
import Foundation

/// The instants a message of the domain writes in UTC (`2026-12-04T17:37Z`,
/// the domain knowing no time zone), written as every other date egide
/// shows: in the registry's time zone, in the interface's language
/// (`2026-12-04 18:37`, `4 décembre 2026 à 18 h 37`).
enum InstantWording {
  /// `message` with each UTC instant written in `zone`.
  static func local(_ message: String, in zone: TimeZone = zone) -> String {
    guard message.contains("Z") else { return message }
    let typography = Typography(display: Display(timeZone: zone))
    return message.replacing(
      /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/
    ) { match in
      var text = String(match.output)
      // `2026-12-04T17:37Z`, to the minute, as the domain writes it.
      if text.count == 17 {
        text.insert(contentsOf: ":00", at: text.index(before: text.endIndex))
      }
      return ISODate.date(text).map(typography.dateTime) ?? String(match.output)
    }
  }

  /// The zone dates are shown in: `$EGIDE_TIMEZONE`, else `timezone =` in
  /// the configuration file, else Europe/Paris, as for every command.
  static let zone: TimeZone = {
    let environment = ProcessInfo.processInfo.environment
    let name =
      environment["EGIDE_TIMEZONE"]
      ?? (try? ConfigFile.load(environment: environment))?.values["timezone"]
      ?? "Europe/Paris"
    return TimeZone(identifier: name) ?? TimeZone(identifier: "Europe/Paris")
      ?? .current
  }()
}
