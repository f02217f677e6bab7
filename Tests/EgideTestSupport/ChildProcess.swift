import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process the tests start with `posix_spawn`, instead of
/// Foundation's `Process`.
///
/// On Linux, `Process.run()` lists `/proc/self/fd` by copying each whole
/// 256-byte `d_name` out of glibc's read buffer; when an entry sits at the
/// end of that buffer the copy reads past it and the test run dies of
/// SIGSEGV (swiftlang/swift-corelibs-foundation#5472, in Swift 6.3.1). The
/// suite starts thousands of processes, with many descriptors open, so it
/// met that crash in CI. This launcher never lists descriptors: the child
/// gets its standard streams, the working directory and nothing else (every
/// other descriptor is closed in the child by `closefrom`).
public final class ChildProcess: @unchecked Sendable {
  /// Where the child's standard input comes from.
  public enum Input {
    /// `/dev/null`.
    case nullDevice
    /// An open descriptor of the caller's (a file, a pipe, a terminal).
    case descriptor(Int32)
  }

  /// Where one of the child's output streams goes.
  public enum Output {
    /// Discarded (`/dev/null`).
    case nullDevice
    /// Collected in memory, read as the child writes so that a full pipe
    /// never blocks it.
    case captured
    /// An open descriptor of the caller's.
    case descriptor(Int32)
  }

  /// How the child ended.
  public struct Termination: Equatable, Sendable {
    /// The exit status, or the number of the signal that killed it.
    public var status: Int32
    /// Whether a signal ended the child.
    public var signalled: Bool

    public init(status: Int32, signalled: Bool) {
      self.status = status
      self.signalled = signalled
    }
  }

  /// The child's process id.
  public let processIdentifier: pid_t
  private let stdoutDrain: Drain?
  private let stderrDrain: Drain?
  private let lock = NSLock()
  private var ended: Termination?

  /// Starts `executable` (an absolute path) with `arguments`, in
  /// `directory` (the caller's when `nil`), with exactly `environment`
  /// (the caller's when `nil`).
  public init(
    executable: String, arguments: [String],
    environment: [String: String]? = nil, directory: String? = nil,
    standardInput: Input = .nullDevice, standardOutput: Output = .captured,
    standardError: Output = .captured
  ) throws {
    var actions = posix_spawn_file_actions_t()
    try check(posix_spawn_file_actions_init(&actions), "file actions")
    defer { posix_spawn_file_actions_destroy(&actions) }

    // Descriptors this side closes once the child holds its copies.
    var closeAfterSpawn: [Int32] = []
    var readEnds: [Int32?] = [nil, nil]
    defer { for descriptor in closeAfterSpawn { close(descriptor) } }

    switch standardInput {
    case .nullDevice:
      try check(
        posix_spawn_file_actions_addopen(
          &actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0), "stdin")
    case .descriptor(let descriptor):
      try check(
        posix_spawn_file_actions_adddup2(&actions, descriptor, STDIN_FILENO),
        "stdin")
    }
    for (index, (output, target)) in [
      (standardOutput, STDOUT_FILENO), (standardError, STDERR_FILENO),
    ].enumerated() {
      switch output {
      case .nullDevice:
        try check(
          posix_spawn_file_actions_addopen(
            &actions, target, "/dev/null", O_WRONLY, 0), "output")
      case .descriptor(let descriptor):
        try check(
          posix_spawn_file_actions_adddup2(&actions, descriptor, target),
          "output")
      case .captured:
        // Every child closes the descriptors it did not ask for, so no
        // other child started at this moment keeps a copy of the write
        // end: end of file comes when this child exits.
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
          for descriptor in readEnds.compactMap({ $0 }) { close(descriptor) }
          throw SpawnFailure(step: "pipe", code: errno)
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readEnds[index] = ends[0]
        closeAfterSpawn.append(ends[1])
        try check(
          posix_spawn_file_actions_adddup2(&actions, ends[1], target), "pipe")
      }
    }
    try check(SpawnExtensions.closeFrom(&actions, 3), "closefrom")
    if let directory {
      try check(SpawnExtensions.changeDirectory(&actions, directory), "chdir")
    }

    // The test runner blocks or ignores some signals; the child starts as
    // a shell would start it: nothing blocked, every signal at its default.
    var attributes = posix_spawnattr_t()
    try check(posix_spawnattr_init(&attributes), "attributes")
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    try check(posix_spawnattr_setsigmask(&attributes, &noSignals), "sigmask")
    try check(
      posix_spawnattr_setsigdefault(&attributes, &allSignals), "sigdefault")
    try check(
      posix_spawnattr_setflags(
        &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)),
      "flags")

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let pairs = (environment ?? ProcessInfo.processInfo.environment).map {
      "\($0.key)=\($0.value)"
    }
    let envp = pairs.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(
      &pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      for descriptor in readEnds.compactMap({ $0 }) { close(descriptor) }
      throw SpawnFailure(step: "spawn \(executable)", code: spawned)
    }
    processIdentifier = pid
    stdoutDrain = readEnds[0].map(Drain.init)
    stderrDrain = readEnds[1].map(Drain.init)
  }

  /// Sends `signal` to the child (SIGKILL by default, as a crash or a
  /// power cut would stop it).
  public func send(_ signal: Int32 = SIGKILL) {
    lock.lock()
    defer { lock.unlock() }
    // Once reaped, the id may belong to another process.
    if ended == nil { kill(processIdentifier, signal) }
  }

  /// How the child ended, or `nil` while it runs (never blocks).
  public var termination: Termination? {
    reap(blocking: false)
  }

  /// Waits for the child to end, sending it SIGTERM after `timeout`
  /// seconds (then waiting for it); returns how it ended and whether the
  /// timeout stopped it.
  public func wait(timeout: TimeInterval = .infinity)
    -> (termination: Termination, timedOut: Bool)
  {
    let deadline = Date().addingTimeInterval(timeout)
    var pause: useconds_t = 200
    while Date() < deadline {
      if let termination = reap(blocking: false) {
        return (termination, false)
      }
      usleep(pause)
      pause = min(pause * 2, 2_000)
    }
    send(SIGTERM)
    guard let termination = reap(blocking: true) else {
      preconditionFailure("child \(processIdentifier) was reaped elsewhere")
    }
    return (termination, true)
  }

  /// Everything the child wrote to its captured standard output; waits
  /// for the end of the stream (empty when not captured).
  public func standardOutputData() -> Data { stdoutDrain?.data() ?? Data() }

  /// Everything the child wrote to its captured standard error.
  public func standardErrorData() -> Data { stderrDrain?.data() ?? Data() }

  /// What the child wrote to its captured standard error so far, while it
  /// runs.
  public func standardErrorSoFar() -> Data {
    stderrDrain?.snapshot() ?? Data()
  }

  private func reap(blocking: Bool) -> Termination? {
    lock.lock()
    defer { lock.unlock() }
    if let ended { return ended }
    var status: Int32 = 0
    var result: pid_t
    repeat {
      result = waitpid(processIdentifier, &status, blocking ? 0 : WNOHANG)
    } while result == -1 && errno == EINTR
    guard result == processIdentifier else { return nil }
    let signal = status & 0x7f
    ended =
      signal == 0
      ? Termination(status: (status >> 8) & 0xff, signalled: false)
      : Termination(status: signal, signalled: true)
    return ended
  }
}

/// A failed step of starting a child process.
public struct SpawnFailure: Error, CustomStringConvertible {
  /// What was being done.
  public var step: String
  /// The errno value.
  public var code: Int32

  public var description: String {
    "cannot start a child process (\(step)): \(String(cString: strerror(code)))"
  }
}

private func check(_ code: Int32, _ step: String) throws {
  if code != 0 { throw SpawnFailure(step: step, code: code) }
}

/// Reads one descriptor to its end on a background queue, then closes it.
private final class Drain: @unchecked Sendable {
  private let group = DispatchGroup()
  private let lock = NSLock()
  private var collected = Data()

  init(_ descriptor: Int32) {
    group.enter()
    DispatchQueue.global().async {
      readPieces(fileDescriptor: descriptor) { piece in
        self.lock.lock()
        self.collected.append(contentsOf: piece)
        self.lock.unlock()
      }
      close(descriptor)
      self.group.leave()
    }
  }

  /// Everything, once the stream has ended.
  func data() -> Data {
    group.wait()
    return snapshot()
  }

  /// What was read so far, without waiting.
  func snapshot() -> Data {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }
}

/// The two glibc extensions to `posix_spawn` the launcher needs.
///
/// They are `addchdir_np` (glibc 2.29) and `addclosefrom_np` (glibc 2.34);
/// Swift's Glibc module does not declare them, so they are looked up once.
private enum SpawnExtensions {
  typealias AddChangeDirectory =
    @convention(c) (
      UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32
  typealias AddCloseFrom =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32)
    -> Int32

  static let changeDirectory: AddChangeDirectory = unsafeBitCast(
    symbol("posix_spawn_file_actions_addchdir_np"),
    to: AddChangeDirectory.self)
  static let closeFrom: AddCloseFrom = unsafeBitCast(
    symbol("posix_spawn_file_actions_addclosefrom_np"), to: AddCloseFrom.self)

  private static func symbol(_ name: String) -> UnsafeMutableRawPointer {
    guard let pointer = dlsym(nil, name) else {
      fatalError("\(name) is missing: the tests need glibc 2.34 or later")
    }
    return pointer
  }
}
