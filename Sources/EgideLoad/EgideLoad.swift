import ArgumentParser
import Foundation
import NIOHTTP1

/// `egide-load`: drives concurrent clients against a served registry for
/// a while, times every answer, then checks that every report it was
/// answered 201 for is in the registry, once.
@main
struct EgideLoad: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "egide-load",
    abstract: "Drive concurrent clients against an egide server and time them.",
    discussion: """
      Each client sends one request, waits for the answer, and sends the
      next, drawn from the mix: list (the first 50 open cases of --court),
      show (an open case of that court, or one the client reported),
      report (a new case in that court, with an invented name) and note
      (on an open case of that court). Every status and latency is kept;
      the figures are the throughput, p50, p90, p99 and maximum latency of
      each operation, and the errors (answers other than 2xx, and requests
      that got no answer).

      After the run, every reference answered 201 by a report is shown
      (GET /v1/cases/REF), and the court's cases since the day before are
      listed page by page: each must be there, once. The exit status is 1
      when a check fails or a request failed.

      The token is $EGIDE_TOKEN (an admin's, or a user's whose scope holds
      the court): 'egide user token create NAME' prints one.

      Example:
        EGIDE_TOKEN=… egide-load --server http://127.0.0.1:8080 --clients 64 --duration 30
      """)

  @Option(
    help: "The server, such as http://127.0.0.1:8080. Default: $EGIDE_SERVER.")
  var server: String?
  @Option(help: "Concurrent clients.") var clients = 64
  @Option(help: "Seconds to run.") var duration: Double = 30
  @Option(help: "The weight of each operation.")
  var mix = OperationMix.standard.description
  @Option(help: "The court listed, shown and reported into (a code).")
  var court = "tj93008"
  @Option(help: "The seed of the draws.") var seed: UInt64 = 1
  @Flag(
    help:
      "Print the figures as JSON on standard output (the table goes to standard error)."
  )
  var json = false
  @Flag(help: "Skip the check of the acknowledged reports.") var noCheck = false

  func validate() throws {
    guard (1...10_000).contains(clients) else {
      throw ValidationError(
        "clients '\(clients)' is not accepted; give 1 to 10000")
    }
    guard duration > 0 && duration <= 3_600 else {
      throw ValidationError(
        "duration '\(duration)' is not accepted; give 1 to 3600 seconds")
    }
    _ = try OperationMix(parsing: mix)
  }

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    guard let server = server ?? environment["EGIDE_SERVER"], !server.isEmpty
    else {
      throw ValidationError("give --server URL or set $EGIDE_SERVER")
    }
    guard let token = environment["EGIDE_TOKEN"], !token.isEmpty else {
      throw ValidationError(
        "no token: set $EGIDE_TOKEN to a token from 'egide user token create NAME'"
      )
    }
    let mix = try OperationMix(parsing: mix)
    let api = APIClient(server: server, token: token, connections: clients)
    do {
      let report = try await drive(api, mix: mix)
      await api.shutdown()
      try emit(report)
      if report.check?.passed == false || report.all.errors > 0 {
        throw ExitCode(1)
      }
    } catch {
      await api.shutdown()
      throw error
    }
  }

  /// Runs the load and the check.
  private func drive(_ api: APIClient, mix: OperationMix) async throws
    -> LoadReport
  {
    let health = await api.send(.GET, "/v1/health")
    guard health.status == 200 else {
      throw LoadError(
        "\(api.server) does not answer GET /v1/health with 200 (\(health.status) \(health.failure ?? "")); start it with 'egide serve'"
      )
    }
    let pool = await api.send(.GET, "/v1/cases?courts=\(court)&limit=1000")
    guard pool.status == 200,
      let page = try? JSONDecoder().decode(ListedPage.self, from: pool.body)
    else {
      throw LoadError(
        "listing the cases of \(court) answered \(pool.status): \(pool.failure ?? String(decoding: pool.body.prefix(300), as: UTF8.self))"
      )
    }
    let cases = page.cases.map(\.reference)
    let needsCases = mix.weights.contains {
      $0.operation == .show || $0.operation == .note
    }
    if needsCases && cases.isEmpty {
      throw LoadError(
        "\(court) has no open case to show or annotate; choose another --court or a mix of list and report"
      )
    }
    let since = Self.dayBefore(Date())
    Self.say(
      "egide-load: \(clients) clients for \(duration) s against \(api.server), mix \(mix), court \(court) (\(cases.count) open cases to show and annotate)"
    )
    let start = ContinuousClock.now
    let deadline = start + .milliseconds(Int64(duration * 1_000))
    let logs = await withTaskGroup(of: WorkerLog.self) { group in
      for index in 0..<clients {
        let worker = LoadWorker(
          api: api, mix: mix, court: court, cases: cases,
          seed: seed &* 1_000_003 &+ UInt64(index))
        group.addTask { await worker.run(until: deadline) }
      }
      var logs: [WorkerLog] = []
      for await log in group { logs.append(log) }
      return logs
    }
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds)
      + Double(elapsed.components.attoseconds) / 1e18
    let samples = logs.flatMap(\.samples)
    let acknowledged = logs.flatMap(\.acknowledged)
    var operations: [String: OperationFigures] = [:]
    for operation in LoadOperation.allCases {
      let own = samples.filter { $0.operation == operation }
      if !own.isEmpty {
        operations[operation.rawValue] = OperationFigures(own, seconds: seconds)
      }
    }
    let reads = samples.count {
      ($0.operation == .list || $0.operation == .show)
        && (200..<300).contains($0.status)
    }
    var check: AcknowledgementCheck?
    if !noCheck {
      Self.say(
        "egide-load: checking the \(acknowledged.count) acknowledged reports…")
      check = await RegistryCheck(
        api: api, court: court, since: since, concurrency: clients
      ).run(acknowledged)
    }
    return LoadReport(
      server: api.server, clients: clients, durationSeconds: duration,
      elapsedSeconds: seconds, mix: mix.description, court: court,
      operations: operations, all: OperationFigures(samples, seconds: seconds),
      readsPerSecond: Double(reads) / seconds, check: check,
      failures: Array(logs.flatMap(\.failures).prefix(10)))
  }

  /// Prints the table, and the JSON with `--json`.
  private func emit(_ report: LoadReport) throws {
    let table = Self.table(report)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
      let data = try encoder.encode(report)
      FileHandle.standardError.write(Data(table.utf8))
      FileHandle.standardOutput.write(data + Data("\n".utf8))
    } else {
      print(table, terminator: "")
    }
  }

  /// The figures as a table, for people.
  static func table(_ report: LoadReport) -> String {
    func row(_ name: String, _ f: OperationFigures) -> String {
      String(
        format: "%-8@ %9d %9.1f %7d %8.1f %8.1f %8.1f %8.1f\n",
        name as NSString, f.requests, f.perSecond, f.errors, f.p50Milliseconds,
        f.p90Milliseconds, f.p99Milliseconds, f.maxMilliseconds)
    }
    var text = String(
      format: "%@ clients, %.1f s (asked %.0f s), mix %@, court %@\n",
      "\(report.clients)" as NSString, report.elapsedSeconds,
      report.durationSeconds, report.mix as NSString, report.court as NSString)
    text +=
      "operation requests  per s    errors   p50 ms   p90 ms   p99 ms   max ms\n"
    for operation in LoadOperation.allCases {
      if let figures = report.operations[operation.rawValue] {
        text += row(operation.rawValue, figures)
      }
    }
    text += row("all", report.all)
    text += String(
      format: "reads (list and show answered 2xx): %.1f per second\n",
      report.readsPerSecond)
    if let check = report.check {
      text +=
        "check: \(check.acknowledged) reports acknowledged 201, \(check.acknowledgedTwice) reference(s) acknowledged twice, \(check.shown) shown, \(check.listed) listed in the court since the day before, \(check.missingFromList) missing from the list, \(check.listedTwice) listed twice: \(check.passed ? "passed" : "FAILED")\n"
      for problem in check.problems { text += "  \(problem)\n" }
    } else {
      text += "check: not run (--no-check)\n"
    }
    for failure in report.failures { text += "failure: \(failure)\n" }
    return text
  }

  /// The day before `date`, as `YYYY-MM-DD` in UTC: on or before the day
  /// of every report of the run, in any time zone of the registry.
  static func dayBefore(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let day = calendar.date(byAdding: .day, value: -1, to: date) ?? date
    let parts = calendar.dateComponents([.year, .month, .day], from: day)
    return String(
      format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0,
      parts.day ?? 0)
  }

  /// A line on standard error.
  static func say(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
