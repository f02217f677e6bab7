/// Whether `$EGIDE_NOW` fixes the time a command records.
///
/// A fixed clock makes golden files, tests and demonstrations
/// reproducible; in the hands of a user of a release build it would let
/// reveals and events be recorded at a time of their choosing. So it is
/// honoured in debug builds (the test suite's) and by `egide demo` in any
/// build, and ignored with a warning otherwise.
enum FixedClock {
  /// How the running binary was built.
  enum Build: Sendable {
    /// A debug build (`swift build`): the test suite's.
    case debug
    /// A release build (`swift build -c release`): the one users run.
    case release

    /// The build of this binary.
    static var current: Build {
      #if DEBUG
      return .debug
      #else
      return .release
      #endif
    }
  }

  /// What to do with `$EGIDE_NOW`.
  enum Decision: Equatable, Sendable {
    /// It is not set: the clock is the host's.
    case unset
    /// It fixes the clock.
    case honoured
    /// It is set but not honoured: the clock is the host's, and a warning
    /// says so.
    case ignored
  }

  /// The warning written once when `$EGIDE_NOW` is ignored.
  static let ignoredWarning =
    "egide: warning: $EGIDE_NOW is ignored by a release build (except by 'egide demo'): the time recorded is this host's clock; unset it"

  /// What to do with `$EGIDE_NOW`.
  ///
  /// - Parameters:
  ///   - value: its value, `nil` or empty when unset.
  ///   - build: how the binary was built.
  ///   - demo: whether the command is `egide demo`.
  /// - Returns: whether it is unset, honoured or ignored.
  static func decision(value: String?, build: Build, demo: Bool) -> Decision {
    guard let value, !value.isEmpty else { return .unset }
    return build == .debug || demo ? .honoured : .ignored
  }
}
