import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide person find NAME --purpose TEXT`: whether someone is in the
/// registry, found through the blind index.
struct PersonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "person",
    abstract: "Find a registered person by name.",
    subcommands: [PersonFindCommand.self])
}

/// `egide person find`.
struct PersonFindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "find",
    abstract: "Find the registered persons with a name, and their cases.",
    discussion: """
      The name is matched through the registry's blind index (a keyed hash
      of the name with case, accents, hyphens and spacing folded), never
      against names in clear; it needs the registry key. Learning that a
      person is in the registry is itself sensitive: the lookup is written
      to the access log with its purpose.

      Example:
        egide person find "Aline Vautrin" --purpose "new report from her clerk"
      """)

  @Argument(help: "The person's name as it would be reported.")
  var name: String

  @Option(help: "Why you look this person up (written to the access log).")
  var purpose: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let purpose = try AccessEntry.purpose(purpose)
    let name = try TextRule.required(
      name, field: "name", limit: TextRule.shortLimit)
    let access = try settings.authorize(.revealIdentities)
    let store = access.registry
    // A scoped user finds the persons of the courts of their scope only.
    // and of their cases, those within it.
    let found = try store.persons(named: name).filter {
      access.sees(court: $0.person.court.code)
    }.map { person, cases in
      (
        person,
        try cases.filter { access.sees(try store.location(of: .case($0))) }
      )
    }
    // One entry per case the lookup points at (one without a case when it
    // finds none), so that `audit --case` shows the lookup.
    let pointed = Set(found.flatMap(\.1)).sorted()
    let details = [
      "matches": String(found.count),
      "persons": found.map(\.0.id.description).joined(separator: ","),
    ]
    try store.recordAccess(
      (pointed.isEmpty ? [nil] : pointed.map(Optional.some)).map {
        reference throws(DomainError) in
        try AccessEntry(
          actor: settings.actor, recordedAt: settings.now,
          action: .personSearch, caseReference: reference, purpose: purpose,
          details: details)
      })
    guard !found.isEmpty else {
      print("No registered person has this name.")
      return
    }
    for (person, cases) in found {
      let function = person.function.map { ", \($0.rawValue)" } ?? ""
      print(
        "\(person.id)  \(person.role.rawValue)\(function), \(person.court.code)  cases: \(cases.map(\.description).joined(separator: " "))"
      )
    }
  }
}
