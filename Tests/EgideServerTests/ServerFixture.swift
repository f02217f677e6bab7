import EgideCore
import EgideService
import EgideStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

@testable import EgideServer

/// A served registry for the API's tests, answered in process (no
/// socket): a real sealed SQLite file in a temporary folder, four users
/// of invented names with a token each, and the service's clock fixed.
///
/// | user | role | scope |
/// | --- | --- | --- |
/// | `admin.test` | admin | every court |
/// | `delegue.bobigny` | delegate | court tj93008 (Bobigny) |
/// | `officier.douai` | security_officer | ressort ca_douai |
/// | `liaison.dsj` | liaison | none |
final class ServerFixture: @unchecked Sendable {
  let folder: URL
  let path: String
  let service: EgideService
  let server: EgideAPIServer
  /// Every line the server logged, with its metadata.
  let log: LogCollector
  /// Each user's token.
  private(set) var tokens: [String: String] = [:]

  static let now: Date = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
    return calendar.date(
      from: DateComponents(year: 2026, month: 12, day: 7, hour: 10)) ?? Date()
  }()

  /// A served registry with its four users, run with `configuration`.
  init(configuration: ServiceConfiguration = ServiceConfiguration()) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-server-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("registry.sqlite").path
    let registry = try Registry.create(at: path, key: RegistryKey.generate())
    let now = Self.now
    let users: [(String, UserRole, UserScope?)] = [
      ("admin.test", .admin, nil),
      ("delegue.bobigny", .delegate, .court("tj93008")),
      ("officier.douai", .securityOfficer, .ressort("ca_douai")),
      ("liaison.dsj", .liaison, nil),
    ]
    for (name, role, scope) in users {
      try registry.addUser(
        User(
          name: name, role: role, scope: scope, createdBy: "admin.test",
          createdAt: now))
      let (_, secret) = try registry.createToken(
        for: name, label: "tests", lifetime: .standard, by: "admin.test",
        at: now)
      tokens[name] = secret.text
    }
    service = EgideService(
      registry: registry, configuration: configuration, clock: { now })
    log = LogCollector()
    let collector = log
    server = EgideAPIServer(
      service: service,
      configuration: try ServerConfiguration(
        listener: .tcp(host: "127.0.0.1", port: 0)),
      logger: Logger(label: "egide.serve.test") { _ in collector })
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The token of a user.
  func token(_ user: String) -> String { tokens[user] ?? "" }

  /// Runs `body` with a client of the API, answered in process.
  func withClient<Value: Sendable>(
    _ body: @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    let pool = NIOThreadPool(numberOfThreads: 2)
    pool.start()
    defer { pool.shutdownGracefully { _ in } }
    let app = try server.application(pool: pool)
    return try await app.test(.router, body)
  }

  /// The bytes of the registry file and its write-ahead log.
  func snapshot() throws -> [Data] {
    try [path, path + "-wal"].map { file in
      FileManager.default.fileExists(atPath: file)
        ? try Data(contentsOf: URL(fileURLWithPath: file)) : Data()
    }
  }
}

extension TestClientProtocol {
  /// Sends a request as `token`'s holder, with a JSON body.
  func send(
    _ method: HTTPRequest.Method, _ uri: String, token: String?,
    json: String? = nil, headers extra: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = extra
    if let token { headers[.authorization] = "Bearer \(token)" }
    if json != nil { headers[.contentType] = "application/json" }
    return try await execute(
      uri: uri, method: method, headers: headers,
      body: json.map { ByteBuffer(string: $0) })
  }
}

extension TestClientProtocol {
  /// Reports the threat of ``CaseEndpointTests/report`` as `token`'s
  /// holder, and returns the new case's reference.
  func reportCase(token: String) async throws -> String {
    let created = try await send(
      .post, "/v1/cases", token: token, json: CaseEndpointTests.report)
    #expect(created.status == .created, "\(created.text)")
    return created.object["reference"] as? String ?? ""
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }

  /// The body as a JSON object.
  var object: [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)))
      as? [String: Any] ?? [:]
  }

  /// The problem the body holds, if it holds one.
  var problem: Problem? {
    try? JSONDecoder().decode(Problem.self, from: Data(body.readableBytesView))
  }
}

/// Keeps every line the server logs, to check what it never holds.
final class LogCollector: LogHandler, @unchecked Sendable {
  private let lines = NIOLockedValueBox<[String]>([])
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .trace

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let merged = metadata.merging(event.metadata ?? [:]) { $1 }
    let text =
      "\(event.message) "
      + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      .joined(separator: " ")
    lines.withLockedValue { $0.append(text) }
  }

  /// Everything logged so far.
  var text: String { lines.withLockedValue { $0.joined(separator: "\n") } }
}
