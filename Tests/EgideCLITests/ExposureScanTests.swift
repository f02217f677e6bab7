import EgideCore
import EgideStore
import Foundation
import Testing

@Suite("Exposure scan: from a published decision to an occultation request")
struct ExposureScanTests {
  /// The path of a fixture decision.
  static func decision(_ name: String) throws -> String {
    let root = try #require(EgideBinary.packageRoot)
    return root.appendingPathComponent(
      "Tests/EgideCLITests/Fixtures/Decisions/\(name)"
    ).path
  }

  static let now = "2027-04-20T10:00Z"

  /// Runs egide on the sandbox registry at a fixed time; must succeed.
  @discardableResult
  static func succeed(
    _ sandbox: Sandbox, _ arguments: String..., now: String = now,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> EgideResult {
    try succeed(sandbox, arguments, now: now, sourceLocation: sourceLocation)
  }

  /// Runs egide on the sandbox registry at a fixed time; must succeed.
  @discardableResult
  static func succeed(
    _ sandbox: Sandbox, _ arguments: [String], now: String = now,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> EgideResult {
    // Every scan needs a purpose; the tests give theirs unless they test it.
    let purpose =
      arguments.starts(with: ["exposure", "scan"])
        && !arguments.contains("--purpose")
      ? ["--purpose", Sandbox.purpose] : []
    let result = try sandbox.run(
      arguments + purpose + ["--db", sandbox.db],
      environment: ["EGIDE_NOW": now])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    return result
  }

  @Test(
    "a decision naming a reported judge leads to a request to her court president"
  )
  func decisionToRequest() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(target: "Valézane MIROLIN")
    let bobigny = try Self.decision("tj-bobigny-2027-00412.txt")

    let scan = try Self.succeed(sandbox, "exposure", "scan", bobigny)
    #expect(scan.stdout.contains("P-000001  high  cases: \(reference)"))
    #expect(scan.stdout.contains("Présidente : Mme █████, vice-présidente"))
    #expect(
      scan.stdout.contains(
        "Tribunal judiciaire de Bobigny (tj93008), n° 24/01234"))
    #expect(!scan.stdout.localizedCaseInsensitiveContains("mirolin"))
    #expect(!scan.stdout.contains("Valézane"))
    #expect(scan.stdout.contains("1 hit for 1 person in 1 decision."))

    let requested = try Self.succeed(
      sandbox, "exposure", "scan", bobigny, "--request")
    #expect(
      requested.stdout.contains(
        "requested: \(reference) measure M-000001, OC-000001 for P-000001 → Président, Tribunal judiciaire de Bobigny (COJ L111-13 and R111-12)"
      ), "\(requested)")
    #expect(!requested.stdout.localizedCaseInsensitiveContains("mirolin"))

    let hidden = try Self.succeed(sandbox, "occultation", "show", "OC-000001")
    #expect(!hidden.stdout.contains("24/01234"), "\(hidden)")
    #expect(hidden.stdout.contains("Identities hidden"), "\(hidden)")
    let show = try Self.succeed(
      sandbox, "occultation", "show", "OC-000001", "--identities", "--purpose",
      Sandbox.purpose)
    #expect(
      show.stdout.contains(
        "measure M-000001 (open_data_occultation) in case \(reference)"))
    #expect(show.stdout.contains("tj93008 n° 24/01234"))
    #expect(
      show.stdout.contains(
        "Deciding authority: Président, Tribunal judiciaire de Bobigny"))
    #expect(
      show.stdout.contains("none (COJ L111-13 and R111-12 provides no appeal)"))
    let caseText = try Self.succeed(sandbox, "show", reference)
    #expect(caseText.stdout.contains("open_data_occultation"))

    let again = try Self.succeed(
      sandbox, "exposure", "scan", bobigny, "--request")
    #expect(!again.stdout.contains("requested:"), "\(again)")
  }

  @Test("near-misses are not matched: homonym, street, lawyer, partial surname")
  func nearMisses() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report(target: "Valézane MIROLIN")
    let lille = try Self.decision("tj-lille-2027-00088.txt")
    let scan = try Self.succeed(sandbox, "exposure", "scan", lille, "--json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: scan.stdoutData)
        as? [String: Any])
    let decisions = try #require(json["decisions"] as? [[String: Any]])
    #expect(decisions.count == 1)
    #expect((decisions.first?["hits"] as? [Any])?.isEmpty == true, "\(scan)")
    #expect(decisions.first?["court"] as? String == "tj59350")
    let text = try Self.succeed(sandbox, "exposure", "scan", lille, "--request")
    #expect(text.output == "No registered person named in 1 decision.")
  }

  @Test(
    "a cour d'appel decision in Judilibre JSON goes to a Cour de cassation magistrate, with an appeal window"
  )
  func judilibreToCassationMagistrate() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(
      target: "Valézane MIROLIN", extra: ["--function", "jld"])
    let export = try Self.decision("ca-paris-judilibre.json")
    let scan = try Self.succeed(
      sandbox, "exposure", "scan", export, "--request", "--json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: scan.stdoutData)
        as? [String: Any])
    let hit = try #require(
      ((json["decisions"] as? [[String: Any]])?.first?["hits"]
        as? [[String: Any]])?.first)
    #expect(hit["confidence"] as? String == "high")
    #expect(hit["cases"] as? [String] == [reference])
    #expect(hit["name"] == nil)
    #expect(
      (hit["passage"] as? String)?.contains("Mme █████, juge des libertés")
        == true)
    let request = try #require((json["requests"] as? [[String: Any]])?.first)
    #expect(request["route"] as? String == "cassation_magistrate")
    #expect(request["legalBasis"] as? String == "COJ L111-13 and R111-13")
    #expect(
      request["decisions"] as? [String]
        == [
          "ca_paris n° 25/04411 Judilibre 67f0c2a9e1d4b3a5c6d7e8f9 of 2027-04-08"
        ])

    try Self.succeed(
      sandbox, "occultation", "decide", "OC-000001", "--outcome", "refused",
      "--notified", "2027-04-21", now: "2027-04-22T09:00Z")
    let open = try Self.succeed(
      sandbox, "occultation", "show", "OC-000001", now: "2027-04-22T09:00Z")
    #expect(
      open.stdout.contains(
        "Appeal window:      until 2027-06-21 inclusive, 60 days left"),
      "\(open)")
    let late = try sandbox.run(
      ["occultation", "appeal", "OC-000001", "--db", sandbox.db],
      environment: ["EGIDE_NOW": "2027-06-22T08:00Z"])
    #expect(late.status == 65, "\(late)")
    #expect(late.stderrLines.count == 1)
    #expect(late.stderr.contains("closed on 2027-06-21"))
    try Self.succeed(
      sandbox, "occultation", "appeal", "OC-000001", now: "2027-06-21T15:00Z")
    try Self.succeed(
      sandbox, "occultation", "decide", "OC-000001", "--outcome", "granted",
      now: "2027-07-01T10:00Z")
    let show = try Self.succeed(sandbox, "show", reference)
    #expect(show.stdout.contains("granted"), "\(show)")
  }

  @Test("--reveal prints the names only with a purpose, kept in the access log")
  func reveal() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(target: "Valézane MIROLIN")
    let bobigny = try Self.decision("tj-bobigny-2027-00412.txt")
    let refused = try sandbox.run(
      ["exposure", "scan", bobigny, "--reveal", "--db", sandbox.db])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--purpose"))
    let revealed = try Self.succeed(
      sandbox, "exposure", "scan", bobigny, "--reveal", "--purpose",
      "Vérification avant demande d'occultation")
    #expect(revealed.stdout.contains("name:     Valézane MIROLIN"))
    #expect(revealed.stderr.isEmpty, "\(revealed)")
    let log = try Registry.open(at: sandbox.db).accessLog()
    #expect(log.count == 1)
    #expect(log.first?.action == .exposure)
    #expect(log.first?.actor == "e2e.tester")
    #expect(log.first?.caseReference?.description == reference)
    #expect(log.first?.purpose == "Vérification avant demande d'occultation")
    #expect(log.first?.details["persons"] == "P-000001")
  }

  @Test(
    "every scan is a lookup by name: refused without a purpose, logged with the cases found even when names stay masked"
  )
  func scanIsLogged() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(target: "Valézane MIROLIN")
    let bobigny = try Self.decision("tj-bobigny-2027-00412.txt")
    let before = sandbox.snapshot()
    let refused = try sandbox.run([
      "exposure", "scan", bobigny, "--db", sandbox.db,
    ])
    expectCleanFailure(refused, status: 64, mentioning: ["--purpose"])
    #expect(sandbox.snapshot() == before)

    let masked = try Self.succeed(
      sandbox, "exposure", "scan", bobigny, "--purpose", "Contrôle mensuel")
    #expect(!masked.stdout.contains("MIROLIN"), "\(masked)")
    let log = try Registry.open(at: sandbox.db).accessLog()
    #expect(log.count == 1)
    #expect(log.first?.caseReference?.description == reference)
    #expect(log.first?.purpose == "Contrôle mensuel")
    #expect(log.first?.details["names"] == "masked")
    #expect(log.first?.details["files"] == "1")
  }

  @Test(
    "a passage masks every registered person the decision names, not only its own"
  )
  func passagesMaskEachOther() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report(target: "Valézane MIROLIN")
    _ = try sandbox.report(
      target: "Oswin TRAVELOT", role: "clerk",
      extra: ["--function", "greffier"])
    let decision = sandbox.path("jugement.txt")
    try """
    TRIBUNAL JUDICIAIRE DE BOBIGNY

    N° RG 24/01234

    À l'audience du 6 février 2027, tenue par Mme Valézane MIROLIN, présidente, assistée de M. Oswin TRAVELOT, greffier.

    """.write(toFile: decision, atomically: true, encoding: .utf8)
    let scan = try Self.succeed(sandbox, "exposure", "scan", decision)
    #expect(scan.stdout.contains("P-000001"), "\(scan)")
    #expect(scan.stdout.contains("P-000002"), "\(scan)")
    for name in ["MIROLIN", "Valézane", "TRAVELOT", "Oswin"] {
      #expect(!scan.stdout.contains(name), "\(name) shown: \(scan)")
    }
  }

  @Test(
    "files beyond one scan's limits are scanned in several and answered as one, each scan logged; a file no scan could read is refused before any"
  )
  func manyFilesInSeveralScans() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(target: "Valézane MIROLIN")
    let files = try [
      "tj-bobigny-2027-00412.txt", "tj-lille-2027-00088.txt",
      "ca-paris-judilibre.json", "tj-bobigny-2027-00412.txt",
      "tj-lille-2027-00088.txt",
    ].map(Self.decision)
    let whole = try Self.succeed(
      sandbox, ["exposure", "scan"] + files + ["--json"])
    #expect(whole.stdout.contains(reference), "\(whole)")
    #expect(try Registry.open(at: sandbox.db).accessLog().count == 1)
    // Two files per scan: three scans, one document, three log entries.
    try Data("[limits]\nscan_files = 2\n".utf8).write(
      to: URL(fileURLWithPath: sandbox.configPath))
    let cut = try Self.succeed(
      sandbox, ["exposure", "scan"] + files + ["--json"])
    #expect(cut.stdout == whole.stdout)
    var log = try Registry.open(at: sandbox.db).accessLog()
    #expect(log.count == 4)
    #expect(log.suffix(3).map { $0.details["files"] } == ["2", "2", "1"])
    // By size: each scan at most the bytes of the two largest files.
    let sizes = try files.map {
      try #require(
        FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int)
    }
    try Data(
      "[limits]\nscan_bytes = \(sizes.sorted().suffix(2).reduce(0, +))\n".utf8
    ).write(to: URL(fileURLWithPath: sandbox.configPath))
    let bySize = try Self.succeed(
      sandbox, ["exposure", "scan"] + files + ["--json"])
    #expect(bySize.stdout == whole.stdout)
    log = try Registry.open(at: sandbox.db).accessLog()
    #expect(log.count > 5, "\(log.count) entries")
    // A file no scan can read, last: refused, and no scan made.
    try Data("[limits]\nscan_files = 2\n".utf8).write(
      to: URL(fileURLWithPath: sandbox.configPath))
    let broken = sandbox.path("broken.json")
    try Data("{\"results\": [{\"id\": \"x\"}]}".utf8).write(
      to: URL(fileURLWithPath: broken))
    let before = sandbox.snapshot()
    let refused = try sandbox.run(
      ["exposure", "scan"] + files + [
        broken, "--purpose", Sandbox.purpose, "--db", sandbox.db,
      ])
    expectCleanFailure(
      refused, status: 64, mentioning: ["decision 1 of '\(broken)' has no text"]
    )
    #expect(sandbox.snapshot() == before)
    // Requests are filed in one scan, all or nothing: too many files for
    // one scan is refused before any.
    let requesting = try sandbox.run(
      ["exposure", "scan"] + files + [
        "--request", "--purpose", Sandbox.purpose, "--db", sandbox.db,
      ])
    expectCleanFailure(
      requesting, status: 64,
      mentioning: ["5 decision files given; at most 2", "limits.scan_files"])
    #expect(sandbox.snapshot() == before)
  }

  @Test(
    "a folder stands for the files under it in the order of their paths, hidden ones left out; an empty one is refused"
  )
  func folderOfDecisions() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(target: "Valézane MIROLIN")
    let folder = sandbox.path("opendata")
    try FileManager.default.createDirectory(
      atPath: folder + "/2027-04", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: folder + "/.cache", withIntermediateDirectories: true)
    let copies = [
      ("b.txt", "tj-lille-2027-00088.txt"),
      ("2027-04/a.txt", "tj-bobigny-2027-00412.txt"),
      ("a.json", "ca-paris-judilibre.json"),
      (".hidden.txt", "tj-bobigny-2027-00412.txt"),
      (".cache/c.txt", "tj-bobigny-2027-00412.txt"),
    ]
    for (name, fixture) in copies {
      try FileManager.default.copyItem(
        atPath: try Self.decision(fixture), toPath: folder + "/" + name)
    }
    let listed = ["2027-04/a.txt", "a.json", "b.txt"].map { folder + "/" + $0 }
    let byFiles = try Self.succeed(
      sandbox, ["exposure", "scan"] + listed + ["--json"])
    let byFolder = try Self.succeed(
      sandbox, "exposure", "scan", folder, "--json")
    #expect(byFolder.stdout == byFiles.stdout)
    #expect(byFolder.stdout.contains(reference), "\(byFolder)")
    #expect(!byFolder.stdout.contains("hidden"), "\(byFolder)")
    #expect(!byFolder.stdout.contains(".cache"), "\(byFolder)")
    // A link to the folder is the folder; its files are named from it.
    let link = sandbox.path("latest")
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: folder)
    let byLink = try Self.succeed(sandbox, "exposure", "scan", link, "--json")
    #expect(
      byLink.stdout
        == byFolder.stdout.replacingOccurrences(of: folder, with: link))
    // A link to a folder inside it is refused, naming it, and nothing is
    // scanned: followed it could loop, left out its files would be missed.
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/2027-05", withDestinationPath: folder + "/2027-04")
    let looped = try sandbox.run([
      "exposure", "scan", folder, "--purpose", Sandbox.purpose, "--db",
      sandbox.db,
    ])
    expectCleanFailure(
      looped, status: 66,
      mentioning: ["holds '2027-05', a link to a folder", folder])
    let empty = sandbox.path("empty")
    try FileManager.default.createDirectory(
      atPath: empty, withIntermediateDirectories: false)
    let before = sandbox.snapshot()
    let refused = try sandbox.run([
      "exposure", "scan", empty, "--purpose", Sandbox.purpose, "--db",
      sandbox.db,
    ])
    expectCleanFailure(
      refused, status: 66,
      mentioning: ["the folders given hold no decision file"])
    #expect(sandbox.snapshot() == before)
  }
}
