import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// While an interview runs, Ctrl-C (SIGINT) stops it with one line saying
/// that nothing was recorded, and status 130 as a shell expects.
///
/// Nothing has been written at that point: the case is written in one
/// transaction after the user confirms, once this notice is removed. The
/// signal may reach any thread, not the one waiting for an answer, so the
/// handler ends the process itself, with what a handler may call.
final class InterruptionNotice {
  /// The line the handler writes, prepared before it can run: a signal
  /// handler may not allocate.
  nonisolated(unsafe) private static var line: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var length = 0

  private var previous = sigaction()

  /// Puts the handler in place until ``remove()``.
  init() {
    let text = Words.en(
      "\negide: interrupted; nothing was recorded\n",
      fr: "\negide : interrompu ; rien n'a été enregistré\n")
    let bytes = Array(text.utf8CString)
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    copy.initialize(from: bytes, count: bytes.count)
    Self.line = copy
    Self.length = bytes.count - 1
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      if let line = InterruptionNotice.line {
        _ = write(STDERR_FILENO, line, InterruptionNotice.length)
      }
      _exit(ExitStatus.interrupted.rawValue)
    }
    sigemptyset(&action.sa_mask)
    sigaction(SIGINT, &action, &previous)
  }

  /// Restores the handler that was in place before.
  func remove() {
    sigaction(SIGINT, &previous, nil)
  }
}
