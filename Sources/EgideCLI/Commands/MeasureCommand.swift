import ArgumentParser
import EgideCore
import EgideStore
import Foundation

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
      abstract: "Request a protective measure in a case.",
      discussion: """
        The beneficiary defaults to the first person targeted in the case.

        Example:
          egide measure request 2026-0042 --kind police_protection \\
            --authority "Préfecture de Seine-Saint-Denis" --due 05/12/2026
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
    @Option(help: "\(MeasureKind.acceptedValues.joined(separator: ", ")).")
    var kind: String
    @Option(help: "The authority the request is addressed to.") var authority:
      String
    @Option(help: "When a decision is due (a date; the end of that day).")
    var due: String?
    @Option(help: "The person protected (P-000012); default: the first target.")
    var beneficiary: String?

    func run() throws {
      let settings = try registry.settings()
      let reference = try CaseReference.parse(reference)
      let kind = try MeasureKind.parse(kind)
      let due = try due.map { text throws(DomainError) in
        let date = try settings.dates.parse(text, field: "due")
        guard date.precision == .day || date.precision == .minute else {
          throw DomainError(
            .invalidValue,
            "due '\(text)' names a month; give a day such as 05/12/2026")
        }
        if date.precision == .day {
          let calendar = Calendar.gregorian(in: settings.timeZone)
          let next =
            calendar.date(byAdding: .day, value: 1, to: date.start)
            ?? date.start
          return next.addingTimeInterval(-1)
        }
        return date.start
      }
      let beneficiary = try beneficiary.map { text throws(DomainError) in
        try PersonID.parse(text)
      }
      let store = try settings.authorize(
        .measureRequest, on: .case(reference)
      ).registry
      let id = try store.transaction { tx in
        try tx.requestMeasure(
          in: reference, kind: kind, authority: authority, due: due,
          beneficiary: beneficiary, by: settings.actor, at: settings.now)
      }
      print("\(reference): measure \(id) requested (\(kind.rawValue))")
    }
  }

  /// `egide measure update`.
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move a measure to a new status.",
      discussion: """
        requested → granted | partially_granted | refused | in_place | withdrawn;
        granted, partially_granted → in_place | withdrawn; in_place → lifted.

        Example:
          egide measure update M-000003 --status granted --note "Patrols twice a night"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The measure identifier, e.g. M-000003.") var id: String
    @Option(help: "\(MeasureStatus.acceptedValues.joined(separator: ", ")).")
    var status: String
    @Option(help: "A note on the decision.") var note: String?

    func run() throws {
      let settings = try registry.settings()
      let id = try MeasureID.parse(id)
      let status = try MeasureStatus.parse(status)
      let store = try settings.authorize(.measureUpdate, on: .measure(id))
        .registry
      let reference = try store.transaction { tx in
        try tx.updateMeasure(
          id, to: status, note: note, by: settings.actor, at: settings.now)
      }
      print("\(reference): measure \(id) is now \(status.rawValue)")
    }
  }
}
