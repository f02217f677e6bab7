import EgideCore
import EgideStore

/// The common path of the commands that change one case: parse the
/// reference, check the acting user, decide and record in one
/// transaction, print what happened.
enum CaseChangeRunner {
  static func run(
    _ reference: String, _ options: RegistryOptions,
    _ permission: Permission,
    checking check: (Access) throws -> Void = { _ in },
    _ decide: (CaseState, Settings) throws -> CaseEvent
  ) throws {
    let settings = try options.settings()
    let reference = try CaseReference.parse(reference)
    let access = try settings.authorize(permission, on: .case(reference))
    try check(access)
    let registry = access.registry
    let event = try registry.transaction { tx in
      try tx.record(reference) { state in try decide(state, settings) }
    }
    let display = Display(timeZone: settings.timeZone)
    print(
      "\(reference): "
        + ChangeDescription.line(event.change, display: display))
  }
}
