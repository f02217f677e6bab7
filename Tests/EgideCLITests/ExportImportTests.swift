import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Moving cases in and out: `egide export cases` for security officers,
/// `egide import` for delegates who collect reports in a spreadsheet, and
/// the round trip between two registries.
@Suite("Exporting and importing cases")
struct ExportImportTests {
  /// The columns every export has, in order.
  static let columns = [
    "reference", "external_reference", "status", "severity", "assessed",
    "reported_severity", "factors", "reported_factors", "kinds", "channel",
    "platform", "court", "appeal_court", "occurred", "occurred_precision",
    "reported_at", "reported_by", "assessment_due", "assessed_at",
    "assigned_to", "closure_reason", "duplicate_of", "ended_at", "targets",
    "person_ids", "measures", "evidence_count", "event_count", "overdue",
  ]
  /// The columns only `--include-identities` adds.
  static let identityColumns = [
    "summary", "narrative", "target_names", "authors",
  ]
  /// What an import reads back: a round trip must keep all of it.
  static let importable = [
    "external_reference", "kinds", "channel", "platform", "court", "targets",
    "target_names", "reported_severity", "reported_factors", "summary",
    "narrative", "authors", "occurred", "occurred_precision", "reported_at",
  ]
  /// The columns of the import template, in order.
  static let templateColumns = [
    "external_reference", "reported_at", "kinds", "occurred", "channel",
    "platform", "court", "target_name", "target_role", "target_function",
    "family_name", "person_id", "severity", "factors", "summary", "narrative",
    "authors",
  ]

  /// A registry of four cases, all in the past.
  ///
  /// - bobigny: threat and doxxing on X against a JLD and her husband,
  ///   known to the minute, with a narrative and two authors; its summary
  ///   starts like a spreadsheet formula.
  /// - lyon: harassment by e-mail against a prosecutor, known to the month,
  ///   no severity.
  /// - evry: a threat by letter against a clerk, known to the day, assessed,
  ///   a measure put in place, then resolved.
  /// - bobignyAgain: an outrage at a hearing against the same judge as
  ///   bobigny, named by her person identifier.
  struct Fixture {
    let sandbox: Sandbox
    let bobigny: String
    let lyon: String
    let evry: String
    let bobignyAgain: String
    let measure: String
  }

  static func fixture() throws -> Fixture {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let bobigny = try sandbox.report(
      kind: "threat", court: "Bobigny", target: "Ondine CALVERAC",
      role: "judge", severity: "high",
      summary: "=Menace publiée, avec \"adresse\" du domicile",
      extra: [
        "--kind", "doxxing", "--platform", "x", "--occurred",
        "20/10/2026 21:40", "--function", "jld", "--target",
        "Théo CALVERAC", "--role", "family", "--function", "-", "--factor",
        "home_exposed", "--narrative",
        "Premier paragraphe, avec virgule.\nSecond paragraphe ; fin.",
        "--author", "@compte_fictif", "--author=-anonyme_42",
      ])
    let lyon = try sandbox.report(
      kind: "harassment", channel: "email", court: "tj69123",
      target: "Armand VELUZIER", role: "prosecutor",
      summary: "Courriels répétés", extra: ["--occurred", "2026-09"])
    let evry = try sandbox.report(
      kind: "threat", channel: "letter", court: "tj91228",
      target: "Coralie MESTRAND", role: "clerk", severity: "moderate",
      summary: "Lettre anonyme",
      extra: ["--function", "greffier", "--occurred", "2026-10-02"])
    try sandbox.succeed("assess", evry, "--severity", "moderate")
    let requested = try sandbox.succeed(
      "measure", "request", evry, "--kind", "security_assessment",
      "--authority", "Cour d'appel fictive")
    let measure = try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
    try sandbox.succeed("measure", "update", measure, "--status", "in_place")
    try sandbox.succeed("resolve", evry, "--outcome", "Audit fait")
    let shown = try Formats.object(
      try sandbox.succeed("show", bobigny, "--json"))
    let people = try #require(shown["people"] as? [[String: Any]])
    let judge = try #require(people.first?["id"] as? String)
    let bobignyAgain = try Self.reportWith(
      sandbox,
      [
        "report", "--kind", "outrage", "--channel", "hearing", "--court",
        "Bobigny", "--person", judge, "--summary", "Outrage à l'audience",
      ])
    return Fixture(
      sandbox: sandbox, bobigny: bobigny, lyon: lyon, evry: evry,
      bobignyAgain: bobignyAgain, measure: measure)
  }

  static func reportWith(
    _ sandbox: Sandbox, _ arguments: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let result = try sandbox.run(arguments + ["--db", sandbox.db])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result.output
  }

  /// The rows of a CSV text as dictionaries, after checking it is strict
  /// RFC 4180 with the expected header.
  static func records(
    _ text: String, header expected: [String]? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[String: String]] {
    let rows = try #require(
      Formats.csv(text), "not RFC 4180 CSV:\n\(text)",
      sourceLocation: sourceLocation)
    let header = try #require(rows.first, sourceLocation: sourceLocation)
    if let expected {
      #expect(header == expected, sourceLocation: sourceLocation)
    }
    return rows.dropFirst().map { row in
      #expect(
        row.count == header.count, "row \(row)", sourceLocation: sourceLocation)
      return Dictionary(
        zip(header, row).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
    }
  }

  /// The CSV rows of an export, by reference.
  static func export(
    _ sandbox: Sandbox, db: String? = nil, _ arguments: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: [String: String]] {
    let result = try sandbox.run(
      ["export", "cases", "--all"] + arguments + ["--db", db ?? sandbox.db])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    let rows = try records(result.stdout, sourceLocation: sourceLocation)
    return Dictionary(
      rows.map { ($0["reference"] ?? "?", $0) },
      uniquingKeysWith: { a, _ in a })
  }

  /// A CSV cell, quoted when needed (written here, independently of
  /// egide's own writer).
  static func cell(_ text: String) -> String {
    text.contains(where: { ",\"\r\n".contains($0) })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      : text
  }

  /// A CSV file in the sandbox with the template's columns and `rows`
  /// (each a dictionary of the columns it fills); returns its path.
  static func writeCSV(
    _ sandbox: Sandbox, _ name: String, _ rows: [[String: String]],
    columns: [String] = templateColumns
  ) throws -> String {
    var text = columns.joined(separator: ",") + "\r\n"
    for row in rows {
      text +=
        columns.map { cell(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
    }
    let path = sandbox.path(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A valid template row; each column can be overridden.
  static func row(_ reference: String, _ changes: [String: String] = [:])
    -> [String: String]
  {
    var row = [
      "external_reference": reference, "kinds": "threat",
      "channel": "social_network", "platform": "x", "court": "Bobigny",
      "target_name": "Ondine CALVERAC", "target_role": "judge",
      "summary": "Menace publiée sous une décision",
    ]
    for (key, value) in changes { row[key] = value }
    return row
  }

  /// The references of every case, from `list --all --format json`.
  static func allCases(_ sandbox: Sandbox, db: String? = nil) throws
    -> [[String: Any]]
  {
    let result = try sandbox.run([
      "list", "--all", "--format", "json", "--identities", "--purpose",
      Sandbox.purpose, "--db",
      db ?? sandbox.db,
    ])
    try #require(result.status == 0, "\(result)")
    return try Formats.objects(result)
  }

  // MARK: - Export

  @Test(
    "export cases writes every field of a case as CSV, and no name or free text without --include-identities"
  )
  func exportCSVWithoutIdentities() throws {
    let f = try Self.fixture()
    let result = try f.sandbox.succeed("export", "cases", "--all")
    let rows = try Self.records(result.stdout, header: Self.columns)
    #expect(rows.count == 4)
    for secret in [
      "CALVERAC", "VELUZIER", "MESTRAND", "Menace", "Courriels", "Lettre",
      "paragraphe", "compte_fictif", "anonyme_42", "Audit fait",
    ] {
      #expect(!result.stdout.contains(secret), "\(secret) leaked: \(result)")
    }
    let byReference = Dictionary(
      rows.map { ($0["reference"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    let bobigny = try #require(byReference[f.bobigny])
    #expect(bobigny["external_reference"] == f.bobigny)
    #expect(bobigny["status"] == "new")
    #expect(bobigny["severity"] == "high")
    #expect(bobigny["assessed"] == "no")
    #expect(bobigny["reported_severity"] == "high")
    #expect(bobigny["kinds"] == "threat;doxxing")
    #expect(bobigny["factors"] == "home_exposed")
    #expect(bobigny["channel"] == "social_network")
    #expect(bobigny["platform"] == "x")
    #expect(bobigny["court"] == "tj93008")
    #expect(bobigny["appeal_court"] == "ca_paris")
    #expect(bobigny["occurred"] == "2026-10-20T19:40:00Z")
    #expect(bobigny["occurred_precision"] == "minute")
    #expect(bobigny["reported_by"] == "e2e.tester")
    #expect(bobigny["targets"] == "judge:jld|family")
    #expect(
      bobigny["person_ids"]?.wholeMatch(of: /P-\d{6}\|P-\d{6}/) != nil,
      "\(bobigny)")
    #expect(bobigny["evidence_count"] == "0")
    #expect(bobigny["event_count"] == "1")
    for key in ["reported_at", "assessment_due"] {
      #expect(Formats.isUTCInstant(bobigny[key] ?? ""), "\(key): \(bobigny)")
    }
    let lyon = try #require(byReference[f.lyon])
    #expect(lyon["occurred"] == "2026-09")
    #expect(lyon["occurred_precision"] == "month")
    #expect(lyon["severity"] == "")
    #expect(lyon["platform"] == "")
    let evry = try #require(byReference[f.evry])
    #expect(evry["status"] == "resolved")
    #expect(evry["assessed"] == "yes")
    #expect(evry["occurred"] == "2026-10-02")
    #expect(evry["occurred_precision"] == "day")
    #expect(evry["targets"] == "clerk:greffier")
    #expect(evry["measures"] == "\(f.measure):security_assessment:in_place")
    #expect(evry["event_count"] == "5")
    #expect(Formats.isUTCInstant(evry["assessed_at"] ?? ""), "\(evry)")
    #expect(Formats.isUTCInstant(evry["ended_at"] ?? ""), "\(evry)")
    #expect(evry["overdue"] == "no")
    let again = try #require(byReference[f.bobignyAgain])
    #expect(
      again["person_ids"]?.hasPrefix(
        String(bobigny["person_ids"]?.prefix(8) ?? "")) == true)
  }

  @Test(
    "with --include-identities the CSV export adds summary, narrative, target names and authors"
  )
  func exportCSVWithIdentities() throws {
    let f = try Self.fixture()
    let result = try f.sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      Sandbox.purpose)
    let rows = try Self.records(
      result.stdout, header: Self.columns + Self.identityColumns)
    let bobigny = try #require(rows.first { $0["reference"] == f.bobigny })
    #expect(bobigny["target_names"] == "Ondine CALVERAC|Théo CALVERAC")
    // Defused for spreadsheets, as every CSV egide writes.
    #expect(
      bobigny["summary"] == "'=Menace publiée, avec \"adresse\" du domicile")
    #expect(bobigny["authors"] == "'@compte_fictif;'-anonyme_42")
    #expect(
      bobigny["narrative"]
        == "Premier paragraphe, avec virgule.\nSecond paragraphe ; fin.")
  }

  /// A CSV column name as the JSON key of the same field.
  static func camelCase(_ name: String) -> String {
    let words = name.split(separator: "_")
    return (words.first.map(String.init) ?? "")
      + words.dropFirst().map(\.capitalized).joined()
  }

  @Test(
    "the JSON export has the same keys as the CSV, typed values, and identities only when asked for"
  )
  func exportJSON() throws {
    let f = try Self.fixture()
    let plain = try f.sandbox.succeed(
      "export", "cases", "--all", "--format", "json")
    let objects = try Formats.objects(plain)
    #expect(objects.count == 4)
    let objectKeys = Formats.objectKeys(in: plain.stdout).map(\.1)
      .filter { $0.contains("reference") }
    #expect(objectKeys.count == 4)
    for keys in objectKeys {
      #expect(keys == Self.columns.map(Self.camelCase).sorted())
    }
    for name in ["CALVERAC", "VELUZIER", "Menace", "compte_fictif"] {
      #expect(!plain.stdout.contains(name), "\(name) leaked")
    }
    let bobigny = try #require(
      objects.first { $0["reference"] as? String == f.bobigny })
    #expect(bobigny["assessed"] as? Bool == false)
    #expect(bobigny["kinds"] as? [String] == ["threat", "doxxing"])
    #expect(bobigny["eventCount"] as? Int == 1)
    let targets = try #require(bobigny["targets"] as? [[String: Any]])
    #expect(targets.map { $0["role"] as? String } == ["judge", "family"])
    #expect(targets.first?["function"] as? String == "jld")
    #expect(
      targets.last?["relatedTo"] as? String
        == targets.first?["personId"] as? String)
    #expect(bobigny["platform"] as? String == "x")
    let lyon = try #require(
      objects.first { $0["reference"] as? String == f.lyon })
    #expect(lyon["platform"] is NSNull)

    let full = try f.sandbox.succeed(
      "export", "cases", "--all", "--format", "json", "--include-identities",
      "--purpose", Sandbox.purpose)
    let fullKeys = Formats.objectKeys(in: full.stdout).map(\.1)
      .filter { $0.contains("reference") }
    #expect(fullKeys.count == 4)
    for keys in fullKeys {
      #expect(
        keys
          == (Self.columns + Self.identityColumns).map(Self.camelCase).sorted())
    }
    let withNames = try #require(
      try Formats.objects(full).first {
        $0["reference"] as? String == f.bobigny
      })
    #expect(
      withNames["targetNames"] as? [String] == [
        "Ondine CALVERAC", "Théo CALVERAC",
      ])
    #expect(
      withNames["authors"] as? [String] == ["@compte_fictif", "-anonyme_42"])
    #expect(
      withNames["summary"] as? String
        == "=Menace publiée, avec \"adresse\" du domicile")
  }

  @Test("export cases applies the filters of list and selects the same cases")
  func exportFilters() throws {
    let f = try Self.fixture()
    let sandbox = f.sandbox
    let filters: [[String]] = [
      [], ["--all"], ["--ressort", "ca_paris"],
      ["--ressort", "ca_paris", "--all"],
      ["--kind", "harassment"], ["--court", "Bobigny"],
      ["--role", "clerk", "--all"],
      ["--status", "resolved"],
      ["--all", "--sort", "reference", "--limit", "2"],
    ]
    for filter in filters {
      let listed = try Formats.references(
        try sandbox.run(
          ["list"] + filter + ["--format", "json", "--db", sandbox.db]))
      let exported = try sandbox.run(
        ["export", "cases"] + filter + ["--db", sandbox.db])
      #expect(exported.status == 0, "\(exported)")
      let rows = try Self.records(exported.stdout)
      #expect(rows.map { $0["reference"] ?? "" } == listed, "\(filter)")
    }
    let paris = try Self.export(sandbox, ["--ressort", "ca_paris"])
    #expect(Set(paris.keys) == [f.bobigny, f.evry, f.bobignyAgain])
    let bad = try sandbox.egide("export", "cases", "--ressort", "tj93008")
    #expect(bad.status == 64, "\(bad)")
    let badFormat = try sandbox.egide("export", "cases", "--format", "xlsx")
    #expect(badFormat.status == 64, "\(badFormat)")
    #expect(badFormat.stderr.contains("csv"), "\(badFormat)")
  }

  @Test(
    "export --out writes a new file readable by its owner only and never overwrites one"
  )
  func exportToFile() throws {
    let f = try Self.fixture()
    let out = f.sandbox.path("export.csv")
    let result = try f.sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      Sandbox.purpose, "--out", out)
    #expect(result.stdout.contains("4 cases"), "\(result)")
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(try Self.records(text).count == 4)
    let attributes = try FileManager.default.attributesOfItem(atPath: out)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let again = try f.sandbox.egide("export", "cases", "--out", out)
    #expect(again.status == 73, "\(again)")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == text)
    #expect(!f.sandbox.files().contains { $0.hasPrefix(".egide-") })
  }

  @Test("an export of a 3,000-case demo registry completes with 3,000 rows")
  func largeExport() throws {
    let sandbox = try Sandbox()
    let created = try sandbox.run([
      "demo", "--db", sandbox.db, "--cases", "3000", "--seed", "11",
    ])
    try #require(created.status == 0, "\(created)")
    let csv = try sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      Sandbox.purpose)
    #expect(try Self.records(csv.stdout).count == 3_000)
    let out = sandbox.path("all.json")
    try sandbox.succeed(
      "export", "cases", "--all", "--format", "json", "--out", out)
    let data = try #require(FileManager.default.contents(atPath: out))
    let objects = try #require(
      try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(objects.count == 3_000)
  }

  @Test("an export of an empty selection is a header alone, or an empty array")
  func emptyExport() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let csv = try sandbox.succeed("export", "cases")
    #expect(try Self.records(csv.stdout, header: Self.columns).isEmpty)
    let json = try sandbox.succeed("export", "cases", "--format", "json")
    #expect(try Formats.objects(json).isEmpty)
  }

  // MARK: - Import

  @Test(
    "the template documents every column, and filled with three rows it imports three cases"
  )
  func templateRoundTrip() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let template = sandbox.path("signalements.csv")
    let written = try sandbox.run(["import", "--template", "--out", template])
    #expect(written.status == 0, "\(written)")
    var text = try String(contentsOfFile: template, encoding: .utf8)
    let rows = try #require(Formats.csv(text))
    #expect(rows.first == Self.templateColumns)
    let explanations = try #require(rows.dropFirst().first)
    #expect(rows.count == 2)
    #expect(explanations.first?.hasPrefix("#") == true)
    #expect(explanations.allSatisfy { !$0.isEmpty })
    #expect(explanations[2].contains("open_data_exposure"))
    #expect(explanations[4].contains("social_network"))
    // The same on standard output.
    let printed = try sandbox.run(["import", "--template"])
    #expect(printed.stdout == text)

    let filled: [[String: String]] = [
      Self.row(
        "DLG-BOB-001",
        [
          "kinds": "threat;doxxing", "occurred": "20/10/2026 21:40",
          "target_function": "jld", "family_name": "Théo CALVERAC",
          "severity": "high", "factors": "home_exposed",
          "narrative": "Récit, sur\ndeux lignes",
          "authors": "@compte_fictif;@autre_compte",
        ]),
      Self.row(
        "DLG-LYO-002",
        [
          "kinds": "harassment", "channel": "email", "platform": "",
          "court": "tj69123", "target_name": "Armand VELUZIER",
          "target_role": "prosecutor", "reported_at": "2026-10-05",
          "summary": "Courriels répétés",
        ]),
      Self.row(
        "DLG-EVR-003",
        [
          "kinds": "outrage", "channel": "hearing", "platform": "",
          "court": "Évry", "target_name": "Coralie MESTRAND",
          "target_role": "clerk", "target_function": "greffier",
          "occurred": "2026-09", "summary": "Outrage à l'audience",
        ]),
    ]
    for row in filled {
      text +=
        Self.templateColumns.map { Self.cell(row[$0] ?? "") }.joined(
          separator: ",") + "\r\n"
    }
    try text.write(toFile: template, atomically: true, encoding: .utf8)
    let imported = try sandbox.succeed("import", template)
    #expect(
      imported.output == "imported 3, already imported 0, invalid 0",
      "\(imported)")

    let cases = try Self.allCases(sandbox)
    #expect(cases.count == 3)
    #expect(
      Set(cases.compactMap { $0["summary"] as? String }) == [
        "Menace publiée sous une décision", "Courriels répétés",
        "Outrage à l'audience",
      ])
    let exported = try Self.export(
      sandbox, ["--include-identities", "--purpose", Sandbox.purpose])
    let bobigny = try #require(
      exported.values.first { $0["external_reference"] == "DLG-BOB-001" })
    #expect(bobigny["targets"] == "judge:jld|family")
    #expect(bobigny["target_names"] == "Ondine CALVERAC|Théo CALVERAC")
    #expect(bobigny["kinds"] == "threat;doxxing")
    #expect(bobigny["occurred"] == "2026-10-20T19:40:00Z")
    #expect(bobigny["reported_by"] == "e2e.tester")
    #expect(bobigny["authors"] == "'@compte_fictif;'@autre_compte")
    let shown = try Formats.object(
      try sandbox.succeed(
        "show", bobigny["reference"] ?? "", "--json", "--identities",
        "--purpose", Sandbox.purpose))
    let people = try #require(shown["people"] as? [[String: Any]])
    #expect(people.count == 2)
    #expect(
      people.last?["relatedTo"] as? String == people.first?["id"] as? String)
    let lyon = try #require(
      exported.values.first { $0["external_reference"] == "DLG-LYO-002" })
    #expect(lyon["reported_at"] == "2026-10-04T22:00:00Z")
    #expect(lyon["reference"]?.hasPrefix("2026-") == true)
    let evry = try #require(
      exported.values.first { $0["external_reference"] == "DLG-EVR-003" })
    #expect(evry["court"] == "tj91228")
    #expect(evry["occurred"] == "2026-09")
  }

  @Test("importing the same file again creates no duplicate")
  func reimportIsIdempotent() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let file = try Self.writeCSV(
      sandbox, "cases.csv",
      [
        Self.row("R-1"),
        Self.row("R-2", ["target_name": "Armand VELUZIER"]),
        Self.row(
          "R-3", ["kinds": "outrage", "channel": "hearing", "platform": ""]),
      ])
    let first = try sandbox.succeed("import", file)
    #expect(first.output == "imported 3, already imported 0, invalid 0")
    let second = try sandbox.succeed("import", file)
    #expect(second.output == "imported 0, already imported 3, invalid 0")
    #expect(try Self.allCases(sandbox).count == 3)
    // A file with one more row imports only that row.
    let grown = try Self.writeCSV(
      sandbox, "grown.csv",
      [Self.row("R-1"), Self.row("R-4", ["summary": "Nouvelle menace"])])
    let third = try sandbox.succeed("import", grown)
    #expect(
      third.output
        == "imported 1, already imported 1, invalid 0; linked 1 person already registered with the same name, role and court"
    )
    #expect(try Self.allCases(sandbox).count == 4)
    // The same person in several rows of a file is one record, and so is
    // a person already registered, through the blind index.
    let exported = try Self.export(
      sandbox, ["--include-identities", "--purpose", Sandbox.purpose])
    func person(_ external: String) -> String? {
      exported.values.first { $0["external_reference"] == external }?[
        "person_ids"]
    }
    #expect(person("R-1") != nil)
    #expect(person("R-1") == person("R-3"))
    #expect(person("R-1") != person("R-2"))
    #expect(person("R-1") == person("R-4"))
  }

  @Test(
    "an imported staff member already registered with the same name, role and court is linked, and no one else"
  )
  func importLinksRepeatVictims() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let registered = try sandbox.report(
      court: "Bobigny", target: "Ondine CALVERAC", role: "judge")
    let file = try Self.writeCSV(
      sandbox, "later.csv",
      [
        // Written otherwise, folded the same: linked.
        Self.row("L-1", ["target_name": "  ondine   Calverac "]),
        // Same name at another court, or in another role: someone else.
        Self.row("L-2", ["court": "tj69123"]),
        Self.row(
          "L-3", ["target_role": "clerk", "target_function": "greffier"]),
      ])
    let imported = try sandbox.succeed("import", file)
    #expect(
      imported.output
        == "imported 3, already imported 0, invalid 0; linked 1 person already registered with the same name, role and court"
    )
    let exported = try Self.export(
      sandbox, ["--include-identities", "--purpose", Sandbox.purpose])
    func person(_ key: String) -> String? {
      exported.values.first {
        $0["external_reference"] == key || $0["reference"] == key
      }?["person_ids"]
    }
    let first = try #require(person(registered))
    #expect(person("L-1") == first)
    #expect(person("L-2") != first)
    #expect(person("L-3") != first)
    #expect(person("L-2") != person("L-3"))
  }

  @Test(
    "an import links only to persons registered before it: its own rows' persons follow the file's rules"
  )
  func importLinksOnlyEarlierPersons() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    // Same name, role and court, two functions: two persons in a file.
    let file = try Self.writeCSV(
      sandbox, "fresh.csv",
      [
        Self.row("F-1", ["court": "tj59178", "target_function": "jld"]),
        Self.row("F-2", ["court": "tj59178", "target_function": "jap"]),
      ])
    let imported = try sandbox.succeed("import", file)
    #expect(imported.output == "imported 2, already imported 0, invalid 0")
    let exported = try Self.export(
      sandbox, ["--include-identities", "--purpose", Sandbox.purpose])
    let ids = exported.values.compactMap { $0["person_ids"] }
    #expect(ids.count == 2)
    #expect(Set(ids).count == 2, "\(ids)")
  }

  /// Five rows, the second and the fourth bad: an unknown kind (line 3)
  /// and a report date in the future (line 5).
  static func fiveRows(_ sandbox: Sandbox) throws -> String {
    try writeCSV(
      sandbox, "five.csv",
      [
        row("F-1"),
        row("F-2", ["kinds": "thret"]),
        row("F-3", ["target_name": "Armand VELUZIER"]),
        row("F-4", ["reported_at": "2099-01-01"]),
        row("F-5", ["kinds": "outrage", "channel": "hearing", "platform": ""]),
      ])
  }

  @Test(
    "two bad rows among five: each reported with line, column and reason, exit 65, registry byte-for-byte unchanged"
  )
  func badRowsImportNothing() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report()
    let file = try Self.fiveRows(sandbox)
    let before = sandbox.snapshot()
    let filesBefore = sandbox.files()
    let result = try sandbox.egide("import", file)
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    let lines = result.stderrLines
    #expect(lines.count == 3, "\(result)")
    #expect(
      lines.contains {
        $0.contains("line 3") && $0.contains("kinds")
          && $0.contains("'thret'") && $0.contains("did you mean 'threat'")
      }, "\(result)")
    #expect(
      lines.contains {
        $0.contains("line 5") && $0.contains("reported_at")
          && $0.contains("future")
      }, "\(result)")
    #expect(
      lines.last?.contains("2 of 5") == true
        && lines.last?.contains("nothing was imported") == true, "\(result)")
    let after = sandbox.snapshot()
    #expect(
      after == before, "the registry changed: \(before.differences(to: after))")
    #expect(sandbox.files() == filesBefore)
    #expect(try Self.allCases(sandbox).count == 1)
  }

  @Test(
    "--skip-invalid imports the three good rows and reports the two bad ones")
  func skipInvalid() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let file = try Self.fiveRows(sandbox)
    let result = try sandbox.egide("import", file, "--skip-invalid")
    #expect(result.status == 0, "\(result)")
    #expect(
      result.output == "imported 3, already imported 0, invalid 2", "\(result)")
    #expect(result.stderrLines.count == 2, "\(result)")
    #expect(result.stderr.contains("line 3, kinds"), "\(result)")
    #expect(result.stderr.contains("line 5, reported_at"), "\(result)")
    let exported = try Self.export(sandbox)
    #expect(
      Set(exported.values.compactMap { $0["external_reference"] }) == [
        "F-1", "F-3", "F-5",
      ])
  }

  @Test(
    "rows are checked with the rules of report: platform, severity, family link, person, dates, duplicates"
  )
  func rowRules() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let file = try Self.writeCSV(
      sandbox, "rules.csv",
      [
        Self.row("X-1", ["channel": "letter"]),
        Self.row("X-2", ["severity": "low", "factors": "death_threat"]),
        Self.row("X-3", ["target_role": "family"]),
        Self.row(
          "X-4",
          ["target_name": "", "target_role": "", "person_id": "P-000099"]),
        Self.row(
          "X-5", ["occurred": "2026-10-10", "reported_at": "2026-10-01"]),
        Self.row("X-1"),
        Self.row("", ["court": "Bobignyy", "summary": ""]),
      ])
    let result = try sandbox.egide("import", file)
    #expect(result.status == 65, "\(result)")
    let expected: [(String, String, String)] = [
      ("line 2", "platform", "letter"),
      ("line 3", "severity", "below"),
      ("line 4", "family_name", "family"),
      ("line 5", "person_id", "P-000099"),
      ("line 6", "occurred", "after reported_at"),
      ("line 7", "external_reference", "line 2"),
      ("line 8", "external_reference", "empty"),
      ("line 8", "court", "did you mean"),
      ("line 8", "summary", "empty"),
    ]
    for (line, field, reason) in expected {
      #expect(
        result.stderrLines.contains {
          $0.contains("\(line), \(field):") && $0.contains(reason)
        }, "\(line) \(field) \(reason) not reported: \(result)")
    }
    #expect(result.stderrLines.count == expected.count + 1, "\(result)")
    #expect(try Self.allCases(sandbox).isEmpty)
  }

  @Test(
    "a missing file exits 66; an empty file or a header alone says so and exits 65"
  )
  func missingEmptyOrHeaderOnly() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let before = sandbox.snapshot()
    let missing = try sandbox.egide("import", sandbox.path("absent.csv"))
    #expect(missing.status == 66, "\(missing)")
    #expect(missing.stderrLines.count == 1, "\(missing)")
    #expect(missing.stderr.contains("absent.csv"), "\(missing)")
    #expect(missing.stderr.contains("does not exist"), "\(missing)")

    let empty = sandbox.path("empty.csv")
    #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
    let emptyResult = try sandbox.egide("import", empty)
    #expect(emptyResult.status == 65, "\(emptyResult)")
    #expect(emptyResult.stderrLines.count == 1, "\(emptyResult)")
    #expect(emptyResult.stderr.contains("is empty"), "\(emptyResult)")

    let header = try Self.writeCSV(sandbox, "header.csv", [])
    let headerResult = try sandbox.egide("import", header)
    #expect(headerResult.status == 65, "\(headerResult)")
    #expect(headerResult.stderrLines.count == 1, "\(headerResult)")
    #expect(
      headerResult.stderr.contains("header row but no case"), "\(headerResult)")

    let emptyJSON = sandbox.path("empty.json")
    try "[]\n".write(toFile: emptyJSON, atomically: true, encoding: .utf8)
    let jsonResult = try sandbox.egide("import", emptyJSON)
    #expect(jsonResult.status == 65, "\(jsonResult)")
    #expect(jsonResult.stderr.contains("no case"), "\(jsonResult)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("a header with an unknown or missing column is refused before any row")
  func badHeader() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    var columns = Self.templateColumns
    columns[columns.firstIndex(of: "severity") ?? 0] = "severty"
    let typo = try Self.writeCSV(
      sandbox, "typo.csv", [Self.row("H-1")], columns: columns)
    let result = try sandbox.egide("import", typo)
    #expect(result.status == 65, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("did you mean 'severity'"), "\(result)")

    let noSummary = try Self.writeCSV(
      sandbox, "nosummary.csv", [Self.row("H-1")],
      columns: Self.templateColumns.filter { $0 != "summary" })
    let missing = try sandbox.egide("import", noSummary)
    #expect(missing.status == 65, "\(missing)")
    #expect(missing.stderr.contains("summary"), "\(missing)")

    // An export without identities cannot be imported, and says why.
    let f = try Self.fixture()
    let out = f.sandbox.path("plain.csv")
    try f.sandbox.succeed("export", "cases", "--all", "--out", out)
    let plain = try sandbox.egide("import", out)
    #expect(plain.status == 65, "\(plain)")
    #expect(plain.stderr.contains("--include-identities"), "\(plain)")
  }

  @Test(
    "a spreadsheet saved with semicolons and a byte order mark, and a JSON array, import too"
  )
  func otherShapes() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let semicolons = sandbox.path("excel.csv")
    let text =
      "\u{FEFF}external_reference;kinds;channel;court;target_name;target_role;summary\r\n"
      + "S-1;threat, doxxing;email;tj93008;Ondine CALVERAC;judge;\"Menace; grave\"\r\n"
    try text.write(toFile: semicolons, atomically: true, encoding: .utf8)
    let first = try sandbox.succeed("import", semicolons)
    #expect(first.output == "imported 1, already imported 0, invalid 0")

    let json = sandbox.path("cases.json")
    try """
    [
      {"external_reference": "J-1", "kinds": ["harassment", "threat"],
       "channel": "email", "court": "Bobigny",
       "target_name": "Armand VELUZIER", "target_role": "prosecutor",
       "summary": "Courriels", "authors": ["@un", "@deux"]},
      {"external_reference": "J-2", "kinds": "thret", "channel": "email",
       "court": "Bobigny", "target_name": "Armand VELUZIER",
       "target_role": "prosecutor", "summary": "Courriels"}
    ]
    """.write(toFile: json, atomically: true, encoding: .utf8)
    let refused = try sandbox.egide("import", json)
    #expect(refused.status == 65, "\(refused)")
    #expect(
      refused.stderr.contains("line 6 (object 2), kinds"), "\(refused)")
    let skipped = try sandbox.egide("import", json, "--skip-invalid")
    #expect(
      skipped.output == "imported 1, already imported 0, invalid 1",
      "\(skipped)")
    let exported = try Self.export(
      sandbox, ["--include-identities", "--purpose", Sandbox.purpose])
    let j1 = try #require(
      exported.values.first { $0["external_reference"] == "J-1" })
    #expect(j1["kinds"] == "threat;harassment")
    #expect(j1["authors"] == "'@un;'@deux")
    let s1 = try #require(
      exported.values.first { $0["external_reference"] == "S-1" })
    #expect(s1["kinds"] == "threat;doxxing")
    #expect(s1["summary"] == "Menace; grave")
  }

  // MARK: - Round trip

  /// A new registry named `name` in the sandbox, with the four cases of
  /// the fixture imported from `file`; its path.
  static func importIntoNewRegistry(
    _ file: String, named name: String, in sandbox: Sandbox,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let copy = sandbox.path(name)
    let created = try sandbox.run(["init", "--db", copy])
    try #require(
      created.status == 0, "\(created)", sourceLocation: sourceLocation)
    let imported = try sandbox.run(["import", file, "--db", copy])
    #expect(
      imported.status == 0, "\(imported)", sourceLocation: sourceLocation)
    #expect(
      imported.output == "imported 4, already imported 0, invalid 0",
      sourceLocation: sourceLocation)
    return copy
  }

  /// Checks that every case of the sandbox's registry is in `copy`, by
  /// its external reference, with every column import reads equal; the
  /// copied rows.
  static func expectImportedAsExported(
    _ sandbox: Sandbox, into copy: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[String: String]] {
    let identities = ["--include-identities", "--purpose", Sandbox.purpose]
    let original = try export(sandbox, identities)
    let copied = try export(sandbox, db: copy, identities)
    #expect(copied.count == original.count, sourceLocation: sourceLocation)
    let byExternal = Dictionary(
      copied.values.map { ($0["external_reference"] ?? "", $0) },
      uniquingKeysWith: { a, _ in a })
    var rows: [[String: String]] = []
    for (reference, row) in original {
      let other = try #require(
        byExternal[reference], "\(reference) lost",
        sourceLocation: sourceLocation)
      for column in importable {
        #expect(
          other[column] == row[column],
          "\(reference) \(column): \(row[column] ?? "nil") → \(other[column] ?? "nil")",
          sourceLocation: sourceLocation)
      }
      rows.append(other)
    }
    return rows
  }

  /// Exports the fixture with identities in `format`, imports it into a
  /// fresh registry, exports that, and compares what import reads.
  func roundTrip(_ format: String) throws {
    let f = try Self.fixture()
    let sandbox = f.sandbox
    let file = sandbox.path("all.\(format)")
    try sandbox.succeed(
      "export", "cases", "--all", "--include-identities", "--purpose",
      Sandbox.purpose, "--format", format,
      "--out", file)
    let copy = try Self.importIntoNewRegistry(
      file, named: "copy.sqlite", in: sandbox)

    let copied = try Self.expectImportedAsExported(sandbox, into: copy)
    for other in copied {
      // Imported cases start their lifecycle anew.
      #expect(other["status"] == "new")
      #expect(other["event_count"] == "1")
      #expect(other["measures"] == "")
    }
    // The judge of two cases is still one person, her husband still linked.
    let judge = Set(
      copied.filter {
        $0["target_names"]?.hasPrefix("Ondine CALVERAC") == true
      }.compactMap { $0["person_ids"]?.split(separator: "|").first })
    #expect(judge.count == 1, "\(copied)")
    let json = try Formats.objects(
      try sandbox.run([
        "export", "cases", "--all", "--format", "json", "--db", copy,
      ]))
    let family = try #require(
      json.compactMap { $0["targets"] as? [[String: Any]] }.first {
        $0.count == 2
      })
    #expect(
      family.last?["related_to"] as? String
        == family.first?["person_id"] as? String)
    // Importing the export again adds nothing.
    let again = try sandbox.run(["import", file, "--db", copy])
    #expect(again.output == "imported 0, already imported 4, invalid 0")
  }

  @Test(
    "export with identities, import into a fresh registry, export again: nothing import reads is lost (CSV)"
  )
  func roundTripCSV() throws { try roundTrip("csv") }

  @Test(
    "export with identities, import into a fresh registry, export again: nothing import reads is lost (JSON)"
  )
  func roundTripJSON() throws { try roundTrip("json") }

  // MARK: - Terminal and help

  @Test("a progress bar shows on a terminal for a file of more than 1,000 rows")
  func progressBar() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let rows = (1...1_200).map { Self.row("P-\($0)") }
    let file = try Self.writeCSV(sandbox, "large.csv", rows)
    let session = try PseudoTerminal.run(
      ["import", file, "--db", sandbox.db], answers: [], in: sandbox,
      timeout: 120)
    #expect(!session.timedOut, "\(session.screen)")
    #expect(session.status == 0, "\(session.screen)")
    #expect(
      session.screen.contains("importing ["), "\(session.screen.suffix(400))")
    #expect(
      session.screen.contains("imported 1200, already imported 0, invalid 0"))
    // Not on a pipe.
    let piped = try sandbox.egide("import", file)
    #expect(piped.status == 0, "\(piped)")
    #expect(piped.stderr.isEmpty, "\(piped)")
    #expect(piped.output == "imported 0, already imported 1200, invalid 0")
  }

  @Test("import --help lists every column with its accepted values")
  func importHelp() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["import", "--help"])
    #expect(result.status == 0, "\(result)")
    for column in Self.templateColumns {
      #expect(result.stdout.contains("- \(column):"), "\(column) missing")
    }
    for value in [
      "open_data_exposure", "social_network", "bluesky", "trainee",
      "juge_des_enfants", "critical", "date_or_place_announced", "Example",
    ] {
      #expect(result.stdout.contains(value), "\(value) missing")
    }
    let export = try sandbox.run(["export", "cases", "--help"])
    #expect(export.status == 0, "\(export)")
    #expect(export.stdout.contains("Example"), "\(export)")
    #expect(export.stdout.contains("--include-identities"), "\(export)")
    #expect(sandbox.files().isEmpty)
  }
}
