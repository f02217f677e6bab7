import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One finished run of a child process: its wall time, peak resident set
/// and exit status.
struct Measurement {
  /// Wall time from spawn to reap, in milliseconds.
  var milliseconds: Double
  /// Peak resident set size of the child, in KiB (Linux `ru_maxrss`).
  var peakKiB: Int
  /// The exit status (or 128 + signal).
  var status: Int32
}

/// Runs a process with `posix_spawn` and reaps it with `wait4`, so that
/// the resource usage is the child's own, not the sum of all children.
enum ProcessRunner {
  /// Runs `argv` with `environment` added, stdin from /dev/null, stdout to
  /// `stdout` (a path, /dev/null by default), stderr to `stderr`.
  static func run(
    _ argv: [String], environment: [String: String] = [:],
    stdout: String = "/dev/null", stderr: String = "/dev/null"
  ) -> Measurement {
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let envStrings = env.map { "\($0.key)=\($0.value)" }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(
      &actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)

    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = envStrings.map { strdup($0) } + [nil]
    defer {
      for p in cArgs { free(p) }
      for p in cEnv { free(p) }
    }
    var pid: pid_t = 0
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
    guard spawned == 0 else {
      fatalError(
        "cannot spawn \(argv[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let ms =
      Double(end.tv_sec - start.tv_sec) * 1000
      + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    let exited = (status & 0x7f) == 0
    let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Measurement(
      milliseconds: ms, peakKiB: Int(usage.ru_maxrss), status: code)
  }

  /// Runs `argv` and returns its standard output as text (for set-up
  /// queries); stops the harness if it fails.
  static func output(_ argv: [String], environment: [String: String] = [:])
    -> String
  {
    let path = NSTemporaryDirectory() + "egide-bench-\(getpid()).out"
    let errPath = path + ".err"
    defer {
      unlink(path)
      unlink(errPath)
    }
    let m = run(argv, environment: environment, stdout: path, stderr: errPath)
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    if m.status != 0 {
      let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
      fatalError(
        "\(argv.joined(separator: " ")) exited \(m.status): \(err)")
    }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
