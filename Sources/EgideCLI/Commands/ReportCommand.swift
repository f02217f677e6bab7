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

      --target, --summary, --narrative and --author accept '-' (read the
      value from standard input; one option per invocation) and @FILE (read
      it from a file of at most 1 MiB, one trailing line break dropped;
      @@TEXT for a text that starts with @). Names given in clear on the
      command line can be read by any local user in the process list and
      stay in the shell's history: in a terminal, egide warns once.
      Handles start with @, so --author reads a file only when the path
      after @ holds a / (--author @./authors.txt).

      The assessment is due within working days by severity (critical 1,
      high 3, moderate and low 7, none 3), counted in the calendar of the
      court (Alsace-Moselle and each overseas territory keep their own
      holidays) and ending at 23:59 in the court's own time zone.

      Example:
        egide report --kind threat --kind doxxing --channel social_network \\
          --platform x --court Bobigny --occurred "20/11/2026 21:40" \\
          --target "Name Surname" --role judge --function jld \\
          --severity high --factor home_exposed \\
          --summary "Threat posted with the judge's home address" \\
          --narrative @account.txt --author @handle_of_author
        egide report ... --target @name.txt --role judge --summary -
      """)

  @OptionGroup var registry: RegistryOptions

  @Option(
    help:
      "What happened (repeatable): \(IncidentKind.acceptedValues.joined(separator: ", ")).",
    completion: IncidentKind.completion, transform: IncidentKind.code)
  var kind: [String] = []
  @Option(
    help:
      "When it happened: YYYY-MM-DD[THH:MM], DD/MM/YYYY [HH:MM] or YYYY-MM if only the month is known."
  )
  var occurred: String?
  @Option(
    help:
      "How it reached the person: \(Channel.acceptedValues.joined(separator: ", ")).",
    completion: Channel.completion, transform: Channel.code)
  var channel: String?
  @Option(
    help:
      "The platform, for online channels: \(Platform.acceptedValues.joined(separator: ", ")).",
    completion: Platform.completion, transform: Platform.code)
  var platform: String?
  @Option(
    help:
      "The court: a code (tj93008) or a name (Bobigny, TJ de Paris, TGI de Bobigny, a chambre de proximité such as Condom)."
  )
  var court: String?
  @Option(
    help:
      "The name of a targeted person to register (repeatable); - reads it from standard input, @FILE from a file."
  )
  var target: [String] = []
  @Option(
    help:
      "The role of each --target: \(Role.acceptedValues.joined(separator: ", ")).",
    completion: Role.completion, transform: Role.code)
  var role: [String] = []
  @Option(
    help:
      "The function of each --target, or '-' (e.g. jld, juge_des_enfants, greffier).",
    completion: StaffFunction.completion,
    transform: { $0 == "-" ? $0 : try StaffFunction.code($0) })
  var function: [String] = []
  @Option(
    help:
      "A person already registered, by identifier such as P-000012 (repeatable)."
  )
  var person: [String] = []
  @Option(
    help:
      "The reporter's estimate: \(Severity.acceptedValues.joined(separator: ", ")).",
    completion: Severity.completion, transform: Severity.code)
  var severity: String?
  @Option(
    help:
      "A risk factor (repeatable): \(RiskFactor.acceptedValues.joined(separator: ", ")).",
    completion: RiskFactor.completion, transform: RiskFactor.code)
  var factor: [String] = []
  @Option(
    help:
      "One line saying what happened; - reads it from standard input, @FILE from a file."
  )
  var summary: String?
  @Option(
    help:
      "The full account; - reads it from standard input, @FILE from a file.")
  var narrative: String?
  @Option(
    help:
      "A handle or name of an author (repeatable); - reads it from standard input, @PATH (with a /) from a file."
  )
  var author: [String] = []

  mutating func run() throws {
    if let warning = ClearTextWarning.warning(
      clearOptions: clearTextOptions,
      standardInputIsTerminal: Terminal.isInteractive)
    {
      Terminal.error(warning)
    }
    let client = try registry.client()
    try readArgumentInputs()
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
      summary: summary ?? "", narrative: narrative, authors: author)
  }

  /// The identifying options given in clear on the command line, where
  /// other local users can read them: not `-` nor `@FILE`.
  var clearTextOptions: [String] {
    func clear(_ value: String) -> Bool {
      value != "-" && (!value.hasPrefix("@") || value.hasPrefix("@@"))
    }
    var options: [String] = []
    if target.contains(where: clear) { options.append("--target") }
    if let summary, clear(summary) { options.append("--summary") }
    if let narrative, clear(narrative) { options.append("--narrative") }
    return options
  }

  /// Replaces each `-`, `@FILE` and `@@TEXT` of the identifying options by
  /// the value it stands for (see ``ArgumentInput``).
  private mutating func readArgumentInputs() throws {
    var input = ArgumentInput()
    target = try input.values(target, option: "--target")
    summary = try input.optional(summary, option: "--summary")
    narrative = try input.optional(narrative, option: "--narrative")
    author = try input.values(author, option: "--author", form: .handle)
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
}
