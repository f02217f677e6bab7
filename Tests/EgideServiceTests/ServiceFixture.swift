import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

/// A served registry for the service's tests: a real, sealed SQLite file
/// in a temporary folder, four users of invented names, and the service's
/// clock fixed at `now`.
///
/// | user | role | scope |
/// | --- | --- | --- |
/// | `admin.test` | admin | every court |
/// | `delegue.bobigny` | delegate | court tj93008 (Bobigny) |
/// | `officier.douai` | security_officer | ressort ca_douai |
/// | `liaison.dsj` | liaison | none: sees no case |
final class ServiceFixture {
  /// The folder holding the registry; removed when the fixture goes.
  let folder: URL
  /// The registry file.
  let path: String
  /// The service, its clock at ``now``.
  let service: EgideService
  /// The service's time: Monday 7 December 2026, 10:00 in Paris.
  static let now: Date = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
    return calendar.date(
      from: DateComponents(year: 2026, month: 12, day: 7, hour: 10)) ?? Date()
  }()

  static let admin = Caller.local("admin.test")
  static let bobignyDelegate = Caller.local("delegue.bobigny")
  static let douaiOfficer = Caller.local("officier.douai")
  static let liaison = Caller.local("liaison.dsj")

  /// A new registry with the four users; the service says its notes to
  /// `notes`.
  init(notes: @escaping @Sendable (ServiceNote) -> Void = { _ in }) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "egide-service-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("registry.sqlite").path
    let registry = try Registry.create(at: path, key: RegistryKey.generate())
    let now = Self.now
    try registry.addUser(
      User(
        name: "admin.test", role: .admin, scope: nil, createdBy: "admin.test",
        createdAt: now))
    try registry.addUser(
      User(
        name: "delegue.bobigny", role: .delegate, scope: .court("tj93008"),
        createdBy: "admin.test", createdAt: now))
    try registry.addUser(
      User(
        name: "officier.douai", role: .securityOfficer,
        scope: .ressort("ca_douai"), createdBy: "admin.test", createdAt: now))
    try registry.addUser(
      User(
        name: "liaison.dsj", role: .liaison, scope: nil,
        createdBy: "admin.test", createdAt: now))
    service = EgideService(
      registry: registry,
      configuration: ServiceConfiguration(
        trustedFlagger: ServiceFixture.trustedFlagger),
      clock: { now }, notes: notes)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Reports a threat against an invented judge at `court`, as the admin;
  /// returns the case reference.
  @discardableResult
  func report(
    court: String = "tj93008", name: String = "Ysolde MARVANNE",
    as caller: Caller = admin
  ) throws -> String {
    try service.run(
      ReportCase(
        kinds: ["threat"], channel: "social_network", platform: "x",
        court: court, targets: [.init(name: name, role: "judge")],
        summary: "Menace publiée sous une décision"),
      as: caller
    ).reference
  }

  /// The bytes of the registry file and its write-ahead log: what a
  /// refused request must leave as it was.
  func snapshot() throws -> [Data] {
    try [path, path + "-wal"].map { file in
      FileManager.default.fileExists(atPath: file)
        ? try Data(contentsOf: URL(fileURLWithPath: file)) : Data()
    }
  }
}

extension EgideService {
  /// Runs a request for `caller`.
  func run<Request: ServiceRequest>(_ request: Request, as caller: Caller)
    throws -> Request.Response
  {
    try request.run(on: self, as: caller)
  }
}
