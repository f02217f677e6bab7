import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The API of a served registry as the load driver reaches it: one
/// token, one pool of connections, every answer read whole.
struct APIClient: Sendable {
  /// What the server answered, or why nothing came back.
  struct Answer: Sendable {
    /// The HTTP status, or 0 when the request failed before an answer.
    var status: Int
    /// The body.
    var body: Data
    /// Why no answer came (connection refused, reset, timed out).
    var failure: String?

    /// Whether the server answered 2xx.
    var succeeded: Bool { (200..<300).contains(status) }
  }

  /// The server, such as `http://127.0.0.1:8443`, without a trailing slash.
  let server: String
  private let token: String
  private let http: HTTPClient

  /// A client of `server` holding up to `connections` connections at once.
  init(server: String, token: String, connections: Int) {
    self.server =
      server.hasSuffix("/") ? String(server.dropLast()) : server
    self.token = token
    var configuration = HTTPClient.Configuration(
      timeout: .init(connect: .seconds(10), read: .seconds(60)))
    configuration.connectionPool = .init(
      idleTimeout: .seconds(120),
      concurrentHTTP1ConnectionsPerHostSoftLimit: max(connections, 1))
    http = HTTPClient(
      eventLoopGroupProvider: .singleton, configuration: configuration)
  }

  /// Sends one request and reads its answer whole.
  ///
  /// - Parameters:
  ///   - method: `GET` or `POST`.
  ///   - path: the path and query, such as `/v1/cases?limit=50`.
  ///   - json: a JSON body, if any.
  /// - Returns: the answer; never throws, a failure is an answer too.
  func send(_ method: HTTPMethod, _ path: String, json: Data? = nil) async
    -> Answer
  {
    var request = HTTPClientRequest(url: server + path)
    request.method = method
    request.headers.add(name: "Authorization", value: "Bearer \(token)")
    request.headers.add(name: "Accept", value: "application/json")
    if let json {
      request.headers.add(name: "Content-Type", value: "application/json")
      request.body = .bytes(ByteBuffer(bytes: json))
    }
    do {
      let response = try await http.execute(request, timeout: .seconds(60))
      let body = try await response.body.collect(upTo: 64 << 20)
      return Answer(
        status: Int(response.status.code), body: Data(body.readableBytesView),
        failure: nil)
    } catch {
      return Answer(status: 0, body: Data(), failure: "\(error)")
    }
  }

  /// Closes every connection.
  func shutdown() async {
    try? await http.shutdown()
  }
}
