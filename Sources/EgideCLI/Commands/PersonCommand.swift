import ArgumentParser
import EgideService

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

      The name can be read by other local users in the process list and
      stays in the shell's history: give - to read it from standard input
      or @FILE to read it from a file (@@TEXT for a name that starts
      with @).

      Example:
        egide person find "Aline Vautrin" --purpose "new report from her clerk"
        egide person find - --purpose "new report from her clerk" < name.txt
      """)

  @Argument(
    help:
      "The person's name as it would be reported; - reads it from standard input, @FILE from a file."
  )
  var name: String

  @Option(help: "Why you look this person up (written to the access log).")
  var purpose: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    var input = ArgumentInput()
    let name = try input.value(name, option: "NAME")
    let client = try registry.client()
    let result = try client.send(FindPerson(name: name, purpose: purpose))
    guard !result.persons.isEmpty else {
      print("No registered person has this name.")
      return
    }
    for person in result.persons {
      let function = person.function.map { ", \($0)" } ?? ""
      print(
        "\(person.id)  \(person.role)\(function), \(person.court)  cases: \(person.cases.joined(separator: " "))"
      )
    }
  }
}
