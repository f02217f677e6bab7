import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide exposure`: find registered persons named or identifiable in
/// published court decisions.
struct ExposureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exposure",
    abstract:
      "Find registered persons named or identifiable in published court decisions.",
    discussion: """
      Example:
        egide exposure scan decision.txt
        egide exposure scan export.json --request
      """,
    subcommands: [Scan.self])

  /// `egide exposure scan`.
  struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Scan decisions (plain text or Judilibre JSON) for registered persons.",
      discussion: """
        Names are compared with case, accents, spacing, hyphens and word order
        folded; "M.", "Mme", "Monsieur", "Madame" and initials ("V. MIROLIN")
        are understood; a role named next to the name ("Président :",
        "Greffier :") and the person's court in the header make a stronger
        match; a lawyer ("Me …"), a street ("rue …") or another first name
        is not a match. Each hit shows the person, their cases, the decision,
        the passage with the name masked and a confidence (high, medium,
        low) with its reasons. A scan looks registered persons up by name,
        so it needs --purpose and the access log records, before anything is
        printed, who scanned, when, why, and the cases of the persons found.
        Names are printed only with --reveal. A user limited to a court or a
        ressort scans the persons of that scope only.

        --request files, for each person found with at least
        --min-confidence, an occultation request on their latest open case:
        an open_data_occultation measure addressed to the authority the law
        designates, with the decisions concerned (a decision needs a court
        and a case number or a Judilibre id). Decisions already requested for
        that person are skipped.

        Example:
          egide exposure scan jugement.txt export-judilibre.json --purpose "Monthly check"
          egide exposure scan jugement.txt --request --purpose "Monthly check"
          egide exposure scan jugement.txt --json --purpose "Monthly check"
          egide exposure scan jugement.txt --reveal --purpose "Check before a request"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "Decision files: plain text or Judilibre JSON export.")
    var files: [String] = []
    @Flag(help: "File an occultation request for each person found.")
    var request = false
    @Option(
      help: "The lowest confidence --request acts on: high, medium or low.")
    var minConfidence = "high"
    @Flag(help: "Print full names (needs --purpose).") var reveal = false
    @Option(
      help:
        "Why you look the registered persons up (required; recorded in the access log)."
    )
    var purpose: String?
    @Flag(help: "Print JSON (the contract) instead of text.") var json = false

    /// Checks the combination of options; one line, exit status 64.
    func checkOptions() throws {
      guard !files.isEmpty else {
        throw CLIError(
          .usage, "no decision file given; give one or more FILE arguments")
      }
      if purpose == nil {
        throw CLIError(
          .usage,
          "exposure scan needs --purpose TEXT saying why: it looks registered persons up by name, and is recorded in the access log"
        )
      }
    }

    func run() throws {
      try checkOptions()
      let settings = try registry.settings()
      let minimum = try ExposureConfidence.parse(
        minConfidence, field: "min-confidence")
      let purpose = try RevealOptions.required(
        purpose, command: "exposure scan")
      var decisions: [PublishedDecision] = []
      for file in files {
        let data = try InputFile.read(
          file, what: "decision file",
          hint: "give a decision as plain text or a Judilibre JSON export",
          maximumSize: 64 * 1_048_576)
        decisions += try DecisionReader.read(data, source: file)
      }
      // Decrypts to compare the names with the decisions; prints none
      // unless revealing.
      let access = try settings.authorize(.exposureScan, decrypting: true)
      if request {
        try access.require(.measureRequest)
        try access.require(.occultationRequest)
      }
      let store = access.registry
      let scanner = ExposureScanner(decisions: decisions)
      var hits: [ExposureHit] = []
      var persons: [PersonID: TargetedPerson] = [:]
      try store.forEachPerson { person in
        guard access.sees(court: person.court.code) else { return }
        let found = scanner.hits(for: person)
        if !found.isEmpty {
          hits += found
          persons[person.id] = person
        }
      }
      hits.sort { ($0.decision, $0.person) < ($1.decision, $1.person) }
      hits = ExposureScanner.maskingEachOther(
        hits, names: persons.mapValues(\.identity.name))
      var cases: [PersonID: [CaseReference]] = [:]
      var openCases: [PersonID: CaseReference] = [:]
      for id in persons.keys {
        var statuses = try store.caseStatuses(targeting: id)
        if access.scope != nil {
          statuses = try statuses.filter {
            access.sees(try store.location(of: .case($0.reference)))
          }
        }
        cases[id] = statuses.map(\.reference)
        openCases[id] = statuses.last { $0.status.isOpen }?.reference
      }
      let findings = hits.map { hit in
        ExposureFinding(
          hit: hit, decision: decisions[hit.decision],
          cases: cases[hit.person] ?? [],
          revealedName: reveal ? persons[hit.person]?.identity.name : nil)
      }
      // Every scan is a lookup by name: logged before anything is
      // printed, with the cases of the persons found (a scan that finds no
      // one, or only persons whose cases are outside the scope, is logged
      // without a case). File names are not kept: they may hold a name.
      let found = Set(findings.map(\.hit.person).flatMap { cases[$0] ?? [] })
      let logged: [CaseReference?] = found.isEmpty ? [nil] : found.sorted()
      _ = try access.reveal(
        .exposure, purpose: purpose, cases: logged,
        details: [
          "persons": Set(findings.map(\.hit.person)).sorted().map(
            \.description
          ).joined(separator: ","),
          "files": "\(files.count)",
          "names": reveal ? "shown" : "masked",
        ])
      var filed: [FiledRequest] = []
      if request {
        filed = try store.transaction { tx in
          try ExposureRequests.file(
            findings.filter { $0.hit.confidence >= minimum }, persons: persons,
            openCases: openCases, in: tx, by: settings.actor, at: settings.now)
        }
      }
      print(
        json
          ? try ExposureReport.json(
            decisions: decisions, findings: findings, requests: filed)
          : ExposureReport.text(
            decisions: decisions, findings: findings, requests: filed))
    }
  }
}
