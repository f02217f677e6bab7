// EgideBench: times whole egide processes beside the sqlite3 CLI answering
// the same question on the same file, and prints a Markdown section with
// medians, ratios, peak RSS, the exact commands and the query plans.
//
//   EgideBench --egide PATH --db REGISTRY --label 100k [--runs 10]
//     [--sqlite3 /usr/bin/sqlite3] [--import-file cases.csv] [--work DIR]
//     [--start] [--egide-static PATH] [--hello PATH] [--hello-static PATH]
//     [--court tj93008] [--ressort ca_paris] [--import-runs N] [--out FILE]
import Foundation

var options: [String: String] = [:]
var flags: Set<String> = []
do {
  var args = CommandLine.arguments.dropFirst()
  while let arg = args.popFirst() {
    guard arg.hasPrefix("--") else { fatalError("unexpected argument \(arg)") }
    let key = String(arg.dropFirst(2))
    if key == "start" || key == "skip-queries" {
      flags.insert(key)
    } else if let value = args.popFirst() {
      options[key] = value
    } else {
      fatalError("--\(key) needs a value")
    }
  }
}

let sqlite3 = options["sqlite3"] ?? "/usr/bin/sqlite3"
let runs = Int(options["runs"] ?? "10") ?? 10
let label = options["label"] ?? "registry"
let work = options["work"] ?? ".bench/work"
try? FileManager.default.createDirectory(
  atPath: work, withIntermediateDirectories: true)
var markdown = ""
@MainActor func emit(_ line: String = "") {
  markdown += line + "\n"
  print(line)
  fflush(nil)
}
func log(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
func ms(_ value: Double) -> String { String(format: "%.1f", value) }
func mib(_ kib: Int) -> String { String(format: "%.1f", Double(kib) / 1024) }

var results: [BenchmarkResult] = []
@MainActor func table(_ results: [BenchmarkResult]) {
  emit(
    "| question | egide median ms (min–max) | sqlite3 median ms (min–max) | egide ÷ sqlite3 | egide peak RSS MiB | sqlite3 peak RSS MiB | runs | egide 1st run ms |"
  )
  emit("|---|---|---|---|---|---|---|---|")
  for r in results {
    let e = r.egide.map(\.milliseconds)
    let s = r.sqlite.map(\.milliseconds)
    let eRange =
      "\(ms(Stats.median(e))) (\(ms(e.min() ?? .nan))–\(ms(e.max() ?? .nan)))"
    let sRange =
      s.isEmpty
      ? "—" : "\(ms(Stats.median(s))) (\(ms(s.min() ?? 0))–\(ms(s.max() ?? 0)))"
    let ratio = r.ratio.map { String(format: "%.2f×", $0) } ?? "—"
    let eRSS = mib(r.egide.map(\.peakKiB).max() ?? 0)
    let sRSS = r.sqlite.isEmpty ? "—" : mib(r.sqlite.map(\.peakKiB).max() ?? 0)
    let failed =
      (r.egide + r.sqlite).contains { $0.status != 0 } ? " ⚠ non-zero exit" : ""
    emit(
      "| \(r.benchmark.name)\(failed) | \(eRange) | \(sRange) | \(ratio) | \(eRSS) | \(sRSS) | \(r.egide.count) | \(r.egideFirst.map { ms($0.milliseconds) } ?? "—") |"
    )
  }
  emit()
  emit("Commands (run from the package root):")
  emit()
  for r in results {
    emit("- **\(r.benchmark.name)**")
    let env = r.benchmark.environment.sorted { $0.key < $1.key }
      .map { "\($0.key)=\(Shell.quote([$0.value]))" }.joined(separator: " ")
    emit(
      "  - egide: `\(env.isEmpty ? "" : env + " ")\(Shell.quote(r.benchmark.egide).replacingOccurrences(of: "\n", with: " "))`"
    )
    if let sqlite = r.benchmark.sqlite {
      let text = Shell.quote(sqlite).replacingOccurrences(of: "\n", with: " ")
      emit(
        "  - sqlite3: `\(text.count > 300 ? String(text.prefix(300)) + " …" : text)`"
      )
    }
    if !r.benchmark.note.isEmpty { emit("  - differs: \(r.benchmark.note)") }
  }
  emit()
}

@MainActor func run(_ b: Benchmark) {
  log("[\(label)] \(b.name)…")
  let r = b.measure(log: log)
  log(
    "  egide \(ms(r.egideMedian)) ms, sqlite3 \(r.sqliteMedian.map(ms) ?? "—") ms"
  )
  results.append(r)
}

// MARK: Process start

if flags.contains("start") {
  emit("### Process start (\(label))")
  emit()
  let n = max(runs, 20)
  if let egide = options["egide"] {
    run(
      Benchmark(
        name: "egide --help (dynamic stdlib)", egide: [egide, "--help"],
        sqlite: [sqlite3, ":memory:", "select 1"], runs: n, warmups: 3,
        note: "sqlite3 side: `sqlite3 :memory: 'select 1'`"))
  }
  if let egide = options["egide-static"] {
    run(
      Benchmark(
        name: "egide --help (--static-swift-stdlib)", egide: [egide, "--help"],
        sqlite: [sqlite3, ":memory:", "select 1"], runs: n, warmups: 3))
  }
  if let hello = options["hello"] {
    run(
      Benchmark(
        name: "Swift hello world, Foundation, dynamic stdlib", egide: [hello],
        sqlite: [sqlite3, ":memory:", "select 1"], runs: n, warmups: 3))
  }
  if let hello = options["hello-static"] {
    run(
      Benchmark(
        name: "Swift hello world, Foundation, --static-swift-stdlib",
        egide: [hello],
        sqlite: [sqlite3, ":memory:", "select 1"], runs: n, warmups: 3))
  }
  if let hello = options["hello-essentials"] {
    run(
      Benchmark(
        name: "Swift hello world, FoundationEssentials, --static-swift-stdlib",
        egide: [hello],
        sqlite: [sqlite3, ":memory:", "select 1"], runs: n, warmups: 3))
  }
  table(results)
  results = []
}

// MARK: Queries on a registry

if let db = options["db"], let egide = options["egide"] {
  let court = options["court"] ?? "tj93008"
  let ressort = options["ressort"] ?? "ca_paris"
  let env = ["EGIDE_DB": db, "EGIDE_ACTOR": "bench"]
  func sql(_ text: String) -> String {
    ProcessRunner.output([sqlite3, db, text])
  }

  let count = sql("SELECT count(*) FROM cases")
  emit("### Registry \(label): \(count) cases")
  emit()
  let size =
    (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
  emit(
    "File: `\(db)`, \(mib(size / 1024)) MiB; events: \(sql("SELECT count(*) FROM events")); persons: \(sql("SELECT count(*) FROM persons"))."
  )
  emit()

  // A case with a long history: the one with most events, brought to 50
  // events with notes (each note is one egide process, timed below).
  let top = sql(
    "SELECT reference || '|' || event_count FROM cases ORDER BY event_count DESC, id LIMIT 1"
  )
  .split(separator: "|").map(String.init)
  let reference = top[0]
  let events = Int(top[1]) ?? 0
  emit(
    "Longest history: case \(reference) with \(events) events before the benchmark."
  )
  if events < 50 {
    var notes: [Measurement] = []
    for i in events..<50 {
      notes.append(
        ProcessRunner.run(
          [
            egide, "note", reference,
            "Benchmark note \(i + 1): call with the colleague, nothing new.",
          ],
          environment: env))
    }
    let failed = notes.filter { $0.status != 0 }.count
    emit(
      "Added \(notes.count) notes with `egide note \(reference) TEXT` (\(failed) failed): median \(ms(Stats.median(notes.map(\.milliseconds)))) ms per note process."
    )
  }
  emit(
    "After: \(sql("SELECT event_count FROM cases WHERE reference = '\(reference)'")) events."
  )
  emit()

  // The month with most new cases (UTC months; summary uses Paris months).
  let month = sql(
    "SELECT substr(reported_at, 1, 7) FROM cases GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1"
  )
  let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = paris
  let parts = month.split(separator: "-").compactMap { Int($0) }
  // Gregorian month arithmetic in a valid zone always gives a date.
  let start =
    calendar.date(
      from: DateComponents(year: parts[0], month: parts[1], day: 1))
    ?? Date(timeIntervalSince1970: 0)
  let end = calendar.date(byAdding: .month, value: 1, to: start) ?? start
  let previous =
    calendar.date(byAdding: .month, value: -1, to: start) ?? start
  let iso = ISO8601DateFormatter()
  iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
  iso.timeZone = TimeZone(identifier: "UTC")
  let now = iso.string(from: Date())
  let summarySQL =
    HandSQL.summaryWindow(
      start: iso.string(from: start), end: iso.string(from: end))
    + HandSQL.summaryWindow(
      start: iso.string(from: previous), end: iso.string(from: start))
  emit(
    "Summary month: \(month) (\(sql("SELECT count(*) FROM cases WHERE substr(reported_at, 1, 7) = '\(month)'")) cases reported that UTC month)."
  )
  emit()

  let listCourt = HandSQL.list(where: "c.court = '\(court)'", now: now)
  let listRessort = HandSQL.list(
    where: "c.appeal_court = '\(ressort)'", now: now)
  let showSQL = HandSQL.show(reference: reference)
  let exportSQL = HandSQL.export(appealCourt: ressort)
  let heavy = max(3, runs / 2)

  if !flags.contains("skip-queries") {
    run(
      Benchmark(
        name: "list --court \(court) --limit 50",
        egide: [egide, "list", "--court", court, "--limit", "50"],
        sqlite: [sqlite3, "-readonly", db, listCourt], runs: runs,
        note:
          "egide reveals no identity (each summary reads [sealed], nothing is decrypted), computes the late flags and lays out a table; sqlite3 prints the clear columns.",
        environment: env))
    run(
      Benchmark(
        name: "list --ressort \(ressort) --limit 50",
        egide: [egide, "list", "--ressort", ressort, "--limit", "50"],
        sqlite: [sqlite3, "-readonly", db, listRessort], runs: runs,
        note: "as above", environment: env))
    run(
      Benchmark(
        name: "show \(reference) (50 events)",
        egide: [egide, "show", reference],
        sqlite: [sqlite3, "-readonly", db, showSQL], runs: runs,
        note:
          "egide rebuilds the case from its history (every event decoded), looks up the other cases of its people, the cases sharing its authors or sites and the coordinated bursts it is part of; identities read [sealed] (nothing decrypted); sqlite3 prints clear columns and blob lengths.",
        environment: env))
    run(
      Benchmark(
        name: "summary --month \(month)",
        egide: [egide, "summary", "--month", month],
        sqlite: [sqlite3, "-readonly", db, summarySQL], runs: heavy,
        note:
          "sqlite3 runs 24 aggregate queries (12 figures × this month and the previous one); egide reads the running totals of the two months and of the twelve of the trend (quantiles by rank on an index), lists the cases open at the end of the month in SQL for their ages, and computes every table and disclosure rule in Swift.",
        environment: env))
    run(
      Benchmark(
        name: "export cases --ressort \(ressort) --all (CSV)",
        egide: [egide, "export", "cases", "--ressort", ressort, "--all"],
        sqlite: [sqlite3, "-readonly", "-csv", "-header", db, exportSQL],
        runs: heavy,
        note:
          "egide decrypts each row's summary and writes its own CSV columns; sqlite3 writes the clear columns as CSV. Both to /dev/null.",
        environment: env))
  }

  // A report as a whole process, on a copy of the registry (so that the
  // registry measured stays as demo created it).
  let copy = work + "/report-copy.sqlite"
  for suffix in ["", "-wal", "-shm", ".lock"] { unlink(copy + suffix) }
  _ = ProcessRunner.output([sqlite3, db, ".backup '\(copy)'"])
  var reportEnv = env
  reportEnv["EGIDE_DB"] = copy
  run(
    Benchmark(
      name: "report (one case, whole process)",
      egide: [
        egide, "report", "--kind", "threat", "--channel", "social_network",
        "--platform", "x",
        "--court", court, "--target", "Camille Bench", "--role", "judge",
        "--function", "jld",
        "--severity", "high", "--summary", "Threat posted under a ruling",
      ],
      sqlite: [sqlite3, copy, HandSQL.report], runs: runs,
      note:
        "egide validates, resolves the court, seals identities (encryption), signs the event into the hash chain and links authors; sqlite3 inserts the same rows with random placeholder blobs. Both commit one transaction (WAL/fsync as each opens the file). Measured on a copy made with `.backup`.",
      environment: reportEnv))

  // Import: a fresh registry for each run.
  if let file = options["import-file"] {
    let rows = max(
      0,
      (ProcessRunner.output(["/usr/bin/wc", "-l", file]).split(separator: " ")
        .first.flatMap { Int($0) } ?? 1) - 1)
    let target = work + "/import-target.sqlite"
    let raw = work + "/import-raw.sqlite"
    func fresh(_ path: String) {
      for suffix in ["", "-wal", "-shm", ".lock"] { unlink(path + suffix) }
    }
    var importEnv = env
    importEnv["EGIDE_DB"] = target
    run(
      Benchmark(
        name: "import \(rows) CSV lines into a fresh registry",
        egide: [egide, "import", file],
        sqlite: [sqlite3, raw, ".import --csv \(file) staging"],
        runs: Int(options["import-runs"] ?? "") ?? max(2, runs / 4), warmups: 0,
        note:
          "a fresh registry is made with `egide init` before each egide run (not timed). egide checks every row, registers people, seals identities, writes cases, kinds, targets and a signed event per case in one transaction; sqlite3 `.import` only loads the CSV text into one untyped table (the floor of reading the file and writing the pages).",
        beforeEgide: {
          fresh(target)
          _ = ProcessRunner.output([egide, "init", "--db", target])
        }, beforeSQLite: { fresh(raw) }, environment: importEnv))
    if let r = results.last, r.benchmark.name.hasPrefix("import") {
      let imported = ProcessRunner.output([
        sqlite3, target, "SELECT count(*) FROM cases",
      ])
      emit(
        "Import: \(imported) cases in the last imported registry; \(String(format: "%.0f", (Double(imported) ?? 0) / (r.egideMedian / 1000))) cases per second (median run)."
      )
      emit()
    }
  }

  table(results)

  // Query plans.
  emit("#### Query plans (\(label))")
  emit()
  @MainActor func plan(_ title: String, _ text: String) {
    emit("**\(title)**")
    emit()
    emit("```")
    for statement in text.components(separatedBy: ";\n").map({
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "; \n"))
    })
    where !statement.isEmpty && !statement.hasPrefix("BEGIN")
      && !statement.hasPrefix("COMMIT")
    {
      let first =
        statement.split(separator: "\n").first.map(String.init) ?? statement
      emit("-- \(first.prefix(110))")
      emit(
        ProcessRunner.output([
          sqlite3, "-readonly", db, "EXPLAIN QUERY PLAN " + statement,
        ]))
    }
    emit("```")
    emit()
  }
  plan("list --court, hand-written (the sqlite3 side)", listCourt)
  plan("list --ressort, hand-written (the sqlite3 side)", listRessort)
  plan(
    "list --court, what egide runs (Registry+Listing)",
    HandSQL.egideList(where: "c.court = '\(court)'", now: now))
  plan(
    "list --ressort, what egide runs (Registry+Listing)",
    HandSQL.egideList(where: "c.appeal_court = '\(ressort)'", now: now))
  plan("show (hand-written; egide reads the same rows by case id)", showSQL)
  plan(
    "show, the campaign links egide reads (Registry+Campaigns)",
    HandSQL.egideShowCampaign(reference: reference).joined(separator: ";\n"))
  plan(
    "summary, hand-written (one window; the other is the same)",
    HandSQL.summaryWindow(
      start: iso.string(from: start), end: iso.string(from: end)))
  plan(
    "summary, what egide runs (Registry+Facts.summaryFacts)",
    HandSQL.egideSummary(
      previous: iso.string(from: previous), start: iso.string(from: start),
      end: iso.string(from: end)
    ).joined(separator: ";\n"))
  plan("export --ressort", exportSQL)
}

if let out = options["out"] {
  let existing = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
  do {
    try (existing + markdown).write(
      toFile: out, atomically: true, encoding: .utf8)
  } catch {
    FileHandle.standardError.write(
      Data("egide-bench: cannot write \(out): \(error)\n".utf8))
    exit(74)
  }
}
