import Foundation

/// One question asked of a registry twice: by an egide command as a whole
/// process, and by the sqlite3 CLI with hand-written SQL.
struct Benchmark {
  /// A short name for the table.
  var name: String
  /// The egide process (argv).
  var egide: [String]
  /// The sqlite3 process answering the same question, if there is one.
  var sqlite: [String]?
  /// How many measured runs of each side.
  var runs: Int
  /// Unmeasured runs of each side before the measured ones.
  var warmups = 1
  /// What the two sides do differently, for BENCHMARKS.md.
  var note = ""
  /// Run before every run of the egide side (not timed), such as a fresh file.
  var beforeEgide: () -> Void = {}
  /// Run before every run of the sqlite3 side (not timed).
  var beforeSQLite: () -> Void = {}
  /// Environment added to both sides.
  var environment: [String: String] = [:]
}

/// The measured runs of both sides of a benchmark.
struct BenchmarkResult {
  var benchmark: Benchmark
  var egide: [Measurement]
  var sqlite: [Measurement]
  /// The first (unmeasured) egide run, when there was a warm-up.
  var egideFirst: Measurement?

  /// Median wall time of egide, in ms.
  var egideMedian: Double { Stats.median(egide.map(\.milliseconds)) }
  /// Median wall time of sqlite3, in ms.
  var sqliteMedian: Double? {
    sqlite.isEmpty ? nil : Stats.median(sqlite.map(\.milliseconds))
  }
  /// egide ÷ sqlite3.
  var ratio: Double? { sqliteMedian.map { egideMedian / $0 } }
}

/// Order statistics of a few samples.
enum Stats {
  /// The median (mean of the two middle values for an even count).
  static func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1
      ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
  }
}

extension Benchmark {
  /// Runs warm-ups, then the measured runs, alternating egide and sqlite3
  /// so that both see the same machine state.
  func measure(log: (String) -> Void) -> BenchmarkResult {
    var result = BenchmarkResult(benchmark: self, egide: [], sqlite: [])
    let errLog = ".bench/harness-stderr.log"
    func once(_ argv: [String], _ before: () -> Void) -> Measurement {
      before()
      let m = ProcessRunner.run(argv, environment: environment, stderr: errLog)
      if m.status != 0 {
        log(
          "  ! exit \(m.status): \(Shell.quote(argv)) (see \(errLog))")
      }
      return m
    }
    for _ in 0..<warmups {
      let first = once(egide, beforeEgide)
      if result.egideFirst == nil { result.egideFirst = first }
      if let sqlite { _ = once(sqlite, beforeSQLite) }
    }
    for _ in 0..<runs {
      result.egide.append(once(egide, beforeEgide))
      if let sqlite { result.sqlite.append(once(sqlite, beforeSQLite)) }
    }
    return result
  }
}

/// Quoting argv for display in BENCHMARKS.md.
enum Shell {
  /// `argv` as a POSIX shell command line.
  static func quote(_ argv: [String]) -> String {
    argv.map { arg in
      if !arg.isEmpty,
        arg.allSatisfy({
          $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0)
        })
      {
        return arg
      }
      return "'" + arg.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }.joined(separator: " ")
  }
}
