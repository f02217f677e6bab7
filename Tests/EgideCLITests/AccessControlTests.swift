import EgideCore
import EgideStore
import Foundation
import Testing

/// Users, roles and scopes through the real binary: what each role may run,
/// what a scope lets a user see, disabled users, and the access log every
/// reveal writes first.
@Suite("Users, roles, scopes and the access log")
struct AccessControlTests {
  /// A registry with a case in Bobigny (ressort ca_paris) and one in Lille
  /// (ressort ca_douai), and a user of each role besides the admin who ran
  /// init (e2e.tester).
  struct Fixture {
    let sandbox: Sandbox
    let bobigny: String
    let lille: String

    /// Runs egide as `actor` on the fixture registry.
    func run(_ actor: String, _ arguments: [String]) throws -> EgideResult {
      try sandbox.run(
        arguments + ["--db", sandbox.db], environment: ["EGIDE_ACTOR": actor])
    }

    /// Runs a command `actor` may run; it must succeed.
    @discardableResult
    func allowed(
      _ actor: String, _ arguments: String...,
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> EgideResult {
      try allowed(actor, arguments, sourceLocation: sourceLocation)
    }

    /// ``allowed(_:_:sourceLocation:)`` with the arguments in an array.
    @discardableResult
    func allowed(
      _ actor: String, _ arguments: [String],
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> EgideResult {
      let result = try run(actor, arguments)
      #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
      return result
    }

    /// Runs a command on `reference`, a case outside `actor`'s scope: the
    /// answer is the one for a case that does not exist (exit 65, the same
    /// line with the reference changed), naming no court, and the
    /// registry is byte for byte as it was.
    func unseen(
      _ actor: String, _ arguments: [String], reference: String,
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      let before = sandbox.snapshot()
      let result = try run(actor, arguments)
      let missing = reference.hasPrefix("E-") ? "E-999999" : "2026-9999"
      let absent = try run(
        actor, arguments.map { $0 == reference ? missing : $0 })
      #expect(result.status == 65, "\(result)", sourceLocation: sourceLocation)
      #expect(absent.status == 65, "\(absent)", sourceLocation: sourceLocation)
      #expect(
        result.stderr.replacingOccurrences(of: reference, with: missing)
          == absent.stderr, "\(result)", sourceLocation: sourceLocation)
      #expect(
        !result.stderr.contains("tj") && !result.stderr.contains("ca_"),
        "\(result)", sourceLocation: sourceLocation)
      #expect(sandbox.snapshot() == before, sourceLocation: sourceLocation)
    }

    /// Runs a command `actor` may not run: exit 77, one line naming the
    /// user and each of `mentions`, and the registry byte for byte as it
    /// was.
    @discardableResult
    func refused(
      _ actor: String, _ arguments: String..., mentions: [String] = [],
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> EgideResult {
      try refused(
        actor, arguments, mentions: mentions, sourceLocation: sourceLocation)
    }

    /// ``refused(_:_:mentions:sourceLocation:)`` with the arguments in an
    /// array.
    @discardableResult
    func refused(
      _ actor: String, _ arguments: [String], mentions: [String] = [],
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> EgideResult {
      let before = sandbox.snapshot()
      let result = try run(actor, arguments)
      #expect(result.status == 77, "\(result)", sourceLocation: sourceLocation)
      #expect(
        result.stderrLines.count == 1, "\(result)",
        sourceLocation: sourceLocation)
      #expect(
        result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
      for word in [actor] + mentions {
        #expect(
          result.stderr.contains(word), "'\(word)' missing: \(result)",
          sourceLocation: sourceLocation)
      }
      let after = sandbox.snapshot()
      #expect(
        after == before,
        "a refused command changed the registry: \(before.differences(to: after))",
        sourceLocation: sourceLocation)
      return result
    }

    /// Adds `officier.lille`, a security officer limited to the Lille court
    /// (tj59350), where the fixture's second case is.
    func addLilleOfficer() throws {
      try sandbox.succeed(
        "user", "add", "officier.lille", "--role", "security_officer",
        "--court", "tj59350")
    }

    /// The access log, read through the store.
    func accessLog() throws -> [AccessEntry] {
      try Registry.open(at: sandbox.db).accessLog()
    }
  }

  static func fixture() throws -> Fixture {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let bobigny = try sandbox.report(
      court: "Bobigny", target: "Valézane MIROLIN",
      summary: "Menace sous une décision de Bobigny")
    let lille = try sandbox.report(
      court: "tj59350", target: "Oriane VELARÈDE", role: "clerk",
      summary: "Courrier anonyme au greffe de Lille")
    for (name, role) in [
      ("delegue.fictif", "delegate"), ("officier.fictif", "security_officer"),
      ("liaison.fictif", "liaison"),
    ] {
      try sandbox.succeed("user", "add", name, "--role", role)
    }
    return Fixture(sandbox: sandbox, bobigny: bobigny, lille: lille)
  }

  @Test("init records whoever ran it as the registry's first admin")
  func initMakesTheFirstAdmin() throws {
    let sandbox = try Sandbox()
    let created = try sandbox.run(["init", "--db", sandbox.db])
    #expect(created.status == 0, "\(created)")
    #expect(created.stdout.contains("e2e.tester is its first admin"))
    let users = try Formats.objects(
      try sandbox.succeed("user", "list", "--json"))
    #expect(users.count == 1)
    #expect(users.first?["name"] as? String == "e2e.tester")
    #expect(users.first?["role"] as? String == "admin")
    #expect(users.first?["enabled"] as? Bool == true)
  }

  @Test(
    "a delegate reports and follows cases but may not assess, close or administer"
  )
  func delegate() throws {
    let f = try Self.fixture()
    let actor = "delegue.fictif"
    try f.allowed(actor, "note", f.bobigny, "Appel de la collègue")
    try f.allowed(
      actor, "evidence", "add", f.bobigny, "--url",
      "https://example.org/post/1")
    try f.allowed(
      actor, "measure", "request", f.bobigny, "--kind",
      "statutory_protection", "--authority", "Chefs de cour")
    try f.allowed(actor, "list")
    try f.allowed(
      actor, "show", f.bobigny, "--identities", "--purpose", Sandbox.purpose)
    try f.allowed(actor, "summary", "--month", "2026-11")
    let report = try f.run(actor, Sandbox.reportArguments(court: "tj69123"))
    #expect(report.status == 0, "\(report)")
    try f.refused(
      actor, "assess", f.bobigny, "--severity", "high",
      mentions: ["delegate", "assess", "security_officer", "e2e.tester"])
    try f.refused(
      actor, "close", f.bobigny, "--reason", "unfounded", mentions: ["close"])
    try f.refused(actor, "measure", "update", "M-000001", "--status", "granted")
    try f.refused(
      actor, "user", "add", "autre.fictif", "--role", "delegate",
      mentions: ["user add"])
    try f.refused(actor, "backup", f.sandbox.path("copie.sqlite"))
    #expect(
      !FileManager.default.fileExists(atPath: f.sandbox.path("copie.sqlite")))
  }

  @Test("a security officer acts on cases but may not administer the registry")
  func securityOfficer() throws {
    let f = try Self.fixture()
    let actor = "officier.fictif"
    try f.allowed(actor, "assess", f.bobigny, "--severity", "critical")
    try f.allowed(
      actor, "escalate", f.bobigny, "--to", "head_of_court", "--reason",
      "Menace de mort")
    try f.allowed(actor, "assign", f.bobigny, "--to", actor)
    try f.allowed(actor, "close", f.lille, "--reason", "unfounded")
    try f.allowed(actor, "reopen", f.lille, "--reason", "Nouveau courrier")
    try f.allowed(actor, "export", "cases", "--all")
    try f.refused(
      actor, "user", "add", "autre.fictif", "--role", "admin",
      mentions: ["security_officer", "user add"])
    try f.refused(actor, "user", "list")
    try f.refused(actor, "user", "disable", "delegue.fictif")
    try f.refused(actor, "backup", f.sandbox.path("copie.sqlite"))
    try f.allowed(actor, "doctor")
  }

  @Test("a liaison runs summaries and nothing that shows a case or a name")
  func liaison() throws {
    let f = try Self.fixture()
    let actor = "liaison.fictif"
    try f.allowed(actor, "summary", "--month", "2026-11")
    try f.refused(
      actor, "list", mentions: ["liaison", "list", "admin, delegate"])
    try f.refused(actor, "show", f.bobigny)
    try f.refused(
      actor, "show", f.bobigny, "--identities", "--purpose", Sandbox.purpose)
    try f.refused(actor, "export", "cases", "--all")
    try f.refused(actor, "campaign", "list")
    try f.refused(actor, "due")
    try f.refused(actor, "note", f.bobigny, "Tentative")
    let report = try f.run(actor, Sandbox.reportArguments())
    #expect(report.status == 77, "\(report)")
    #expect(try f.accessLog().isEmpty)
  }

  @Test("an actor who is not a user is refused everything, even reading")
  func unknownActor() throws {
    let f = try Self.fixture()
    for arguments in [
      ["list"], ["show", f.bobigny], ["summary", "--month", "2026-11"],
      Sandbox.reportArguments(), ["user", "add", "intrus", "--role", "admin"],
    ] {
      let before = f.sandbox.snapshot()
      let result = try f.run("intrus.fictif", arguments)
      #expect(result.status == 77, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(
        result.stderr.contains("'intrus.fictif' is not a user"), "\(result)")
      #expect(result.stderr.contains("e2e.tester"), "\(result)")
      #expect(f.sandbox.snapshot() == before)
    }
  }

  @Test(
    "a security officer of ca_douai sees and acts on the cases of that ressort only"
  )
  func ressortScope() throws {
    let f = try Self.fixture()
    try f.sandbox.succeed(
      "user", "add", "officier.douai", "--role", "security_officer",
      "--ressort", "Douai")
    let actor = "officier.douai"
    let listed = try Formats.references(
      try f.allowed(actor, "list", "--all", "--format", "json"))
    #expect(listed == [f.lille])
    let exported = try f.allowed(actor, "export", "cases", "--all")
    #expect(exported.stdout.contains(f.lille))
    #expect(!exported.stdout.contains(f.bobigny))
    try f.allowed(actor, "show", f.lille)
    try f.allowed(actor, "assess", f.lille, "--severity", "high")
    try f.unseen(actor, ["show", f.bobigny], reference: f.bobigny)
    try f.unseen(
      actor, ["assess", f.bobigny, "--severity", "high"], reference: f.bobigny)
    try f.unseen(
      actor, ["show", f.bobigny, "--identities", "--purpose", Sandbox.purpose],
      reference: f.bobigny)
    try f.refused(
      actor, "list", "--court", "Bobigny", mentions: ["--court tj93008"])
    try f.refused(
      actor, "list", "--ressort", "ca_paris", mentions: ["--ressort ca_paris"])
    let report = try f.run(actor, Sandbox.reportArguments(court: "Bobigny"))
    #expect(report.status == 77, "\(report)")
    try f.allowed(
      actor, "report", "--kind", "threat", "--channel", "letter", "--court",
      "tj59178", "--target", "Ambroise TEVANEL", "--role", "judge",
      "--summary", "Lettre de menaces à Douai")
    let all = try Formats.references(
      try f.sandbox.succeed("list", "--all", "--format", "json"))
    #expect(all.count == 3)
    #expect(try f.accessLog().isEmpty)

    // An import holding a case outside the scope imports nothing.
    let file = f.sandbox.path("cases.csv")
    try f.sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      Sandbox.purpose, "--out", file)
    let other = f.sandbox.path("other.sqlite")
    try #require(try f.sandbox.run(["init", "--db", other]).status == 0)
    try #require(
      try f.sandbox.run([
        "user", "add", actor, "--role", "security_officer", "--ressort",
        "ca_douai", "--db", other,
      ]).status == 0)
    let imported = try f.sandbox.run(
      ["import", file, "--db", other], environment: ["EGIDE_ACTOR": actor])
    #expect(imported.status == 77, "\(imported)")
    #expect(imported.stderr.contains("tj93008"), "\(imported)")
    let none = try f.sandbox.run([
      "list", "--all", "--format", "json", "--db", other,
    ])
    #expect(try Formats.references(none).isEmpty)
  }

  @Test("a delegate limited to a court acts on the cases of that court only")
  func courtScope() throws {
    let f = try Self.fixture()
    try f.sandbox.succeed(
      "user", "add", "delegue.lille", "--role", "delegate", "--court",
      "tj59350")
    try f.sandbox.succeed(
      "evidence", "add", f.bobigny, "--url", "https://example.org/post/2")
    try f.allowed("delegue.lille", "note", f.lille, "Suivi du greffe")
    try f.unseen(
      "delegue.lille", ["note", f.bobigny, "Hors de mon tribunal"],
      reference: f.bobigny)
    try f.unseen(
      "delegue.lille",
      [
        "evidence", "get", "E-000001", "--out", f.sandbox.path("x.png"),
        "--purpose", Sandbox.purpose,
      ], reference: "E-000001")
  }

  @Test(
    "a disabled user may no longer act; the last admin cannot be disabled"
  )
  func disabling() throws {
    let f = try Self.fixture()
    try f.allowed("delegue.fictif", "note", f.bobigny, "Avant")
    let disabled = try f.sandbox.succeed("user", "disable", "delegue.fictif")
    #expect(disabled.stdout.contains("Disabled user delegue.fictif"))
    try f.refused(
      "delegue.fictif", "note", f.bobigny, "Après",
      mentions: ["disabled on", "by e2e.tester"])
    let users = try Formats.objects(
      try f.sandbox.succeed("user", "list", "--json"))
    let entry = try #require(
      users.first { $0["name"] as? String == "delegue.fictif" })
    #expect(entry["enabled"] as? Bool == false)
    #expect(entry["disabledBy"] as? String == "e2e.tester")
    let again = try f.sandbox.egide(
      "user", "add", "delegue.fictif", "--role", "delegate")
    #expect(again.status == 65, "\(again)")
    #expect(again.stderr.contains("already exists"), "\(again)")

    let before = f.sandbox.snapshot()
    let last = try f.sandbox.egide("user", "disable", "e2e.tester")
    #expect(last.status == 65, "\(last)")
    #expect(last.stderr.contains("last enabled admin"), "\(last)")
    #expect(f.sandbox.snapshot() == before)
    let unknown = try f.sandbox.egide("user", "disable", "personne.fictive")
    #expect(unknown.status == 65, "\(unknown)")
    #expect(unknown.stderr.contains("personne.fictive"), "\(unknown)")
  }

  @Test(
    "user add refuses an unknown role or court with suggestions, and a scope for an admin"
  )
  func badUserValues() throws {
    let f = try Self.fixture()
    let before = f.sandbox.snapshot()
    let role = try f.sandbox.egide(
      "user", "add", "x.fictif", "--role", "securty_officer")
    #expect(role.status == 64, "\(role)")
    #expect(role.stderr.contains("did you mean 'security_officer'"), "\(role)")
    let court = try f.sandbox.egide(
      "user", "add", "x.fictif", "--role", "delegate", "--court", "Bobginy")
    #expect(court.status == 64, "\(court)")
    #expect(court.stderr.contains("Bobginy"), "\(court)")
    #expect(court.stderr.contains("tj93008"), "\(court)")
    let ressort = try f.sandbox.egide(
      "user", "add", "x.fictif", "--role", "delegate", "--ressort", "tj93008")
    #expect(ressort.status == 64, "\(ressort)")
    #expect(ressort.stderr.contains("not a cour d'appel"), "\(ressort)")
    let admin = try f.sandbox.egide(
      "user", "add", "x.fictif", "--role", "admin", "--court", "Bobigny")
    #expect(admin.status == 64, "\(admin)")
    #expect(admin.stderr.contains("--court"), "\(admin)")
    for result in [role, court, ressort, admin] {
      #expect(result.stderrLines.count == 1, "\(result)")
    }
    #expect(f.sandbox.snapshot() == before)
  }

  @Test("show with identities records who, when, which case and why, first")
  func revealIsLogged() throws {
    let f = try Self.fixture()
    let hidden = try f.sandbox.succeed("show", f.bobigny)
    #expect(!hidden.stdout.contains("Valézane"), "\(hidden)")
    #expect(!hidden.stdout.contains("[sealed]"), "\(hidden)")
    #expect(hidden.stdout.contains("Identities hidden"), "\(hidden)")
    #expect(try f.accessLog().isEmpty)

    let shown = try f.sandbox.run(
      [
        "show", f.bobigny, "--identities", "--purpose",
        "Préparer la plainte", "--db", f.sandbox.db,
      ],
      environment: [
        "EGIDE_ACTOR": "delegue.fictif", "EGIDE_NOW": "2026-11-30T12:00Z",
      ])
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stdout.contains("Valézane MIROLIN"), "\(shown)")
    let log = try f.accessLog()
    #expect(log.count == 1)
    let entry = try #require(log.first)
    #expect(entry.actor == "delegue.fictif")
    #expect(entry.action == .show)
    #expect(entry.caseReference?.description == f.bobigny)
    #expect(entry.purpose == "Préparer la plainte")
    #expect(
      ISO8601DateFormatter().string(from: entry.recordedAt)
        == "2026-11-30T12:00:00Z")
  }

  @Test("a reveal without a purpose is refused with 64 naming --purpose")
  func revealNeedsPurpose() throws {
    let f = try Self.fixture()
    let before = f.sandbox.snapshot()
    for arguments in [
      ["show", f.bobigny, "--identities"],
      ["timeline", f.bobigny, "--identities"],
      ["export", "cases", "--include-identities"],
      ["evidence", "get", "E-000001", "--out", f.sandbox.path("x.png")],
      ["notice", "render", "N-000001"],
      ["campaign", "show", f.bobigny, "--identities"],
      ["occultation", "show", "OC-000001", "--identities"],
      ["show", f.bobigny, "--identities", "--purpose", " "],
    ] {
      let result = try f.sandbox.run(arguments + ["--db", f.sandbox.db])
      #expect(result.status == 64, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.contains("--purpose"), "\(result)")
    }
    #expect(f.sandbox.snapshot() == before)
  }

  @Test("an export with identities records one entry per exported case")
  func exportIsLoggedPerCase() throws {
    let f = try Self.fixture()
    let exported = try f.sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      "Transmission au parquet")
    #expect(exported.stdout.contains("Oriane VELARÈDE"))
    let log = try f.accessLog()
    #expect(log.map(\.action) == [.export, .export])
    #expect(
      Set(log.compactMap { $0.caseReference?.description }) == [
        f.bobigny, f.lille,
      ])
    #expect(log.allSatisfy { $0.purpose == "Transmission au parquet" })
    #expect(log.first?.details["format"] == "csv")
  }

  @Test(
    "evidence get records the evidence and its case before writing the file")
  func evidenceGetIsLogged() throws {
    let f = try Self.fixture()
    let file = f.sandbox.path("capture.png")
    try Data("capture fictive".utf8).write(to: URL(fileURLWithPath: file))
    try f.sandbox.succeed("evidence", "add", f.lille, "--file", file)
    let out = f.sandbox.path("copie.png")
    try f.sandbox.succeed(
      "evidence", "get", "E-000001", "--out", out, "--purpose",
      "Joindre à la plainte")
    #expect(
      FileManager.default.contents(atPath: out) == Data("capture fictive".utf8))
    let entry = try #require(try f.accessLog().first)
    #expect(entry.action == .evidence)
    #expect(entry.caseReference?.description == f.lille)
    #expect(entry.details["evidence"] == "E-000001")
  }

  @Test(
    "small counts (--internal) are for unscoped delegates, officers and admins: never a liaison or a scoped user"
  )
  func internalSummaries() throws {
    let f = try Self.fixture()
    try f.addLilleOfficer()
    try f.allowed("liaison.fictif", "summary", "--month", "2026-11")
    try f.refused(
      "liaison.fictif", "summary", "--month", "2026-11", "--min-cell", "1",
      "--internal", mentions: ["liaison"])
    try f.refused(
      "officier.lille", "summary", "--month", "2026-11", "--min-cell", "1",
      "--internal", mentions: ["tj59350", "--internal"])
    try f.allowed("officier.lille", "summary", "--month", "2026-11")
    let document = try f.allowed(
      "officier.fictif", "summary", "--month", "2026-11", "--min-cell", "1",
      "--internal")
    #expect(document.stdout.contains("INTERNAL"), "\(document)")
    try f.allowed(
      "delegue.fictif", "summary", "--month", "2026-11", "--min-cell", "1",
      "--internal")
  }

  @Test(
    "a scoped user cannot name a person registered outside their scope, by --person or by an import's person_id"
  )
  func personsOutsideScope() throws {
    let f = try Self.fixture()
    try f.addLilleOfficer()
    // P-000001 is registered at Bobigny, P-000002 at Lille.
    let report = [
      "report", "--kind", "threat", "--channel", "letter", "--court",
      "tj59350", "--summary", "Lettre anonyme",
    ]
    try f.refused(
      "officier.lille", report + ["--person", "P-000001"],
      mentions: ["P-000001", "tj59350"])
    try f.allowed("officier.lille", report + ["--person", "P-000002"])
    let file = f.sandbox.path("lot.csv")
    try """
    external_reference,kinds,channel,court,person_id,summary
    X-1,threat,letter,tj59350,P-000001,Lettre anonyme

    """.write(toFile: file, atomically: true, encoding: .utf8)
    try f.refused("officier.lille", ["import", file], mentions: ["P-000001"])
  }

  @Test(
    "a case goes only to an enabled user who may see it: not an unknown name, a liaison, a disabled user or someone outside its scope"
  )
  func assignees() throws {
    let f = try Self.fixture()
    try f.addLilleOfficer()
    try f.sandbox.succeed(
      "user", "add", "officier.parti", "--role", "security_officer")
    try f.sandbox.succeed("user", "disable", "officier.parti")
    for (name, reason) in [
      ("officier.fictf", "no user is named"),
      ("liaison.fictif", "liaison"),
      ("officier.parti", "disabled"),
      ("officier.lille", "tj59350"),
    ] {
      let before = f.sandbox.snapshot()
      let result = try f.sandbox.run(
        ["assign", f.bobigny, "--to", name, "--db", f.sandbox.db])
      expectCleanFailure(
        result, status: 64, mentioning: [name, reason, "officier.fictif"])
      #expect(f.sandbox.snapshot() == before)
    }
    try f.sandbox.succeed("assign", f.lille, "--to", "officier.lille")
    try f.sandbox.succeed("assign", f.bobigny, "--to", "delegue.fictif")
  }

  @Test("show names a person's other cases only within the user's scope")
  func otherCasesWithinScope() throws {
    let f = try Self.fixture()
    try f.addLilleOfficer()
    // The Lille clerk is targeted again, in a case at Bobigny.
    let elsewhere = try f.sandbox.succeed(
      "report", "--kind", "threat", "--channel", "letter", "--court",
      "Bobigny", "--person", "P-000002", "--summary", "Lettre reçue à Bobigny"
    ).output
    let admin = try f.sandbox.succeed("show", f.lille, "--json")
    #expect(admin.stdout.contains(elsewhere), "\(admin)")
    for format in [[], ["--json"]] {
      let scoped = try f.allowed(
        "officier.lille", ["show", f.lille] + format)
      #expect(!scoped.stdout.contains(elsewhere), "\(scoped)")
    }
  }

  @Test("a summary of a period that has not begun is refused")
  func futureSummary() throws {
    let f = try Self.fixture()
    let result = try f.sandbox.run(
      ["summary", "--month", "2099-01", "--db", f.sandbox.db])
    expectCleanFailure(
      result, status: 64, mentioning: ["2099-01", "not begun"])
  }

  @Test(
    "a reveal refused for its URL evidence or its output path logs nothing, and no output path is logged"
  )
  func refusedRevealsAreNotLogged() throws {
    let f = try Self.fixture()
    let file = f.sandbox.path("capture.png")
    try Data("capture fictive".utf8).write(to: URL(fileURLWithPath: file))
    try f.sandbox.succeed("evidence", "add", f.lille, "--file", file)
    try f.sandbox.succeed(
      "evidence", "add", f.lille, "--url",
      "https://x.com/compte_fictif/status/5")
    let missingFolder = f.sandbox.path("absent/copie-Ondine-CALVERAC.png")
    let refusals = [
      ["evidence", "get", "E-000002", "--out", f.sandbox.path("url.png")],
      ["evidence", "get", "E-000001", "--out", missingFolder],
      [
        "export", "cases", "--all", "--include-identities", "--out",
        missingFolder,
      ],
    ]
    for arguments in refusals {
      let result = try f.sandbox.run(
        arguments + ["--purpose", "Joindre à la plainte", "--db", f.sandbox.db])
      #expect(result.status != 0, "\(result)")
      #expect(try f.accessLog().isEmpty, "\(arguments) logged a reveal")
    }
    let out = f.sandbox.path("copie-Ondine-CALVERAC.png")
    try f.sandbox.succeed(
      "evidence", "get", "E-000001", "--out", out, "--purpose",
      "Joindre à la plainte")
    try f.sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--out",
      f.sandbox.path("export-CALVERAC.csv"), "--purpose", "Joindre à la plainte"
    )
    let log = try f.accessLog()
    #expect(!log.isEmpty)
    #expect(
      !log.contains { entry in
        entry.details.values.contains { $0.contains("CALVERAC") }
      }, "\(log.map(\.details))")
  }

  @Test(
    "a registry without users lets its first writer become admin, then refuses others"
  )
  func registryWithoutUsers() throws {
    let sandbox = try Sandbox()
    _ = try Registry.create(at: sandbox.db)
    let read = try sandbox.succeed("list")
    #expect(read.stderr.isEmpty, "\(read)")
    let first = try sandbox.run(
      Sandbox.reportArguments() + ["--db", sandbox.db])
    #expect(first.status == 0, "\(first)")
    #expect(
      first.stderr.contains("e2e.tester is now its first admin"), "\(first)")
    let users = try Formats.objects(
      try sandbox.succeed("user", "list", "--json"))
    #expect(users.map { $0["name"] as? String } == ["e2e.tester"])
    let other = try sandbox.run(
      ["list", "--db", sandbox.db], environment: ["EGIDE_ACTOR": "autre.fictif"]
    )
    #expect(other.status == 77, "\(other)")
  }
}
