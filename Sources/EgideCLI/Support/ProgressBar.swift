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
  private var total: Int
  private let terminal = isatty(STDERR_FILENO) == 1
  private var shown = -1

  init(_ label: String, total: Int) {
    self.label = label
    self.total = total
  }

  /// Shows that `done` of the steps are done.
  func update(_ done: Int) {
    guard terminal, total > Self.threshold else { return }
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

  /// Shows that `done` of `total` steps are done, the total known only
  /// once the work has begun.
  func update(_ done: Int, of total: Int) {
    self.total = total
    update(done)
  }

  /// Erases the bar.
  func finish() {
    guard terminal, shown >= 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    shown = -1
  }
}
