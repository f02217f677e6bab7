import Foundation

/// How long a new API token lives: a number of days, from 1 to 366.
///
/// The default is `90d`. A token that never expires is not offered: a
/// token forgotten on a lost laptop must stop working on its own.
public struct TokenLifetime: Hashable, Sendable, CustomStringConvertible {
  /// The number of days.
  public let days: Int

  /// The default: 90 days.
  public static let standard = TokenLifetime(checkedDays: 90)
  /// The accepted numbers of days.
  public static let acceptedDays = 1...366

  private init(checkedDays days: Int) { self.days = days }

  /// Parses `90d`, `90 d`, `90 days` or `90`.
  ///
  /// - Throws: ``DomainError`` naming the field `expires` and the
  ///   accepted range.
  public static func parse(_ input: String) throws(DomainError) -> TokenLifetime
  {
    var text = input.trimmingWhitespace().lowercased()
    for unit in ["days", "day", "d", "jours", "jour", "j"]
    where text.hasSuffix(unit) {
      text = text.dropLast(unit.count).trimmingWhitespace()
      break
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }),
      let days = Int(text), acceptedDays.contains(days)
    else {
      throw DomainError(
        .invalidValue,
        "{expires} '\(input)' is not a lifetime; accepted: a number of days from \(acceptedDays.lowerBound) to \(acceptedDays.upperBound), such as 90d",
        field: "expires")
    }
    return TokenLifetime(checkedDays: days)
  }

  /// The instant a token created at `date` expires.
  public func expiry(from date: Date) -> Date {
    date.addingTimeInterval(TimeInterval(days) * 86_400)
  }

  /// `90d`.
  public var description: String { "\(days)d" }
}
