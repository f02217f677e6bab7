import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A registry served by the real `egide serve` for one fault test: sealed,
/// in a sandbox, with its admin's token, listening on a free loopback port
/// in plain HTTP (raw requests are easy to cut there), its log in a file;
/// a server still running when the test ends is killed.
final class LoopbackServer {
  /// The sandbox holding the registry, its key and the server's logs.
  let sandbox: Sandbox
  /// The token of the admin, `e2e.tester`.
  let token: String
  /// The running server, if any.
  private(set) var server: ChildProcess?
  /// The port the running server listens on.
  private(set) var port = 0
  /// How many servers were started: each writes its own log.
  private var started = 0

  /// A new registry whose first admin is `e2e.tester`, with a token.
  init() throws {
    sandbox = try Sandbox()
    try sandbox.initRegistry()
    let created = try sandbox.run(
      ["user", "token", "create", "e2e.tester", "--db", sandbox.db])
    try #require(created.status == 0, "\(created)")
    token = created.output
  }

  deinit {
    if let server {
      server.send(SIGKILL)
      _ = server.wait(timeout: 10)
    }
  }

  /// The log of the server started last.
  var logPath: String { sandbox.path("serve-\(started).log") }

  /// What the server started last wrote on standard error.
  var log: String {
    (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
  }

  /// Starts `egide serve` on a free port and returns once it listens.
  ///
  /// - Throws: when the server exits, or does not listen within 30 s.
  func start() throws {
    let binary = try #require(EgideBinary.url, "\(EgideBinaryMissing())")
    started += 1
    let descriptor = open(
      logPath, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(descriptor >= 0, "cannot create \(logPath)")
    defer { close(descriptor) }
    let child = try ChildProcess(
      executable: binary.path,
      arguments: ["serve", "--db", sandbox.db, "--listen", "127.0.0.1:0"],
      environment: sandbox.environment(), directory: sandbox.root.path,
      standardOutput: .nullDevice, standardError: .descriptor(descriptor))
    server = child
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      if let match = log.firstMatch(
        of: /listening on http:\/\/127\.0\.0\.1:(\d+)/), let port = Int(match.1)
      {
        self.port = port
        return
      }
      if let ended = child.termination {
        server = nil
        Issue.record("egide serve ended (\(ended)) before listening:\n\(log)")
        throw LoopbackServerFailure()
      }
      usleep(10_000)
    }
    Issue.record("egide serve did not listen within 30 s:\n\(log)")
    throw LoopbackServerFailure()
  }

  /// Stops the server with `signal` and waits for it (SIGKILL after
  /// `timeout` seconds); returns how it ended.
  @discardableResult
  func stop(_ signal: Int32 = SIGTERM, timeout: TimeInterval = 20)
    -> ChildProcess.Termination?
  {
    guard let server else { return nil }
    server.send(signal)
    let (termination, timedOut) = server.wait(timeout: timeout)
    if timedOut {
      server.send(SIGKILL)
      Issue.record("egide serve did not stop within \(timeout) s:\n\(log)")
    }
    self.server = nil
    return termination
  }

  /// The resident and peak memory of the server, in KiB, from
  /// `/proc/PID/status` (`VmRSS`, `VmHWM`).
  func memory() throws -> (resident: Int, peak: Int) {
    let pid = try #require(server?.processIdentifier, "no server runs")
    let status = try String(
      contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    func kibibytes(_ field: String) -> Int {
      let line = status.split(separator: "\n").first {
        $0.hasPrefix(field + ":")
      }
      return line.flatMap {
        Int($0.split(separator: " ", omittingEmptySubsequences: true)[1])
      } ?? 0
    }
    return (kibibytes("VmRSS"), kibibytes("VmHWM"))
  }

  /// One request as the admin, on `connection` (kept open for the next)
  /// or on a connection of its own (`Connection: close`).
  ///
  /// - Throws: ``RawHTTPError`` when no answer comes.
  func send(
    _ method: String, _ path: String, json: String? = nil,
    authorized: Bool = true, on kept: RawHTTPConnection? = nil
  ) throws -> RawHTTPConnection.Answer {
    let connection = try kept ?? RawHTTPConnection(port: port)
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    if kept == nil { head += "Connection: close\r\n" }
    if authorized { head += "Authorization: Bearer \(token)\r\n" }
    let body = Data((json ?? "").utf8)
    if json != nil {
      head +=
        "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n"
    }
    connection.write(Data((head + "\r\n").utf8) + body)
    return try connection.readAnswer()
  }

  /// The JSON of a report of an invented threat in Bobigny.
  static func reportJSON(_ summary: String = "Menace reçue après l'audience")
    -> String
  {
    """
    {"kinds":["threat"],"channel":"social_network","court":"tj93008",\
    "targets":[{"name":"Valézane MIROLIN","role":"judge"}],\
    "summary":"\(summary)"}
    """
  }

  /// Reports a case through the API and returns its reference.
  func report(sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
  {
    let answer = try send("POST", "/v1/cases", json: Self.reportJSON())
    try #require(
      answer.status == 201, "\(answer)", sourceLocation: sourceLocation)
    return try #require(
      answer.object?["reference"] as? String, "\(answer)",
      sourceLocation: sourceLocation)
  }

  /// How many bytes the kernel holds for the server, unread, on the
  /// server's end of the connection from `clientPort`; nil when
  /// `/proc/net/tcp` has no such socket.
  func unreadBytes(fromClientPort clientPort: Int) -> Int? {
    // Read to the end: a file of /proc says it is empty, and some readers
    // stop at its first page.
    let descriptor = open("/proc/net/tcp", O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count > 0 {
        bytes += buffer[..<count]
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        break
      }
    }
    let table = String(decoding: bytes, as: UTF8.self)
    let local = String(format: ":%04X", port)
    let remote = String(format: ":%04X", clientPort)
    for line in table.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count > 4, fields[1].hasSuffix(local),
        fields[2].hasSuffix(remote)
      else { continue }
      let queues = fields[4].split(separator: ":")
      return queues.count == 2 ? Int(queues[1], radix: 16) : nil
    }
    return nil
  }
}

/// A server that would not start; the issue recorded says why.
struct LoopbackServerFailure: Error {}
