import ArgumentParser
import EgideCore
import EgideStore

/// `egide close`: closes a case without action.
struct CloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close a case without action: unfounded, withdrawn or duplicate.",
    discussion: """
      Example:
        egide close 2026-0043 --reason duplicate --duplicate-of 2026-0042
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(help: "\(ClosureReason.acceptedValues.joined(separator: ", ")).")
  var reason: String
  @Option(help: "The case this one repeats (with --reason duplicate).")
  var duplicateOf: String?

  func run() throws {
    let settings = try registry.settings()
    let reference = try CaseReference.parse(reference)
    let reason = try ClosureReason.parse(reason)
    let original = try duplicateOf.map { text throws(DomainError) in
      try CaseReference.parse(text, field: "duplicate-of")
    }
    let store = try settings.authorize(.close, on: .case(reference)).registry
    let event = try store.transaction { tx in
      if let original, original != reference, try !tx.exists(original) {
        throw DomainError(
          .notFound,
          "duplicate-of \(original) is not a case of this registry; give the reference of the case this one repeats"
        )
      }
      // The case repeated must stand: two cases closed as duplicates of
      // each other would leave no case to follow.
      if let original, original != reference,
        let standing = try tx.state(of: original).duplicateOf
      {
        throw DomainError(
          .forbiddenTransition,
          "duplicate-of \(original) is itself closed as a duplicate of \(standing); give --duplicate-of \(standing)"
        )
      }
      return try tx.record(reference) { state in
        try state.close(
          reason: reason, duplicateOf: original, by: settings.actor,
          at: settings.now)
      }
    }
    print(
      "\(reference): "
        + ChangeDescription.line(
          event.change, display: Display(timeZone: settings.timeZone)))
  }
}
