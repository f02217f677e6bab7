import Foundation

/// Durations as people read them: `2 d 4 h`, `3 h 20 min`, `12 min`;
/// in French, `2 j 4 h`.
enum NoticeDuration {
  /// The text of a duration in seconds.
  static func text(_ seconds: TimeInterval) -> String {
    let minutes = Int(seconds / 60)
    let days = minutes / 1_440
    let hours = (minutes % 1_440) / 60
    let rest = minutes % 60
    let d = Words.en("d", fr: "j")
    if days > 0 {
      return hours > 0 ? "\(days) \(d) \(hours) h" : "\(days) \(d)"
    }
    if hours > 0 { return rest > 0 ? "\(hours) h \(rest) min" : "\(hours) h" }
    return "\(rest) min"
  }
}
