import EgideCore
import EgideReports
import EgideService
import Foundation

/// Dates, numbers, durations and plurals as the interface writes them:
/// in French, "4 décembre 2026 à 21 h 40", "1er décembre", "12 345" with
/// a narrow no-break space, "3 j"; in English, the ISO forms egide has
/// always printed ("2026-12-04 21:40").
struct Typography {
  /// The time zone dates are shown in.
  var display: Display
  /// The language written.
  var language = InterfaceLanguage.current

  private var french: Bool { language == .fr }

  /// The narrow no-break space French puts between thousands.
  static let thousandsSeparator = "\u{202F}"

  /// A date and time: `2026-12-04 21:40`, `4 décembre 2026 à 21 h 40`.
  func dateTime(_ date: Date) -> String {
    guard french else { return display.dateTime(date) }
    let p = parts(date)
    return "\(Self.frenchDay(p.day, p.month, p.year)) à \(p.hour) h "
      + String(format: "%02d", p.minute)
  }

  /// A day: `2026-12-04`, `4 décembre 2026`.
  func day(_ date: Date) -> String {
    guard french else { return display.day(date) }
    let p = parts(date)
    return Self.frenchDay(p.day, p.month, p.year)
  }

  /// A day in a table column: `2026-12-04`, `04/12/2026`.
  func shortDay(_ date: Date) -> String {
    guard french else { return display.day(date) }
    let p = parts(date)
    return String(format: "%02d/%02d/%04d", p.day, p.month, p.year)
  }

  /// A date and time in a table column, of a fixed width:
  /// `2026-12-04 21:40`, `04/12/2026 21 h 40`.
  func columnDateTime(_ date: Date) -> String {
    guard french else { return display.dateTime(date) }
    let p = parts(date)
    return String(
      format: "%02d/%02d/%04d %02d h %02d", p.day, p.month, p.year, p.hour,
      p.minute)
  }

  /// A count: `12345`, `12 345`.
  static func number(
    _ value: Int, language: ReportLanguage = InterfaceLanguage.current
  ) -> String {
    guard language == .fr, abs(value) >= 1_000 else { return String(value) }
    var digits = String(abs(value))
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(Substring(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(Substring(digits), at: 0)
    return (value < 0 ? "-" : "") + groups.joined(separator: thousandsSeparator)
  }

  /// A count and its noun: `1 case`, `2 cases`; `1 dossier`, `2 dossiers`.
  static func count(
    _ value: Int, _ english: String, _ englishPlural: String,
    fr french: String, _ frenchPlural: String,
    language: ReportLanguage = InterfaceLanguage.current
  ) -> String {
    // French takes the singular for 0 and 1, English for 1 alone.
    let noun =
      language == .fr
      ? (abs(value) < 2 ? french : frenchPlural)
      : (value == 1 ? english : englishPlural)
    return "\(number(value, language: language)) \(noun)"
  }

  /// An age in whole days, or hours under a day: `3 d`, `3 j`, `5 h`.
  static func age(from start: Date, to end: Date) -> String {
    let text = Display.age(from: start, to: end)
    guard Words.french, text.hasSuffix(" d") else { return text }
    return String(text.dropLast(2)) + " j"
  }

  /// A length of time: `2 d 4 h`, `2 j 4 h`.
  static func duration(_ seconds: TimeInterval) -> String {
    let text = Display.duration(seconds)
    guard Words.french else { return text }
    return text.replacingOccurrences(of: " d", with: " j")
  }

  /// `1er décembre 2026`, `4 décembre 2026`.
  static func frenchDay(_ day: Int, _ month: Int, _ year: Int) -> String {
    let months = [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre",
    ]
    let name = (1...12).contains(month) ? months[month - 1] : "\(month)"
    return "\(day == 1 ? "1er" : String(day)) \(name) \(year)"
  }

  private func parts(_ date: Date) -> (
    year: Int, month: Int, day: Int, hour: Int, minute: Int
  ) {
    let p = Calendar.gregorian(in: display.timeZone).dateComponents(
      [.year, .month, .day, .hour, .minute], from: date)
    return (p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0)
  }
}
