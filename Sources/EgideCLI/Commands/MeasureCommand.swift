import ArgumentParser
import EgideCore
import EgideService

/// `egide measure`: request protective measures and follow their status.
struct MeasureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure",
    abstract: "Request a protective measure, or update its status.",
    discussion: """
      Example:
        egide measure request 2026-0042 --kind statutory_protection --authority "Chefs de cour"
        egide measure update M-000003 --status granted
      """,
    subcommands: [Request.self, Update.self])

  /// `egide measure request`.
  struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "request",
      abstract: "Request a protective measure in a case.",
      discussion: """
        The beneficiary defaults to the first person targeted in the case.

        statutory_protection is the protection fonctionnelle; its basis
        follows from the status of the person protected: magistrates,
        ordonnance n° 58-1270 art. 11 al. 1 (request in writing to the garde
        des Sceaux, décret n° 93-21 art. 11-30); their relatives, art. 11
        al. 2; greffe and other staff, Code général de la fonction publique
        L134-1 and L134-5; their relatives, that chapter's extension to the
        family. Silence for two months is a refusal (CRPA L231-4 5°).

        Example:
          egide measure request 2026-0042 --kind police_protection \\
            --authority "Préfecture de Seine-Saint-Denis" --due 05/12/2026
          egide measure request 2026-0042 --kind statutory_protection \\
            --authority "Garde des Sceaux" --requested-on 2026-11-02
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
    @Option(
      help: "\(MeasureKind.acceptedValues.joined(separator: ", ")).",
      completion: MeasureKind.completion, transform: MeasureKind.code)
    var kind: String
    @Option(
      help:
        "The authority the request is addressed to; - reads it from standard input, @FILE from a file."
    )
    var authority: String
    @Option(
      help:
        "When a decision is due: a date (23:59 that day in the court's time zone) or a date and time."
    )
    var due: String?
    @Option(help: "The person protected (P-000012); default: the first target.")
    var beneficiary: String?
    @Option(
      help:
        "statutory_protection: the day of the written request (default today); its silence becomes a refusal two months later, the default due date."
    )
    var requestedOn: String?

    func run() throws {
      var input = ArgumentInput()
      let authority = try input.value(authority, option: "--authority")
      let receipt = try registry.client().send(
        RequestMeasure(
          reference: reference, kind: kind, authority: authority, due: due,
          beneficiary: beneficiary, requestedOn: requestedOn))
      print(
        "\(receipt.reference): measure \(receipt.measure) requested (\(receipt.kind))"
      )
    }
  }

  /// `egide measure update`.
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Move a measure to a new status.",
      discussion: """
        requested → granted | partially_granted | refused | in_place | withdrawn;
        granted, partially_granted → in_place | withdrawn; in_place → lifted.

        Example:
          egide measure update M-000003 --status granted --note "Patrols twice a night"
          egide measure update M-000004 --status granted --decided-on 2026-11-20 \\
            --facts "Menaces publiées le 2 novembre" --duration "the proceedings"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The measure identifier, e.g. M-000003.") var id: String
    @Option(
      help: "\(MeasureStatus.acceptedValues.joined(separator: ", ")).",
      completion: MeasureStatus.completion, transform: MeasureStatus.code)
    var status: String
    @Option(
      help:
        "A note on the decision; - reads it from standard input, @FILE from a file."
    ) var note: String?
    @Option(
      help:
        "statutory_protection decided: the day of the decision (default today)."
    ) var decidedOn: String?
    @Option(
      help:
        "statutory_protection decided: the facts the protection covers; - reads them from standard input, @FILE from a file."
    ) var facts: String?
    @Option(help: "statutory_protection decided: how long it lasts.")
    var duration: String?
    @Option(help: "statutory_protection decided: the lawyer chosen.")
    var lawyer: String?

    func run() throws {
      var input = ArgumentInput()
      let note = try input.optional(note, option: "--note")
      let facts = try input.optional(facts, option: "--facts")
      let receipt = try registry.client().send(
        UpdateMeasure(
          measure: id, status: status, note: note, decidedOn: decidedOn,
          facts: facts, duration: duration, lawyer: lawyer))
      print(
        "\(receipt.reference): measure \(receipt.measure) is now \(receipt.status)"
      )
    }
  }
}
