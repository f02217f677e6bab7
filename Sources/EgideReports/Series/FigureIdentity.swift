import EgideCore
import Foundation

/// What a published figure is, whatever document shows it: a window of
/// time (a period's label, or an instant) and the figure's key in it.
///
/// The October summary's previous-period column, September's own summary
/// and November's twelve-month trend all show `2026-09/ended.resolved`: one
/// quantity, which the publication ledger follows across documents so that
/// a figure hidden once stays hidden.
public struct FigureIdentity: Hashable, Comparable, Sendable,
  CustomStringConvertible
{
  /// A period's label (`2026-09`, `2026-Q3`, `2026`, or the days of a
  /// custom period), or `at ` and an instant for a figure counted at one
  /// moment (the open backlog, the measures in place).
  public var window: String
  /// The figure's key, such as `new.kind.threat` or `ended.resolved`.
  public var key: String

  /// Creates an identity.
  public init(window: String, key: String) {
    self.window = window
    self.key = key
  }

  /// Reads `window/key`, as ``description`` writes it.
  public init?(_ text: String) {
    guard let slash = text.firstIndex(of: "/") else { return nil }
    window = String(text[..<slash])
    key = String(text[text.index(after: slash)...])
    guard !window.isEmpty, !key.isEmpty else { return nil }
  }

  /// `window/key`.
  public var description: String { "\(window)/\(key)" }

  /// The window of the figures counted at `instant`.
  public static func instant(_ instant: Date) -> String {
    "at " + instant.formatted(.iso8601)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.window, lhs.key) < (rhs.window, rhs.key)
  }
}

extension SummaryReport {
  /// The identity of the figure with identifier `id` (see
  /// ``FigureIdentity``).
  public func identity(of id: String) -> FigureIdentity {
    let instantKeys = ["open", "open.age."]
    func window(_ column: Substring) -> (label: String, end: Date) {
      column == "previous"
        ? (previousPeriod.label, previousPeriod.end)
        : (period.label, period.end)
    }
    if let at = id.lastIndex(of: "@") {
      let key = String(id[..<at])
      let (label, end) = window(id[id.index(after: at)...])
      return instantKeys.contains(where: {
        key == $0 || ($0.hasSuffix(".") && key.hasPrefix($0))
      })
        ? FigureIdentity(window: FigureIdentity.instant(end), key: key)
        : FigureIdentity(window: label, key: key)
    }
    if id.hasPrefix("trend.") {
      // trend.MONTH.new, trend.MONTH.resolved: the month's own figures.
      let parts = id.split(separator: ".")
      let key = parts.last == "new" ? "new" : "ended.resolved"
      return FigureIdentity(window: String(parts[1]), key: key)
    }
    if id.hasPrefix("open.") || id.hasSuffix(".in_place_at_end") {
      return FigureIdentity(
        window: FigureIdentity.instant(period.end), key: id)
    }
    return FigureIdentity(window: period.label, key: id)
  }
}
