import Foundation
import Testing

@Suite("Help, registry location and actor")
struct HelpAndSettingsTests {
  static let commands: [[String]] = [
    [], ["init"], ["report"], ["show"], ["list"], ["assess"], ["escalate"],
    ["assign"],
    ["note"], ["evidence"], ["evidence", "add"], ["evidence", "get"],
    ["measure"],
    ["measure", "request"], ["measure", "update"], ["resolve"], ["close"],
    ["reopen"],
    ["timeline"], ["demo"],
  ]

  @Test(
    "every command's --help exits 0 and shows an example", arguments: commands)
  func helpHasExample(_ command: [String]) throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(command + ["--help"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("Example"), "\(result)")
    #expect(result.stdout.contains("egide"), "\(result)")
    #expect(
      sandbox.files().isEmpty, "help must not create files: \(sandbox.files())")
  }

  /// How many cases the registry at `path` holds.
  static func caseCount(_ sandbox: Sandbox, _ path: String) throws -> Int {
    let result = try sandbox.run([
      "list", "--all", "--format", "json", "--db", path,
    ])
    try #require(result.status == 0, "\(result)")
    return try Formats.objects(result).count
  }

  @Test(
    "--db beats $EGIDE_DB, which beats the config file, which beats ./egide.sqlite"
  )
  func registryPrecedence() throws {
    let sandbox = try Sandbox()
    let flag = sandbox.path("flag.sqlite")
    let env = sandbox.path("env.sqlite")
    let config = sandbox.path("config.sqlite")
    let local = sandbox.path("egide.sqlite")
    for path in [flag, env, config, local] {
      let created = try sandbox.run(["init", "--db", path])
      try #require(created.status == 0, "\(created)")
    }
    try "# test configuration\ndb = \"\(config)\"\n".write(
      toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    let report = Sandbox.reportArguments()

    var result = try sandbox.run(
      report + ["--db", flag], environment: ["EGIDE_DB": env])
    #expect(result.status == 0, "\(result)")
    result = try sandbox.run(report, environment: ["EGIDE_DB": env])
    #expect(result.status == 0, "\(result)")
    result = try sandbox.run(report)
    #expect(result.status == 0, "\(result)")
    try FileManager.default.removeItem(atPath: sandbox.configPath)
    result = try sandbox.run(report)
    #expect(result.status == 0, "\(result)")

    #expect(try Self.caseCount(sandbox, flag) == 1)
    #expect(try Self.caseCount(sandbox, env) == 1)
    #expect(try Self.caseCount(sandbox, config) == 1)
    #expect(try Self.caseCount(sandbox, local) == 1)
  }

  @Test(
    "without any registry setting, commands use ./egide.sqlite and init creates it there"
  )
  func localDefault() throws {
    let sandbox = try Sandbox()
    let created = try sandbox.run(["init"])
    #expect(created.status == 0, "\(created)")
    // The registry, and its key beside the configuration file.
    #expect(sandbox.files() == ["egide.key", "egide.sqlite"])
    let reported = try sandbox.run(Sandbox.reportArguments())
    #expect(reported.status == 0, "\(reported)")
    #expect(try Self.caseCount(sandbox, sandbox.path("egide.sqlite")) == 1)
  }

  @Test("--actor beats $EGIDE_ACTOR in the signed timeline")
  func actorPrecedence() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    try sandbox.succeed(
      "user", "add", "delegue.usm.fictif", "--role", "delegate")
    try sandbox.succeed(
      "user", "add", "officier.securite.fictif", "--role", "security_officer")
    let reported = try sandbox.run(
      Sandbox.reportArguments() + [
        "--db", sandbox.db, "--actor", "delegue.usm.fictif",
      ])
    try #require(reported.status == 0, "\(reported)")
    let reference = reported.output
    try sandbox.succeed("note", reference, "Note sans --actor")
    let other = try sandbox.run(
      ["note", reference, "Note d'un autre environnement", "--db", sandbox.db],
      environment: ["EGIDE_ACTOR": "officier.securite.fictif"])
    #expect(other.status == 0, "\(other)")

    let timeline = try sandbox.succeed(
      "timeline", reference, "--identities", "--purpose", Sandbox.purpose)
    let lines = timeline.stdout.split(separator: "\n").dropFirst().map(
      String.init)
    try #require(lines.count == 3, "\(timeline)")
    #expect(lines[0].contains("delegue.usm.fictif"), "\(lines[0])")
    #expect(!lines[0].contains("e2e.tester"), "\(lines[0])")
    #expect(lines[1].contains("e2e.tester"), "\(lines[1])")
    #expect(lines[2].contains("officier.securite.fictif"), "\(lines[2])")

    let document = try Formats.object(
      try sandbox.succeed("show", reference, "--json"))
    #expect(document["reportedBy"] as? String == "delegue.usm.fictif")
    let actors = (document["timeline"] as? [[String: Any]] ?? []).map {
      $0["actor"] as? String
    }
    #expect(
      actors == [
        "delegue.usm.fictif", "e2e.tester", "officier.securite.fictif",
      ])
  }

  @Test(
    "an unknown key in the configuration file is refused with the accepted keys"
  )
  func badConfigKey() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    try "dbb = \"x.sqlite\"\n".write(
      toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    let result = try sandbox.egide("list")
    #expect(result.status == 64, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(
      result.stderr.contains("dbb")
        && result.stderr.contains("did you mean 'db'"), "\(result)")
  }
}
