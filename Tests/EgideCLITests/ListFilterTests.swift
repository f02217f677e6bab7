import Foundation
import Testing

/// What a court security officer queries: the open cases of their courts,
/// most urgent first, and the filters, orders and formats of `egide list`.
@Suite("Listing and filtering cases")
struct ListFilterTests {
  /// A registry of six cases.
  ///
  /// - moderate: Bobigny, judge, threat, open (oldest)
  /// - critical: Lyon, prosecutor, harassment, open
  /// - high: Bobigny, clerk, doxxing, resolved
  /// - moderate: Évry, judge, threat, open, assigned to securite.evry
  /// - low: Bobigny, staff, stalking, closed (unfounded)
  /// - unrated: Bobigny, trainee, intimidation, open (newest)
  struct Registry {
    let sandbox: Sandbox
    let bobignyModerate: String
    let lyonCritical: String
    let bobignyResolved: String
    let evryModerate: String
    let bobignyClosed: String
    let bobignyUnrated: String

    var open: Set<String> {
      [bobignyModerate, lyonCritical, evryModerate, bobignyUnrated]
    }
    var all: Set<String> { open.union([bobignyResolved, bobignyClosed]) }

    func list(
      _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) throws
      -> [String]
    {
      let result = try sandbox.run(
        ["list"] + arguments + ["--format", "json", "--db", sandbox.db])
      try #require(
        result.status == 0, "\(result)", sourceLocation: sourceLocation)
      return try Formats.references(result, sourceLocation: sourceLocation)
    }
  }

  static func registry() throws -> Registry {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let bobignyModerate = try sandbox.report(
      kind: "threat", court: "Bobigny", target: "Valézane MIROLIN",
      role: "judge",
      severity: "moderate", summary: "Menace \"très\" claire, sous la décision")
    let lyonCritical = try sandbox.report(
      kind: "harassment", channel: "email", court: "tj69123",
      target: "Corentin ABELARD",
      role: "prosecutor", severity: "critical", summary: "Courriels répétés")
    let bobignyResolved = try sandbox.report(
      kind: "doxxing", court: "tj93008", target: "Ysolde FARGIER",
      role: "clerk",
      severity: "high", summary: "Adresse publiée")
    try sandbox.succeed("assess", bobignyResolved, "--severity", "high")
    try sandbox.succeed(
      "resolve", bobignyResolved, "--outcome", "Contenu retiré")
    let evryModerate = try sandbox.report(
      kind: "threat", channel: "letter", court: "tj91228",
      target: "Maëlis DROUVANT",
      role: "judge", severity: "moderate", summary: "Lettre anonyme")
    try sandbox.succeed(
      "user", "add", "securite.evry", "--role", "security_officer")
    try sandbox.succeed("assign", evryModerate, "--to", "securite.evry")
    let bobignyClosed = try sandbox.report(
      kind: "stalking", channel: "in_person", court: "Bobigny",
      target: "Anselme QUERLAN",
      role: "staff", severity: "low", summary: "Filature supposée")
    try sandbox.succeed("close", bobignyClosed, "--reason", "unfounded")
    let bobignyUnrated = try sandbox.report(
      kind: "intimidation", channel: "hearing", court: "Bobigny",
      target: "Léandre VOSQUIN",
      role: "trainee", summary: "Pressions à l'audience")
    return Registry(
      sandbox: sandbox, bobignyModerate: bobignyModerate,
      lyonCritical: lyonCritical,
      bobignyResolved: bobignyResolved, evryModerate: evryModerate,
      bobignyClosed: bobignyClosed, bobignyUnrated: bobignyUnrated)
  }

  @Test(
    "with no filter, list shows the open cases, most severe first then oldest, unrated ranking as high"
  )
  func defaultListing() throws {
    let r = try Self.registry()
    #expect(
      try r.list() == [
        r.lyonCritical, r.bobignyUnrated, r.bobignyModerate, r.evryModerate,
      ])
    #expect(try r.list("--open") == r.list())
    let table = try r.sandbox.succeed("list")
    for reference in r.open {
      #expect(table.stdout.contains(reference), "\(table)")
    }
    #expect(!table.stdout.contains(r.bobignyResolved), "\(table)")
    #expect(!table.stdout.contains(r.bobignyClosed), "\(table)")
  }

  @Test("--ressort lists every tribunal of the cour d'appel and no other")
  func ressort() throws {
    let r = try Self.registry()
    let paris = try r.list("--ressort", "ca_paris")
    #expect(
      Set(paris) == [r.bobignyModerate, r.evryModerate, r.bobignyUnrated])
    #expect(!paris.contains(r.lyonCritical))
    #expect(
      Set(try r.list("--ressort", "ca_paris", "--all"))
        == r.all.subtracting([r.lyonCritical]))
    #expect(try r.list("--ressort", "ca_lyon") == [r.lyonCritical])
    let bad = try r.sandbox.egide("list", "--ressort", "tj93008")
    #expect(bad.status == 64, "\(bad)")
    #expect(
      bad.stderrLines.count == 1 && bad.stderr.contains("tj93008"), "\(bad)")
  }

  @Test("--court, --kind and --role select the matching cases")
  func courtKindRole() throws {
    let r = try Self.registry()
    #expect(
      Set(try r.list("--court", "Bobigny")) == [
        r.bobignyModerate, r.bobignyUnrated,
      ])
    #expect(try r.list("--court", "tj69123") == [r.lyonCritical])
    #expect(
      Set(try r.list("--court", "tj69123", "--court", "tj91228")) == [
        r.lyonCritical, r.evryModerate,
      ])
    #expect(
      Set(try r.list("--kind", "threat")) == [
        r.bobignyModerate, r.evryModerate,
      ])
    #expect(try r.list("--kind", "doxxing", "--all") == [r.bobignyResolved])
    #expect(try r.list("--role", "prosecutor") == [r.lyonCritical])
    #expect(
      Set(try r.list("--role", "judge")) == [r.bobignyModerate, r.evryModerate])
    #expect(try r.list("--role", "clerk", "--all") == [r.bobignyResolved])
    #expect(
      try r.list("--court", "Bobigny", "--kind", "threat") == [
        r.bobignyModerate
      ])
    #expect(try r.list("--assigned-to", "securite.evry") == [r.evryModerate])
  }

  @Test(
    "--severity-at-least keeps only cases at or above that severity, unrated ones counting as high"
  )
  func severityAtLeast() throws {
    let r = try Self.registry()
    // A case not yet rated counts as high until someone assesses it.
    #expect(
      try r.list("--severity-at-least", "high") == [
        r.lyonCritical, r.bobignyUnrated,
      ])
    #expect(try r.list("--severity-at-least", "critical") == [r.lyonCritical])
    let moderate = try r.list("--severity-at-least", "moderate", "--all")
    #expect(
      moderate.contains(r.bobignyResolved) && moderate.contains(r.evryModerate))
    #expect(!moderate.contains(r.bobignyClosed))
  }

  @Test("--status and --all reach resolved and closed cases")
  func statusAndAll() throws {
    let r = try Self.registry()
    #expect(try r.list("--status", "resolved") == [r.bobignyResolved])
    #expect(try r.list("--status", "closed") == [r.bobignyClosed])
    #expect(
      Set(try r.list("--status", "resolved", "--status", "closed"))
        == [r.bobignyResolved, r.bobignyClosed])
    #expect(Set(try r.list("--all")) == r.all)
    #expect(try r.list("--all").count == 6)
    let bad = try r.sandbox.egide("list", "--status", "resolvd")
    #expect(bad.status == 64, "\(bad)")
    #expect(bad.stderr.contains("did you mean 'resolved'"), "\(bad)")
    // --open narrows, never widens: an ended status with it is refused,
    // and so is --all with either, each on one line.
    let mixed = try r.sandbox.egide("list", "--open", "--status", "closed")
    expectCleanFailure(mixed, status: 64, mentioning: ["closed", "--open"])
    let assessed = try r.list("--status", "assessed")
    #expect(try r.list("--open", "--status", "assessed") == assessed)
    let all = try r.sandbox.egide("list", "--all", "--status", "closed")
    expectCleanFailure(all, status: 64, mentioning: ["--all", "--status"])
  }

  @Test("--sort and --limit order and cut the list")
  func sortAndLimit() throws {
    let r = try Self.registry()
    #expect(try r.list("--limit", "2") == [r.lyonCritical, r.bobignyUnrated])
    #expect(
      try r.list("--sort", "oldest")
        == [
          r.bobignyModerate, r.lyonCritical, r.evryModerate, r.bobignyUnrated,
        ])
    #expect(
      try r.list("--sort", "reported")
        == [
          r.bobignyUnrated, r.evryModerate, r.lyonCritical, r.bobignyModerate,
        ])
    #expect(
      try r.list("--sort", "reference", "--all", "--limit", "3") == [
        r.bobignyModerate, r.lyonCritical, r.bobignyResolved,
      ])
    let bad = try r.sandbox.egide("list", "--sort", "severty")
    #expect(bad.status == 64, "\(bad)")
    #expect(bad.stderr.contains("did you mean 'severity'"), "\(bad)")
  }

  @Test("--since and --until compare the report date")
  func sinceUntil() throws {
    let r = try Self.registry()
    #expect(Set(try r.list("--since", "2020-01-01")) == r.open)
    #expect(try r.list("--until", "01/01/2020").isEmpty)
    let year =
      Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
    #expect(try r.list("--since", "\(year)-12-31").isEmpty)
  }

  @Test("--format csv is RFC 4180 with a header row")
  func csvFormat() throws {
    let r = try Self.registry()
    let result = try r.sandbox.succeed(
      "list", "--all", "--format", "csv", "--identities", "--purpose",
      Sandbox.purpose)
    #expect(result.stdout.hasSuffix("\r\n"), "records must end with CRLF")
    let rows = try #require(
      Formats.csv(result.stdout), "not RFC 4180: \(result.stdout)")
    let header = try #require(rows.first)
    for column in [
      "reference", "status", "severity", "court", "kinds", "summary", "overdue",
    ] {
      #expect(header.contains(column), "no \(column) column: \(header)")
    }
    #expect(rows.count == 7)
    #expect(rows.allSatisfy { $0.count == header.count }, "\(rows)")
    let reference = try #require(header.firstIndex(of: "reference"))
    let summary = try #require(header.firstIndex(of: "summary"))
    #expect(Set(rows.dropFirst().map { $0[reference] }) == r.all)
    let quoted = try #require(rows.first { $0[reference] == r.bobignyModerate })
    #expect(quoted[summary] == "Menace \"très\" claire, sous la décision")
  }

  @Test("--format json is an array with one object per case")
  func jsonFormat() throws {
    let r = try Self.registry()
    let result = try r.sandbox.succeed("list", "--format", "json")
    let cases = try Formats.objects(result)
    #expect(cases.count == 4)
    let lyon = try #require(
      cases.first { $0["reference"] as? String == r.lyonCritical })
    #expect(lyon["court"] as? String == "tj69123")
    #expect(lyon["severity"] as? String == "critical")
    #expect(lyon["status"] as? String == "new")
    #expect(lyon["kinds"] as? [String] == ["harassment"])
    for (path, keys) in Formats.objectKeys(in: result.stdout) {
      #expect(keys == keys.sorted(), "keys of \(path) are not sorted: \(keys)")
    }
    for (key, value) in Formats.strings(in: cases)
    where key.hasSuffix("At") || key.hasSuffix("Due") {
      #expect(Formats.isUTCInstant(value), "\(key) '\(value)'")
    }
    let bad = try r.sandbox.egide("list", "--format", "xml")
    #expect(bad.status == 64, "\(bad)")
  }

  @Test("--overdue selects exactly the cases with a missed deadline")
  func overdue() throws {
    let sandbox = try Sandbox()
    let made = try sandbox.run([
      "demo", "--db", sandbox.db, "--cases", "200", "--seed", "3",
    ])
    try #require(made.status == 0, "\(made)")
    let late = try Formats.objects(
      try sandbox.succeed("list", "--overdue", "--format", "json"))
    #expect(!late.isEmpty, "the demo registry should hold late cases")
    #expect(late.allSatisfy { $0["overdue"] as? Bool == true }, "\(late)")
    let open = try Formats.objects(
      try sandbox.succeed("list", "--format", "json"))
    let lateInOpen = Set(
      open.filter { $0["overdue"] as? Bool == true }.map {
        $0["reference"] as? String
      })
    #expect(lateInOpen == Set(late.map { $0["reference"] as? String }))
    #expect(late.count < open.count, "--overdue must filter")
    let table = try sandbox.succeed("list", "--overdue")
    #expect(table.stdout.contains("LATE"), "\(table)")
  }

  @Test(
    "the default order holds on a larger registry: severity descending, then oldest first"
  )
  func defaultOrderOnDemo() throws {
    let sandbox = try Sandbox()
    let made = try sandbox.run([
      "demo", "--db", sandbox.db, "--cases", "120", "--seed", "11",
    ])
    try #require(made.status == 0, "\(made)")
    let cases = try Formats.objects(
      try sandbox.succeed("list", "--format", "json"))
    #expect(cases.count > 5)
    let rank = ["low": 0, "moderate": 1, "high": 2, "critical": 3]
    let open: Set<String> = ["new", "assessed", "escalated", "monitored"]
    var previous: (Int, String)?
    for entry in cases {
      #expect(open.contains(entry["status"] as? String ?? ""), "\(entry)")
      let severity = rank[entry["severity"] as? String ?? "high"] ?? -1
      let reported = entry["reportedAt"] as? String ?? ""
      if let (lastSeverity, lastReported) = previous {
        #expect(
          severity < lastSeverity
            || (severity == lastSeverity && reported >= lastReported),
          "\(entry["reference"] ?? "") is out of order")
      }
      previous = (severity, reported)
    }
  }
}
