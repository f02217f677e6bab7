/// The figures of one operation over a run: how many, how fast, how many
/// failed.
struct OperationFigures: Codable, Sendable {
  /// Requests answered (or failed) during the run.
  var requests: Int
  /// Requests per second of the run.
  var perSecond: Double
  /// Answers other than 2xx, and requests that got no answer.
  var errors: Int
  /// Latency percentiles and maximum, in milliseconds.
  var p50Milliseconds: Double
  var p90Milliseconds: Double
  var p99Milliseconds: Double
  var maxMilliseconds: Double
  /// How many answers of each status (`"0"` for no answer).
  var statuses: [String: Int]

  /// The figures of `samples` over `seconds`.
  init(_ samples: [Sample], seconds: Double) {
    requests = samples.count
    perSecond = seconds > 0 ? Double(samples.count) / seconds : 0
    errors = samples.count { !(200..<300).contains($0.status) }
    let sorted = samples.map(\.nanoseconds).sorted()
    p50Milliseconds = Self.percentile(sorted, 0.50)
    p90Milliseconds = Self.percentile(sorted, 0.90)
    p99Milliseconds = Self.percentile(sorted, 0.99)
    maxMilliseconds = Double(sorted.last ?? 0) / 1e6
    statuses = Dictionary(
      samples.map { ("\($0.status)", 1) }, uniquingKeysWith: +)
  }

  /// The nearest-rank percentile of sorted durations, in milliseconds.
  static func percentile(_ sorted: [Int64], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return Double(sorted[min(max(rank, 1), sorted.count) - 1]) / 1e6
  }
}

/// What the registry held after the run, checked through the API.
struct AcknowledgementCheck: Codable, Sendable {
  /// Reports answered 201 during the run.
  var acknowledged: Int
  /// References answered 201 more than once.
  var acknowledgedTwice: Int
  /// Acknowledged cases that `GET /v1/cases/{reference}` answered 200
  /// with that reference.
  var shown: Int
  /// Acknowledged cases the list of the court did not hold.
  var missingFromList: Int
  /// References the list of the court held more than once.
  var listedTwice: Int
  /// Cases the list held, paged with its cursor.
  var listed: Int
  /// The first problems found, as text.
  var problems: [String]

  /// Whether every acknowledged report is in the registry, once.
  var passed: Bool {
    acknowledgedTwice == 0 && shown == acknowledged && missingFromList == 0
      && listedTwice == 0 && problems.isEmpty
  }
}

/// Everything a run measured: the JSON `--json` prints.
struct LoadReport: Codable, Sendable {
  /// The server driven.
  var server: String
  /// Concurrent clients.
  var clients: Int
  /// The run's length, as asked.
  var durationSeconds: Double
  /// The run's length, as measured (the last answers come after the
  /// deadline).
  var elapsedSeconds: Double
  /// The mix, as `list=40,…`.
  var mix: String
  /// The court listed and reported into.
  var court: String
  /// The figures of each operation, by name.
  var operations: [String: OperationFigures]
  /// The figures of every request together.
  var all: OperationFigures
  /// List and show answers per second, together.
  var readsPerSecond: Double
  /// The check of the acknowledged reports; nil with `--no-check`.
  var check: AcknowledgementCheck?
  /// The first failures seen, as text.
  var failures: [String]
}
