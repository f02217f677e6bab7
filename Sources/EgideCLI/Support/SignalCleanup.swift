import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Removes one temporary file when the process is stopped by SIGINT,
/// SIGTERM or SIGHUP while the file exists, then lets the signal end the
/// process as it would have.
///
/// SIGKILL cannot be caught: a file guarded this way survives it. Only
/// one file is guarded at a time, which is all egide writes at once.
final class SignalCleanup {
  /// The signals that remove the file.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The path the handler removes, as a C string the handler can read
  /// without allocating; `nil` when no file is guarded.
  nonisolated(unsafe) private static var guarded: UnsafeMutablePointer<CChar>?

  /// The handlers in place before this guard, restored by ``removeNow()``.
  private var previous: [Int32: sigaction] = [:]
  private var removed = false

  /// Guards the file at the NUL-terminated path `path` until
  /// ``removeNow()``.
  ///
  /// - Parameter path: the file's path, NUL-terminated as `mkstemp`
  ///   leaves it.
  init(removing path: [CChar]) {
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: path.count)
    copy.initialize(from: path, count: path.count)
    Self.guarded = copy
    for signal in Self.signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { received in
        if let path = SignalCleanup.guarded { unlink(path) }
        Glibc.signal(received, SIG_DFL)
        raise(received)
      }
      sigemptyset(&action.sa_mask)
      var old = sigaction()
      sigaction(signal, &action, &old)
      previous[signal] = old
    }
  }

  /// Removes the file now and puts the previous handlers back.
  func removeNow() {
    guard !removed else { return }
    removed = true
    var blocked = sigset_t()
    var old = sigset_t()
    sigemptyset(&blocked)
    for signal in Self.signals { sigaddset(&blocked, signal) }
    sigprocmask(SIG_BLOCK, &blocked, &old)
    if let path = Self.guarded {
      unlink(path)
      path.deallocate()
      Self.guarded = nil
    }
    for (signal, action) in previous {
      var action = action
      sigaction(signal, &action, nil)
    }
    sigprocmask(SIG_SETMASK, &old, nil)
  }
}
