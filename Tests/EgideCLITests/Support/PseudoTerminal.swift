import EgideTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a run on a pseudo-terminal gave: the exit status and everything
/// the terminal showed (prompts, echoed answers, errors, output).
struct TerminalSession {
  var status: Int32
  var screen: String
  var timedOut: Bool
}

/// Runs `egide` with standard input, output and error on the slave side
/// of a pseudo-terminal, typing `answers` on the master side.
enum PseudoTerminal {
  struct OpenFailed: Error {}

  static func run(
    _ arguments: [String], answers: [String], in sandbox: Sandbox,
    environment: [String: String?] = [:], interruptAfter: String? = nil,
    timeout: TimeInterval = 20
  ) throws -> TerminalSession {
    guard let binary = EgideBinary.url else { throw EgideBinaryMissing() }
    var master: Int32 = -1
    var slave: Int32 = -1
    guard openpty(&master, &slave, nil, nil, nil) == 0 else {
      throw OpenFailed()
    }
    // Keep these descriptors out of processes other tests start at the
    // same moment: a stray copy of the slave would delay end of file.
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
    defer { close(master) }

    let process: ChildProcess
    do {
      process = try ChildProcess(
        executable: binary.path, arguments: arguments,
        environment: sandbox.environment(environment),
        directory: sandbox.root.path, standardInput: .descriptor(slave),
        standardOutput: .descriptor(slave),
        standardError: .descriptor(slave))
    } catch {
      close(slave)
      throw error
    }
    // Only the child holds the slave now: reading the master ends (EIO)
    // when it exits.
    close(slave)

    // The line discipline keeps the typed lines until egide reads them,
    // one line per read in canonical mode.
    for answer in answers {
      let bytes = Array(answer.utf8)
      _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    var screen = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    var exitedAt: Date?
    var interrupted = false
    reading: while true {
      // Ctrl-C once the screen shows `interruptAfter`: SIGINT, as the
      // terminal sends it to the foreground process.
      if let prompt = interruptAfter, !interrupted,
        String(decoding: screen, as: UTF8.self).contains(prompt)
      {
        process.send(SIGINT)
        interrupted = true
      }
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, 100)
      if ready > 0 {
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
          screen.append(contentsOf: buffer[0..<count])
          continue
        }
        if count == 0 { break reading }
        if errno == EINTR || errno == EAGAIN { continue }
        break reading  // EIO: every slave descriptor is closed
      }
      if process.termination != nil {
        // Give the last bytes a moment to arrive, then stop.
        if let exitedAt {
          if Date().timeIntervalSince(exitedAt) > 1 { break reading }
        } else {
          exitedAt = Date()
        }
      }
      if Date() > deadline {
        timedOut = true
        break reading
      }
    }
    let (termination, stopped) = process.wait(timeout: timedOut ? 0 : 60)
    return TerminalSession(
      status: termination.status,
      screen: String(decoding: screen, as: UTF8.self),
      timedOut: timedOut || stopped)
  }
}
