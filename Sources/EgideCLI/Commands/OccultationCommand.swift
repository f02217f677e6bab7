import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

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
      whose refusal may be appealed within two months of its notification.
      Administrative order: the president of the formation that rendered
      the decision (CJA L10, R741-14).

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
        "member (serves at that court) or other; default: from the person's court."
    )
    var relation: String?

    func run() throws {
      let settings = try registry.settings()
      let measure = try MeasureID.parse(measure)
      let court = try CourtDirectory.shared.resolve(
        decisionCourt, field: "decision court")
      let day = try decisionDate.map { text throws(DomainError) in
        try DecisionReference.day(
          text, dates: settings.dates, now: settings.now)
      }
      let decision = try DecisionReference(
        court: court, day: day, number: decisionNumber,
        judilibreID: judilibreId)
      let relation = try relation.map { text throws(DomainError) in
        try OccultationRelation.parse(text)
      }
      // Decrypts to compare the decision with those already requested.
      let store = try settings.authorize(
        .occultationRequest, on: .measure(measure), decrypting: true
      ).registry
      let request = try store.transaction { tx in
        try tx.fileOccultation(
          on: measure, decisions: [decision], relation: relation,
          by: settings.actor, at: settings.now)
      }
      let reference = try store.occultation(request.id).reference
      print(
        OccultationText.lines(request, reference: reference, settings: settings)
          .joined(separator: "\n"))
    }
  }

  /// `egide occultation decide`.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    @Option(help: "granted or refused.") var outcome: String
    @Option(help: "When the ruling was notified (a day). Default: today.")
    var notified: String?

    func run() throws {
      let settings = try registry.settings()
      let id = try OccultationID.parse(id)
      let outcome = try OccultationOutcome.parse(outcome)
      let notified = try notified.map { text throws(DomainError) in
        try settings.dates.parsePast(text, field: "notified", now: settings.now)
          .start
      }
      let store = try settings.authorize(
        .occultationDecide, on: .occultation(id)
      ).registry
      let request = try store.transaction { tx in
        try tx.decideOccultation(
          id, outcome, notified: notified, by: settings.actor,
          at: settings.now, calendar: settings.calendar)
      }
      print("\(id): \(request.status.rawValue) by \(request.authority)")
      if request.route.allowsAppeal, request.status == .refused {
        print(
          "Appeal window: "
            + OccultationText.windowText(request, settings: settings))
      }
    }
  }

  /// `egide occultation appeal`.
  struct Appeal: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let settings = try registry.settings()
      let id = try OccultationID.parse(id)
      let store = try settings.authorize(
        .occultationAppeal, on: .occultation(id)
      ).registry
      let request = try store.transaction { tx in
        try tx.appealOccultation(
          id, by: settings.actor, at: settings.now,
          calendar: settings.calendar)
      }
      print("\(id): refusal appealed (\(request.route.legalBasis))")
    }
  }

  /// `egide occultation show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let settings = try registry.settings()
      let id = try OccultationID.parse(id)
      let purpose = try reveal.requested()
      let access = try settings.authorize(
        .occultationShow, on: .occultation(id))
      let store =
        try purpose.map { purpose in
          try access.reveal(
            .occultation, purpose: purpose,
            cases: [access.location?.reference],
            details: ["request": id.description])
        } ?? access.registry
      let (request, reference) = try store.occultation(id)
      print(
        OccultationText.lines(request, reference: reference, settings: settings)
          .joined(separator: "\n"))
      if !store.revealsIdentities { print(HiddenIdentities.notice()) }
    }
  }
}
