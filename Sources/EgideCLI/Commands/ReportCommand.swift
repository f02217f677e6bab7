import ArgumentParser
import EgideCore
import EgideService
import Foundation

/// `egide report`: logs a new case and prints its reference.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Log a new case and print its reference.",
    discussion: """
      Required: --kind, --channel, --court, a target (--target NAME --role ROLE,
      or --person ID) and --summary. In a terminal, missing fields are asked
      for; otherwise the command fails and lists them.

      --role and --function pair with --target in order: give one --role per
      --target (or one for all), and either no --function or one per target
      (use '-' for a target without one). A family member is linked to the
      first staff member targeted in the same report.

      Example:
        egide report --kind threat --kind doxxing --channel social_network \\
          --platform x --court Bobigny --occurred "20/11/2026 21:40" \\
          --target "Name Surname" --role judge --function jld \\
          --severity high --factor home_exposed \\
          --summary "Threat posted with the judge's home address" \\
          --narrative @account.txt --author @handle_of_author
      """)

  @OptionGroup var registry: RegistryOptions

  @Option(
    help:
      "What happened (repeatable): \(IncidentKind.acceptedValues.joined(separator: ", "))."
  )
  var kind: [String] = []
  @Option(
    help:
      "When it happened: YYYY-MM-DD[THH:MM], DD/MM/YYYY [HH:MM] or YYYY-MM if only the month is known."
  )
  var occurred: String?
  @Option(
    help:
      "How it reached the person: \(Channel.acceptedValues.joined(separator: ", "))."
  )
  var channel: String?
  @Option(
    help:
      "The platform, for online channels: \(Platform.acceptedValues.joined(separator: ", "))."
  )
  var platform: String?
  @Option(help: "The court: a code (tj93008) or an unambiguous name (Bobigny).")
  var court: String?
  @Option(help: "The name of a targeted person to register (repeatable).")
  var target: [String] = []
  @Option(
    help:
      "The role of each --target: \(Role.acceptedValues.joined(separator: ", "))."
  )
  var role: [String] = []
  @Option(
    help:
      "The function of each --target, or '-' (e.g. jld, juge_des_enfants, greffier)."
  )
  var function: [String] = []
  @Option(
    help:
      "A person already registered, by identifier such as P-000012 (repeatable)."
  )
  var person: [String] = []
  @Option(
    help:
      "The reporter's estimate: \(Severity.acceptedValues.joined(separator: ", "))."
  )
  var severity: String?
  @Option(
    help:
      "A risk factor (repeatable): \(RiskFactor.acceptedValues.joined(separator: ", "))."
  )
  var factor: [String] = []
  @Option(help: "One line saying what happened.")
  var summary: String?
  @Option(help: "The full account, or @FILE to read it from a file.")
  var narrative: String?
  @Option(help: "A handle or name of an author (repeatable).")
  var author: [String] = []

  mutating func run() throws {
    let client = try registry.client()
    try askForMissingFields()
    let receipt = try client.send(try request())
    print(receipt.reference)
    // For the person at the terminal; `show` lists each person's cases.
    guard isatty(STDERR_FILENO) == 1 else { return }
    for linked in receipt.linkedPersons {
      Terminal.error(
        "note: linked \(linked.person), already registered with this name, role and court (cases \(linked.earlierCases.joined(separator: ", ")))"
      )
    }
  }

  /// The report these options describe, as the service reads it.
  func request() throws -> ReportCase {
    try ReportCase(
      kinds: kind, occurred: occurred, channel: channel ?? "",
      platform: platform, court: court ?? "", targets: targets(),
      persons: person, severity: severity, factors: factor,
      summary: summary ?? "",
      narrative: narrative.map { try Self.readText($0, field: "narrative") },
      authors: author)
  }

  /// The names of required fields not given.
  var missingFields: [String] {
    var missing: [String] = []
    if kind.isEmpty { missing.append("--kind") }
    if channel == nil { missing.append("--channel") }
    if court == nil { missing.append("--court") }
    if target.isEmpty && person.isEmpty {
      missing.append("--target/--role or --person")
    }
    if summary == nil { missing.append("--summary") }
    return missing
  }

  private mutating func askForMissingFields() throws {
    guard !missingFields.isEmpty else { return }
    guard Terminal.isInteractive else {
      throw CLIError(
        .usage,
        "missing required fields: \(missingFields.joined(separator: ", ")); give them on the command line (egide report --help)"
      )
    }
    if kind.isEmpty,
      let answer = Terminal.ask(
        "Kind (\(IncidentKind.acceptedValues.joined(separator: ", "))): ",
        { text in
          let values = text.split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }.filter { !$0.isEmpty }
          for value in values { _ = try IncidentKind.parse(value) }
          guard !values.isEmpty else {
            throw DomainError(.invalidValue, "kind is empty; give at least one")
          }
          return values
        })
    {
      kind = answer
    }
    if channel == nil {
      channel = Terminal.ask(
        "Channel (\(Channel.acceptedValues.joined(separator: ", "))): ",
        { text in try Channel.parse(text).rawValue })
    }
    if court == nil {
      court = Terminal.ask(
        "Court (code or name, e.g. Bobigny): ",
        { text in try CourtDirectory.shared.resolve(text).code })
    }
    if target.isEmpty && person.isEmpty,
      let name = Terminal.ask(
        "Targeted person's name: ",
        { text in
          try TextRule.required(
            text, field: "target name", limit: TextRule.shortLimit)
        }),
      let answer = Terminal.ask(
        "Role (\(Role.acceptedValues.joined(separator: ", "))): ",
        { text in try Role.parse(text).rawValue })
    {
      target = [name]
      role = [answer]
    }
    if summary == nil {
      summary = Terminal.ask(
        "Summary (one line): ",
        { text in
          try TextRule.required(
            text, field: "summary", limit: TextRule.lineLimit)
        })
    }
    if !missingFields.isEmpty {
      throw CLIError(
        .usage,
        "missing required fields: \(missingFields.joined(separator: ", ")) (input ended)"
      )
    }
  }

  /// The persons to register: each --target with its --role and
  /// --function, paired in order.
  private func targets() throws -> [ReportCase.Target] {
    guard !target.isEmpty else {
      if !role.isEmpty || !function.isEmpty {
        throw CLIError(
          .usage,
          "--role and --function describe a --target; give --target NAME")
      }
      return []
    }
    guard role.count == target.count || role.count == 1 else {
      throw CLIError(
        .usage,
        "role is given \(role.count) times for \(target.count) targets; give one --role per --target, or one for all"
      )
    }
    guard function.isEmpty || function.count == target.count else {
      throw CLIError(
        .usage,
        "function is given \(function.count) times for \(target.count) targets; give one per --target ('-' for none) or none"
      )
    }
    return target.enumerated().map { index, name in
      ReportCase.Target(
        name: name, role: role.count == 1 ? role[0] : role[index],
        function: function.isEmpty || function[index] == "-"
          ? nil : function[index])
    }
  }

  /// The most bytes read from a file named after `@`: far more than any
  /// text egide keeps.
  static let maximumTextFileSize = 1 << 20

  /// The text itself, or the contents of the file named after `@`.
  ///
  /// `field` names the text in messages (`narrative`, `note`).
  static func readText(_ value: String, field: String) throws -> String {
    guard value.hasPrefix("@") else { return value }
    let path = String(value.dropFirst())
    let data = try InputFile.read(
      path, what: "\(field) file", hint: "give a readable file after @",
      maximumSize: maximumTextFileSize)
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError(
        .dataError,
        "\(field) file '\(path)' is not UTF-8 text; save it as UTF-8")
    }
    return text
  }
}
