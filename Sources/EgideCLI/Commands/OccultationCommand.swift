import ArgumentParser
import EgideCore
import EgideService

/// `egide occultation`: requests to hide a person's identity in published
/// decisions, carrying out open_data_occultation measures.
struct OccultationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "occultation",
    abstract:
      "Occultation requests for open_data_occultation measures: deciding authority, decisions concerned, appeal window.",
    discussion: """
      The authority follows the law. Judicial order: the president (first
      president) of the court that rendered the decision, for its own
      magistrates and staff (COJ L111-13, R111-12); otherwise a magistrate of
      the Cour de cassation designated by its first president (COJ R111-13),
      whose refusal may be appealed within two months of its notification
      to the first president of the Cour de cassation (the window counted
      in Paris's calendar; a person serving overseas is warned that CPC
      643 may add a month). Administrative order: the president of the
      tribunal or cour administrative d'appel that rendered the decision,
      or of the section du contentieux for the Conseil d'État, for its own
      members and greffe (CJA L10, R741-14); otherwise a member of the
      Conseil d'État designated by its vice-president (CJA R741-15), with
      no appeal.

      Example:
        egide measure request 2026-0042 --kind open_data_occultation --authority "Président du tribunal"
        egide occultation request M-000003 --decision-court tj93008 --decision-number 24/01234
        egide occultation decide OC-000001 --outcome refused --notified 02/03/2027
        egide occultation appeal OC-000001
        egide occultation show OC-000001
      """,
    subcommands: [Request.self, Decide.self, Appeal.self, Show.self])

  /// `egide occultation request`.
  struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "request",
      abstract:
        "File the occultation request of an open_data_occultation measure.",
      discussion: """
        Names the decision concerned (its court and its case number or
        Judilibre identifier) and prints the deciding authority and the legal
        basis. The person's relation to the court is derived from the court
        where they serve; --relation overrides it.

        Example:
          egide occultation request M-000003 --decision-court Bobigny \\
            --decision-number 24/01234 --decision-date 12/03/2027
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The open_data_occultation measure, e.g. M-000003.")
    var measure: String
    @Option(help: "The court that rendered the decision: a code or a name.")
    var decisionCourt: String
    @Option(help: "The case number of the decision (RG, pourvoi).")
    var decisionNumber: String?
    @Option(help: "The Judilibre identifier of the decision.")
    var judilibreId: String?
    @Option(help: "The day of the decision.") var decisionDate: String?
    @Option(
      help:
        "member (serves at that court) or other; default: from the person's court.",
      completion: OccultationRelation.completion,
      transform: OccultationRelation.code)
    var relation: String?

    func run() throws {
      let client = try registry.client()
      let document = try client.send(
        RequestOccultation(
          measure: measure, decisionCourt: decisionCourt,
          decisionNumber: decisionNumber, judilibreId: judilibreId,
          decisionDate: decisionDate, relation: relation))
      print(
        OccultationText.lines(document, display: client.display)
          .joined(separator: "\n"))
    }
  }

  /// `egide occultation decide`.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "decide",
      abstract: "Record the authority's ruling on a request or on its appeal.",
      discussion: """
        The notification date starts the two-month appeal window of a refusal
        under COJ R111-13; it defaults to today. A final outcome moves the
        measure to granted or refused.

        Example:
          egide occultation decide OC-000001 --outcome refused --notified 02/03/2027
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The occultation request, e.g. OC-000001.") var id: String
    @Option(
      help: "granted or refused.", completion: OccultationOutcome.completion,
      transform: OccultationOutcome.code) var outcome: String
    @Option(help: "When the ruling was notified (a day). Default: today.")
    var notified: String?

    func run() throws {
      let document = try registry.client().send(
        DecideOccultation(request: id, outcome: outcome, notified: notified))
      print("\(document.request): \(document.status) by \(document.authority)")
      if document.allowsAppeal,
        document.status == OccultationStatus.refused.rawValue
      {
        print("Appeal window: " + OccultationText.windowText(document))
      }
    }
  }

  /// `egide occultation appeal`.
  struct Appeal: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "appeal",
      abstract: "Record the appeal of a refusal, within its two-month window.",
      discussion: """
        Only a refusal under COJ R111-13 may be appealed, once, and only
        until the last day of the window 'egide occultation show' prints.

        Example:
          egide occultation appeal OC-000001
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The occultation request, e.g. OC-000001.") var id: String

    func run() throws {
      let document = try registry.client().send(AppealOccultation(request: id))
      print(
        "\(document.request): refusal appealed to \(document.decidingAuthority) (\(document.legalBasis))"
      )
    }
  }

  /// `egide occultation show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract:
        "Show a request: authority, legal basis, decisions, status and appeal window.",
      discussion: """
        The decisions' numbers and Judilibre identifiers are left out unless
        --identities is given with a --purpose, recorded in the access log
        before anything is shown.

        Example:
          egide occultation show OC-000001
          egide occultation show OC-000001 --identities --purpose "Check the appeal"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The occultation request, e.g. OC-000001.") var id: String
    @OptionGroup var reveal: RevealOptions

    func run() throws {
      let purpose = try reveal.requested()
      let client = try registry.client()
      let document = try client.send(
        ShowOccultation(request: id, purpose: purpose))
      print(
        OccultationText.lines(document, display: client.display)
          .joined(separator: "\n"))
      if !document.identitiesRevealed { print(HiddenIdentities.notice()) }
    }
  }
}
