import Foundation

/// Slows an address that keeps presenting bad tokens: past ``limit``
/// failures within ``window``, its requests are refused (429) until the
/// oldest failure leaves the window.
///
/// Tokens carry 256 random bits, so guessing one is hopeless anyway; the
/// throttle keeps a stolen, revoked or mistyped token from being tried in
/// a loop, and keeps the failures cheap for the server.
actor FailureThrottle {
  /// Failures accepted within the window.
  let limit: Int
  /// How long a failure counts.
  let window: TimeInterval
  private var failures: [String: [Date]] = [:]

  init(limit: Int = 10, window: TimeInterval = 60) {
    self.limit = limit
    self.window = window
  }

  /// The seconds `peer` must wait before trying again, or nil when it may
  /// try now.
  func wait(for peer: String, at date: Date = Date()) -> Int? {
    let recent = prune(peer, at: date)
    guard recent.count >= limit, let oldest = recent.first else { return nil }
    return max(1, Int((oldest + window).timeIntervalSince(date).rounded(.up)))
  }

  /// Records a failed authentication from `peer`.
  func recordFailure(of peer: String, at date: Date = Date()) {
    var recent = prune(peer, at: date)
    recent.append(date)
    failures[peer] = recent
    // Bounded memory: addresses whose failures all left the window go.
    if failures.count > 10_000 {
      failures = failures.filter {
        $0.value.last.map { date.timeIntervalSince($0) < window } ?? false
      }
    }
  }

  private func prune(_ peer: String, at date: Date) -> [Date] {
    let recent = (failures[peer] ?? []).filter {
      date.timeIntervalSince($0) < window
    }
    failures[peer] = recent.isEmpty ? nil : recent
    return recent
  }
}
