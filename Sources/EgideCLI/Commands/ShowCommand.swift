import ArgumentParser
import EgideCore
import EgideStore

/// `egide show`: one case in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract:
      "Show a case: its people, measures, evidence, deadlines and timeline.",
    discussion: """
      Names, summaries, narratives, notes and evidence addresses are left
      out unless --identities is given with a --purpose, which is recorded
      in the access log (who, when, which case, why) before anything is
      shown.

      Example:
        egide show 2026-0042
        egide show 2026-0042 --identities --purpose "Prepare the police complaint"
        egide show 2026-0042 --json
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @OptionGroup var reveal: RevealOptions
  @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
  var json = false

  func run() throws {
    let settings = try registry.settings()
    let reference = try CaseReference.parse(reference)
    let purpose = try reveal.requested()
    let access = try settings.authorize(.show, on: .case(reference))
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .show, purpose: purpose, cases: [reference],
          details: ["command": "show"])
      } ?? access.registry
    let state = try store.caseState(reference)
    let persons = try store.persons(state.report.targets)
    var others: [PersonID: [CaseReference]] = [:]
    for person in persons {
      // A scoped user learns of the person's other cases within the scope.
      others[person.id] = try store.cases(targeting: person.id).filter {
        try access.scope == nil || access.sees(store.location(of: .case($0)))
      }
    }
    let links = try CaseLinks.load(state, from: store) {
      try access.scope == nil || access.sees(store.location(of: .case($0)))
    }
    let notices = try state.measures.filter { $0.kind == .contentTakedown }
      .flatMap { try store.notices(of: $0.id) }
    let display = Display(timeZone: settings.timeZone)
    if json {
      print(
        try JSONOutput.render(
          CaseDocument(
            state, persons: persons, otherCases: others, links: links,
            notices: notices, display: display, now: settings.now)))
    } else {
      print(
        CaseText.render(
          state, persons: persons, otherCases: others, links: links,
          notices: notices, display: display, now: settings.now,
          identitiesHidden: !store.revealsIdentities))
    }
  }
}
