import Foundation
import NIOHTTP1

/// One answer timed: which operation, what status, how long.
struct Sample: Sendable {
  /// The operation.
  var operation: LoadOperation
  /// The HTTP status; 0 when no answer came.
  var status: Int
  /// From sending the request to reading the last byte of its answer.
  var nanoseconds: Int64
}

/// What one client did during the run.
struct WorkerLog: Sendable {
  /// Every answer, in order.
  var samples: [Sample] = []
  /// Every reference a report was answered 201 with.
  var acknowledged: [String] = []
  /// The first few failures, as text, for the report.
  var failures: [String] = []
}

/// One client of the load: sends a request, waits for its answer, draws
/// the next, until the deadline (a closed loop, as a person at a screen).
struct LoadWorker: Sendable {
  let api: APIClient
  let mix: OperationMix
  /// The court listed and reported into.
  let court: String
  /// Open cases to show and annotate.
  let cases: [String]
  let seed: UInt64

  /// Runs until `deadline` and returns what it did.
  func run(until deadline: ContinuousClock.Instant) async -> WorkerLog {
    var generator = SeededGenerator(seed: seed)
    var log = WorkerLog()
    var number = 0
    while ContinuousClock.now < deadline {
      number += 1
      let operation = mix.draw(using: &generator)
      let (method, path, body) = request(
        operation, number: number, log: log, using: &generator)
      let start = ContinuousClock.now
      let answer = await api.send(method, path, json: body)
      let elapsed = ContinuousClock.now - start
      log.samples.append(
        Sample(
          operation: operation, status: answer.status,
          nanoseconds: elapsed.components.seconds * 1_000_000_000
            + elapsed.components.attoseconds / 1_000_000_000))
      if operation == .report && answer.status == 201 {
        if let receipt = try? JSONDecoder().decode(
          Receipt.self, from: answer.body)
        {
          log.acknowledged.append(receipt.reference)
        } else {
          log.failures.append("report answered 201 without a reference")
        }
      }
      if !answer.succeeded && log.failures.count < 5 {
        let text =
          answer.failure
          ?? String(decoding: answer.body.prefix(300), as: UTF8.self)
        log.failures.append("\(operation.rawValue) → \(answer.status): \(text)")
      }
    }
    return log
  }

  /// The request of one operation.
  private func request(
    _ operation: LoadOperation, number: Int, log: WorkerLog,
    using generator: inout SeededGenerator
  ) -> (method: HTTPMethod, path: String, body: Data?) {
    switch operation {
    case .list:
      return (.GET, "/v1/cases?courts=\(court)&limit=50", nil)
    case .show:
      // Now and then a case this client reported, else one of the pool.
      let own = log.acknowledged
      let reference =
        !own.isEmpty && Bool.random(using: &generator)
        ? own[Int.random(in: 0..<own.count, using: &generator)]
        : cases[Int.random(in: 0..<cases.count, using: &generator)]
      return (.GET, "/v1/cases/\(reference)", nil)
    case .report:
      let name = FictionalNames.draw(using: &generator)
      let report = ReportBody(
        kinds: ["threat"], channel: "social_network", court: court,
        targets: [.init(name: name, role: "judge")],
        summary:
          "Message menaçant reçu après une audience (charge \(seed)-\(number))"
      )
      return (.POST, "/v1/cases", try? JSONEncoder().encode(report))
    case .note:
      let reference = cases[Int.random(in: 0..<cases.count, using: &generator)]
      let note = NoteBody(text: "Point de suivi (charge \(seed)-\(number))")
      return (
        .POST, "/v1/cases/\(reference)/notes", try? JSONEncoder().encode(note)
      )
    }
  }
}

/// The answer of a report: its new reference.
struct Receipt: Decodable {
  /// The case logged.
  var reference: String
}

/// The body of `POST /v1/cases`.
struct ReportBody: Encodable {
  /// A person the case targets.
  struct Target: Encodable {
    /// An invented name.
    var name: String
    /// The person's role.
    var role: String
  }

  var kinds: [String]
  var channel: String
  var court: String
  var targets: [Target]
  var summary: String
}

/// The body of `POST /v1/cases/{reference}/notes`.
struct NoteBody: Encodable {
  /// The note.
  var text: String
}

/// Names made up for the load's reports, never a real person's: a few
/// reports target the same name, as repeat victims do, and are linked.
enum FictionalNames {
  static let given = [
    "Aurèle", "Bastienne", "Corentin", "Daphné", "Elouan", "Faustine",
    "Gaspard", "Hortense", "Isidore", "Jacinthe",
  ]
  static let family = [
    "ORVANNE", "MIRAFLET", "QUERMALEC", "TAVERNIS", "BELMOUZE", "CARVILLON",
    "DUPLESSARD", "FERNOUX", "GALIMONDE", "HASTRANE",
  ]

  /// One of the hundred names, at random.
  static func draw(using generator: inout SeededGenerator) -> String {
    let first = given[Int.random(in: 0..<given.count, using: &generator)]
    let last = family[Int.random(in: 0..<family.count, using: &generator)]
    return "\(first) \(last)"
  }
}
