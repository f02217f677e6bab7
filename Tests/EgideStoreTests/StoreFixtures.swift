import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// Shared, fictional test data for the store tests: invented names, fixed
/// courts and helpers to build registries on real SQLite files.
enum StoreFixture {
  static let paris: TimeZone = {
    guard let zone = TimeZone(identifier: "Europe/Paris") else {
      preconditionFailure("the Europe/Paris time zone is missing")
    }
    return zone
  }()
  static let calendar = BusinessCalendar(timeZone: paris)

  /// The delegate who signs most changes.
  static let actor = "Délégué Orvanne"

  static let bobigny = court("tj93008")
  static let parisTribunal = court("tj75056")
  static let parisAppeal = court("ca_paris")
  static let lille = court("tj59350")

  /// An instant given as a wall-clock time in Paris.
  static func paris(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0
  ) -> Date {
    let parts = DateComponents(
      year: year, month: month, day: day, hour: hour, minute: minute)
    guard let date = Calendar.gregorian(in: paris).date(from: parts) else {
      preconditionFailure("invalid fixture date \(parts)")
    }
    return date
  }

  /// A court of the reference list, by code.
  static func court(_ code: String) -> Court {
    guard let court = CourtDirectory.shared.court(code: code) else {
      preconditionFailure("court \(code) is missing from the reference list")
    }
    return court
  }

  /// Monday 6 July 2026, 10:00 in Paris: when most fixture cases are
  /// reported.
  static let reportedAt = paris(2026, 7, 6, 10, 0)

  static func judge(
    _ name: String = "Zénarine VAUOLIN",
    function: StaffFunction? = .jugeDesEnfants, contact: String? = nil,
    homeAddress: String? = nil
  ) throws -> NewCase.Target {
    .new(
      try NewCase.NewPerson(
        identity: PersonIdentity(
          name: name, contact: contact, homeAddress: homeAddress),
        role: .judge, function: function))
  }

  static func person(
    _ name: String, _ role: Role, function: StaffFunction? = nil
  ) throws -> NewCase.Target {
    .new(
      try NewCase.NewPerson(
        identity: PersonIdentity(name: name), role: role, function: function))
  }

  /// A valid new case; each parameter can be overridden.
  static func newCase(
    kinds: [IncidentKind] = [.threat],
    occurred: OccurrenceDate? = nil,
    channel: Channel = .socialNetwork,
    platform: Platform? = .x,
    court: Court = bobigny,
    targets: [NewCase.Target]? = nil,
    severity: Severity? = .moderate,
    factors: [RiskFactor] = [],
    summary: String = "Message menaçant publié après une audience fictive",
    narrative: String? = nil,
    authors: [String] = ["@compte_imaginaire_1"],
    now: Date = Date()
  ) throws -> NewCase {
    try NewCase(
      kinds: kinds, occurred: occurred, channel: channel, platform: platform,
      court: court, targets: targets ?? [judge()],
      reportedSeverity: severity, factors: factors, summary: summary,
      narrative: narrative, authors: authors, now: now)
  }
}

/// The root of the package, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()  // EgideStoreTests
  .deletingLastPathComponent()  // Tests
  .deletingLastPathComponent()

/// Whether the run asks to rewrite generated and golden files.
var isRegenerating: Bool {
  ProcessInfo.processInfo.environment["EGIDE_REGENERATE"] == "1"
}

/// Runs `body` with a fresh temporary directory, removed afterwards.
func withScratch<T>(_ body: (URL) throws -> T) throws -> T {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent(
      "egide-store-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(
    at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  return try body(directory)
}

/// Runs `body` with the path of a registry file not yet created, in a fresh
/// temporary directory.
func withRegistryPath<T>(_ body: (String) throws -> T) throws -> T {
  try withScratch { directory in
    try body(directory.appendingPathComponent("registry.egide").path)
  }
}

/// Runs `body` with a new registry made of the shipped migrations.
func withRegistry<T>(_ body: (Registry) throws -> T) throws -> T {
  try withRegistryPath { path in try body(try Registry.create(at: path)) }
}

/// The bytes of a file, or nil when there is none.
func bytes(at path: String) -> Data? {
  FileManager.default.contents(atPath: path)
}

extension Registry {
  /// Reports a case in a transaction of its own.
  func log(
    _ newCase: NewCase, at date: Date = StoreFixture.reportedAt,
    by actor: String = StoreFixture.actor
  ) throws -> CaseReference {
    try transaction { tx in
      try tx.report(
        newCase, by: actor, at: date, deadlines: .standard,
        calendar: StoreFixture.calendar)
    }
  }

  /// Records one lifecycle decision in a transaction of its own.
  func decide(
    _ reference: CaseReference, _ decide: (CaseState) throws -> CaseEvent
  ) throws {
    try transaction { tx in _ = try tx.record(reference, decide) }
  }

  /// Assesses a case one hour after its last change.
  func assess(_ reference: CaseReference, _ severity: Severity) throws {
    try decide(reference) {
      try $0.assess(
        severity: severity, factors: [], by: StoreFixture.actor,
        at: $0.updatedAt.addingTimeInterval(3_600))
    }
  }

  /// The number of rows in a table.
  func count(_ table: String) throws -> Int {
    try writer.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
    }
  }
}

/// Runs `body`, expects a ``StoreError`` of `code`, and returns it.
@discardableResult
func expectStoreError<T>(
  _ code: StoreError.Code, sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> T
) -> StoreError? {
  do {
    _ = try body()
    Issue.record(
      "expected StoreError .\(code.rawValue); nothing was thrown",
      sourceLocation: sourceLocation)
    return nil
  } catch let error as StoreError {
    #expect(
      error.code == code, "message: \(error.message)",
      sourceLocation: sourceLocation)
    return error
  } catch {
    Issue.record(
      "expected StoreError .\(code.rawValue); got \(error)",
      sourceLocation: sourceLocation)
    return nil
  }
}

/// Collects the errors of concurrent work.
final class ErrorCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [String] = []

  func add(_ error: any Error) {
    lock.lock()
    collected.append("\(error)")
    lock.unlock()
  }

  var errors: [String] {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }
}

/// Runs `body` on `count` threads released at the same instant, and returns
/// the descriptions of the errors they threw.
func runOnThreads(
  _ count: Int, _ body: @escaping @Sendable (Int) throws -> Void
) -> [String] {
  let collector = ErrorCollector()
  let ready = DispatchGroup()
  let done = DispatchGroup()
  let start = DispatchSemaphore(value: 0)
  for index in 0..<count {
    ready.enter()
    done.enter()
    let thread = Thread {
      ready.leave()
      start.wait()
      do { try body(index) } catch { collector.add(error) }
      done.leave()
    }
    thread.start()
  }
  ready.wait()
  for _ in 0..<count { start.signal() }
  done.wait()
  return collector.errors
}
