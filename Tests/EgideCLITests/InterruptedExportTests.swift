import Foundation
import Testing

/// An export of named rows stopped by a signal at any moment leaves no
/// file behind, named or hidden: only, if it had finished, the whole file.
@Suite("Interrupted exports")
struct InterruptedExportTests {
  /// The signals a user, a service manager, a closed terminal or the
  /// kernel send.
  static let signals: [(name: String, number: Int32)] = [
    ("SIGINT", SIGINT), ("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP),
    ("SIGKILL", SIGKILL),
  ]

  /// The arguments of an export with identities to `out`.
  static func export(_ sandbox: Sandbox, to out: String) -> [String] {
    [
      "export", "cases", "--include-identities", "--purpose", Sandbox.purpose,
      "--out", out, "--db", sandbox.db,
    ]
  }

  @Test(
    "an export with identities stopped by SIGINT, SIGTERM, SIGHUP or SIGKILL at random moments leaves no file but the complete one"
  )
  func stoppedExportLeavesNothing() throws {
    let sandbox = try Sandbox()
    let demo = try sandbox.run([
      "demo", "--db", sandbox.db, "--cases", "3000", "--seed", "4",
    ])
    try #require(demo.status == 0, "\(demo)")
    // One export to the end: how long it takes, and what a whole file is.
    // The duration only places the signals; an export that later runs to
    // its end before its signal shortens it, so that a machine busier at
    // the start than later still stops most exports in their middle.
    let whole = sandbox.path("whole.csv")
    let started = Date()
    let reference = try sandbox.run(Self.export(sandbox, to: whole))
    var duration = Date().timeIntervalSince(started)
    try #require(reference.status == 0, "\(reference)")
    let expected = try #require(FileManager.default.contents(atPath: whole))
    var generator = SystemRandomNumberGenerator()
    var stoppedBeforeTheEnd = 0
    // Early, middle, late, and after the end, each moved a little at random.
    let moments = [0.05, 0.3, 0.6, 1.2]
    for (name, signal) in Self.signals {
      for (run, moment) in moments.enumerated() {
        let folder = sandbox.path("\(name)-\(run)")
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: false)
        let out = folder + "/cases.csv"
        let launched = Date()
        let running = try sandbox.start(Self.export(sandbox, to: out))
        let delay = max(
          0.02,
          duration
            * (moment + Double.random(in: -0.05...0.05, using: &generator)))
        Thread.sleep(forTimeInterval: delay)
        running.send(signal)
        let result = running.wait()
        if result.status == 0 {
          duration = min(duration, Date().timeIntervalSince(launched))
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        if result.status != 0 { stoppedBeforeTheEnd += 1 }
        #expect(
          left.isEmpty || left == ["cases.csv"],
          "\(name) after \(delay) s left \(left) (\(result))")
        if left == ["cases.csv"] {
          #expect(
            FileManager.default.contents(atPath: out) == expected,
            "\(name) after \(delay) s left a partial cases.csv")
        }
      }
    }
    #expect(
      stoppedBeforeTheEnd >= 4,
      "only \(stoppedBeforeTheEnd) of 16 exports were stopped before their end: the registry is too small to test anything"
    )
  }
}
