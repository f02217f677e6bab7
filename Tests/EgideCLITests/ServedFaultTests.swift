import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `egide serve` under faults, through the real binary on a loopback
/// port: killed during writes, stopped during a request, clients that
/// leave mid-upload, upload gigabytes or hold connections open.
///
/// Each test starts its own server on its own registry and stops it. The
/// suite runs one test at a time: the upload and slow-client tests read
/// the server's memory and wait on sockets, which other servers of the
/// suite would disturb.
@Suite("egide serve under faults", .serialized)
struct ServedFaultTests {
  /// The largest evidence file the server keeps: 64 MiB.
  static let uploadLimit = 64 << 20

  @Test(
    "a server killed with SIGKILL during writes keeps every report it acknowledged, and starts again"
  )
  func killDuringWrites() throws {
    let served = try LoopbackServer()
    try served.start()
    let port = served.port
    let token = served.token
    let acknowledged = Tally()
    let group = DispatchGroup()
    let deadline = Date().addingTimeInterval(2)
    for client in 0..<4 {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        var number = 0
        while Date() < deadline {
          number += 1
          let json = LoopbackServer.reportJSON("Charge \(client)-\(number)")
          guard
            let answer = try? RawHTTPExchange.send(
              port: port, token: token, "POST", "/v1/cases", json: json)
          else { return }  // the server is gone
          if answer.status == 201,
            let reference = answer.object?["reference"] as? String
          {
            acknowledged.add(reference)
          }
        }
      }
    }
    // Kill once the writers have had a second; they go on until their
    // requests fail.
    usleep(1_000_000)
    let killed = served.stop(SIGKILL)
    #expect(killed?.signalled == true, "\(String(describing: killed))")
    #expect(group.wait(timeout: .now() + 30) == .success)
    let references = acknowledged.values
    try #require(!references.isEmpty, "no report was acknowledged in 1 s")
    #expect(Set(references).count == references.count)

    let verified = try served.sandbox.run(["verify", "--db", served.sandbox.db])
    #expect(verified.status == 0, "\(verified)")
    try served.start()
    let connection = try RawHTTPConnection(port: served.port)
    for reference in references {
      let shown = try served.send(
        "GET", "/v1/cases/\(reference)", on: connection)
      #expect(shown.status == 200, "\(reference): \(shown)")
      #expect(shown.object?["reference"] as? String == reference)
      #expect(shown.object?["kinds"] as? [String] == ["threat"])
      #expect(shown.object?["court"] as? String == "tj93008")
    }
    let stopped = served.stop()
    #expect(stopped == .init(status: 0, signalled: false), "\(served.log)")
  }

  @Test(
    "a client that disconnects mid-upload leaves the registry as it was, and the server keeps answering"
  )
  func disconnectMidUpload() throws {
    let served = try LoopbackServer()
    try served.start()
    let reference = try served.report()
    let before = try served.send("GET", "/v1/cases/\(reference)")
    let bytes = served.sandbox.snapshot()
    let files = served.sandbox.files()

    let size = 4 << 20
    let connection = try RawHTTPConnection(port: served.port)
    connection.write(
      Self.uploadHead(
        reference, token: served.token, length: "Content-Length: \(size)"))
    let chunk = Self.pattern(count: 1 << 20)
    for _ in 0..<(size / chunk.count / 2) { connection.write(chunk) }
    connection.close()
    // The server logs the request once it has given up on it: a fault
    // of the client (400), not of the server.
    try Self.poll("the server to log the cut upload") {
      served.log.contains("evidence/files status=")
    }
    #expect(served.log.contains("evidence/files status=400"), "\(served.log)")

    let after = try served.send("GET", "/v1/cases/\(reference)")
    #expect(after.status == 200, "\(after)")
    #expect((after.object?["evidence"] as? [Any])?.isEmpty == true, "\(after)")
    #expect(
      (after.object?["timeline"] as? [Any])?.count
        == (before.object?["timeline"] as? [Any])?.count)
    let listed = try served.send("GET", "/v1/cases?all=true")
    #expect((listed.object?["cases"] as? [Any])?.count == 1, "\(listed)")
    #expect(
      served.sandbox.snapshot() == bytes,
      "\(bytes.differences(to: served.sandbox.snapshot()))")
    #expect(served.sandbox.files() == files)
    #expect(
      try served.send("GET", "/v1/health", authorized: false).status == 200)
    #expect(served.stop() == .init(status: 0, signalled: false))
  }

  @Test(
    "a 2 GB upload is refused with 413 at the limit, announced or chunked, without the server's memory growing past it"
  )
  func hugeUploadIsRefused() throws {
    let served = try LoopbackServer()
    try served.start()
    let reference = try served.report()
    let start = try served.memory()
    let gigabytes: Int64 = 2 << 30

    // Announced: refused on its Content-Length, before the body is read.
    let announced = try Self.upload(
      reference, on: served, length: "Content-Length: \(gigabytes)",
      upTo: gigabytes, chunked: false)
    #expect(announced.answer.status == 413, "\(announced.answer)")
    #expect(
      announced.answer.headers["content-type"] == "application/problem+json")
    #expect(announced.answer.object?["status"] as? Int == 413)
    #expect(announced.sent < Int64(Self.uploadLimit), "\(announced.sent)")

    // Chunked: read until the limit, then refused.
    let chunked = try Self.upload(
      reference, on: served, length: "Transfer-Encoding: chunked",
      upTo: gigabytes, chunked: true)
    #expect(chunked.answer.status == 413, "\(chunked.answer)")
    #expect(
      chunked.answer.headers["content-type"] == "application/problem+json")
    #expect(chunked.sent >= Int64(Self.uploadLimit), "\(chunked.sent)")
    #expect(chunked.sent < Int64(2 * Self.uploadLimit), "\(chunked.sent)")

    // The server held at most the limit, plus 64 MiB for its buffers and
    // the copies of a request's bytes: never the 2 GB offered.
    let end = try served.memory()
    let bound = start.resident + (Self.uploadLimit + (64 << 20)) / 1_024
    #expect(
      end.peak < bound,
      "peak \(end.peak) KiB, resident \(start.resident) KiB at the start")
    #expect(end.resident < bound)

    #expect(
      try served.send("GET", "/v1/health", authorized: false).status == 200)
    let shown = try served.send("GET", "/v1/cases/\(reference)")
    #expect((shown.object?["evidence"] as? [Any])?.isEmpty == true, "\(shown)")
    #expect(served.stop() == .init(status: 0, signalled: false))
  }

  @Test(
    "200 slow clients holding connections open do not keep a normal client waiting"
  )
  func slowClientsDoNotBlockOthers() throws {
    let served = try LoopbackServer()
    try served.start()
    let reference = try served.report()
    // Half send nothing; half send a request line a byte at a time.
    var slow: [RawHTTPConnection] = []
    for _ in 0..<200 { slow.append(try RawHTTPConnection(port: served.port)) }
    let line = Array("GET /v1/cases/\(reference) HTTP/1.1\r\n".utf8)
    for round in 0..<4 {
      for connection in slow.suffix(100) {
        connection.write(Data([line[round]]))
      }
      let start = ContinuousClock.now
      let shown = try served.send("GET", "/v1/cases/\(reference)")
      let waited = ContinuousClock.now - start
      #expect(shown.status == 200, "\(shown)")
      #expect(waited < .seconds(5), "round \(round): \(waited)")
    }
    for connection in slow { connection.close() }
    #expect(
      try served.send("GET", "/v1/health", authorized: false).status == 200)
    #expect(served.stop() == .init(status: 0, signalled: false))
  }

  @Test(
    "SIGTERM during a request lets it finish, exits 0 and releases the registry to a new server"
  )
  func sigtermFinishesTheRequestInFlight() throws {
    let served = try LoopbackServer()
    try served.start()
    let reference = try served.report()
    let size = 256 << 10
    let content = Self.pattern(count: size)
    let connection = try RawHTTPConnection(port: served.port)
    connection.write(
      Self.uploadHead(
        reference, token: served.token, length: "Content-Length: \(size)"))
    connection.write(content.prefix(size / 2))
    // The request is in flight once the server has read what was sent.
    try Self.poll("the server to read the first half") {
      served.unreadBytes(fromClientPort: connection.localPort) == 0
    }
    let server = try #require(served.server)
    server.send(SIGTERM)
    // The server stops listening, and still reads the request under way.
    try Self.poll("the server to stop listening") {
      (try? RawHTTPConnection(port: served.port, timeout: 1)) == nil
    }
    #expect(server.termination == nil, "\(served.log)")
    connection.write(content.suffix(size - size / 2))
    let answer = try connection.readAnswer()
    #expect(answer.status == 201, "\(answer)")
    let stopped = served.stop(SIGTERM)
    #expect(stopped == .init(status: 0, signalled: false), "\(served.log)")
    #expect(served.log.contains("egide serve: stopped"), "\(served.log)")

    try served.start()
    let shown = try served.send("GET", "/v1/cases/\(reference)")
    let evidence = try #require(shown.object?["evidence"] as? [[String: Any]])
    #expect(evidence.count == 1, "\(shown)")
    #expect(served.stop() == .init(status: 0, signalled: false))
  }
}

extension ServedFaultTests {
  /// The head of an evidence upload to `reference`, with its length
  /// header.
  static func uploadHead(_ reference: String, token: String, length: String)
    -> String
  {
    "POST /v1/cases/\(reference)/evidence/files HTTP/1.1\r\n"
      + "Host: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
      + "Content-Type: application/octet-stream\r\n"
      + "Egide-Arguments: {\"fileName\":\"capture.bin\"}\r\n"
      + "\(length)\r\n\r\n"
  }

  /// `count` bytes of a repeating pattern.
  static func pattern(count: Int) -> Data {
    Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31) })
  }

  /// Streams up to `total` bytes to the evidence endpoint, 1 MiB at a
  /// time from one buffer, until the server answers; returns the answer
  /// and how many bytes were sent.
  static func upload(
    _ reference: String, on served: LoopbackServer, length: String,
    upTo total: Int64, chunked: Bool
  ) throws -> (answer: RawHTTPConnection.Answer, sent: Int64) {
    let chunk = pattern(count: 1 << 20)
    let frame =
      chunked
      ? Data(String(chunk.count, radix: 16).utf8) + Data("\r\n".utf8) + chunk
        + Data("\r\n".utf8)
      : chunk
    let connection = try RawHTTPConnection(port: served.port)
    defer { connection.close() }
    connection.write(uploadHead(reference, token: served.token, length: length))
    var sent: Int64 = 0
    while sent < total && !connection.isReadable() {
      guard connection.write(frame) else { break }
      sent += Int64(chunk.count)
    }
    return (try connection.readAnswer(), sent)
  }

  /// Waits until `condition` holds, checking every 10 ms for at most
  /// `seconds`.
  ///
  /// - Throws: when it does not hold in time.
  static func poll(
    _ what: String, seconds: TimeInterval = 15,
    sourceLocation: SourceLocation = #_sourceLocation,
    until condition: () throws -> Bool
  ) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return }
      usleep(10_000)
    }
    Issue.record(
      "waited \(seconds) s for \(what)", sourceLocation: sourceLocation)
    throw LoopbackServerFailure()
  }
}

/// One request on a connection of its own, from any thread.
enum RawHTTPExchange {
  /// Sends a request with a JSON body as the holder of `token`.
  ///
  /// - Throws: ``RawHTTPError`` when the server cannot be reached or
  ///   gives no answer.
  static func send(
    port: Int, token: String, _ method: String, _ path: String, json: String
  ) throws -> RawHTTPConnection.Answer {
    let connection = try RawHTTPConnection(port: port, timeout: 10)
    let body = Data(json.utf8)
    let head =
      "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
      + "Authorization: Bearer \(token)\r\nContent-Type: application/json\r\n"
      + "Content-Length: \(body.count)\r\n\r\n"
    guard connection.write(Data(head.utf8) + body) else {
      throw RawHTTPError("write", ECONNRESET)
    }
    return try connection.readAnswer()
  }
}

/// References collected by several threads.
final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [String] = []

  /// Adds one.
  func add(_ value: String) {
    lock.lock()
    defer { lock.unlock() }
    collected.append(value)
  }

  /// Everything added so far.
  var values: [String] {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }
}
