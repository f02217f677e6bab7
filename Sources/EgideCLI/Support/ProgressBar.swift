import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error, drawn only when standard error is a
/// terminal and the work is long enough to need one; redrawn when the
/// percentage changes, erased when done.
final class ProgressBar {
  /// Below this many steps no bar is drawn.
  static let threshold = 1_000

  private let label: String
  private let total: Int
  private let enabled: Bool
  private var shown = -1

  init(_ label: String, total: Int) {
    self.label = label
    self.total = total
    enabled = total > Self.threshold && isatty(STDERR_FILENO) == 1
  }

  /// Shows that `done` of the steps are done.
  func update(_ done: Int) {
    guard enabled, total > 0 else { return }
    let percent = min(100, done * 100 / total)
    guard percent != shown else { return }
    shown = percent
    let width = 30
    let filled = percent * width / 100
    let bar =
      String(repeating: "#", count: filled)
      + String(repeating: "-", count: width - filled)
    FileHandle.standardError.write(
      Data("\r\(label) [\(bar)] \(done)/\(total) (\(percent)%)".utf8))
  }

  /// Erases the bar.
  func finish() {
    guard enabled, shown >= 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    shown = -1
  }
}
