import EgideCore
import EgideService
import Foundation

/// `egide report` in a terminal: the questions a delegate answers, in
/// order and in the user's language, each answer checked as it is given.
extension ReportCommand {
  /// Asks in a terminal for every field a delegate knows that the command
  /// line did not give: kinds, when, channel, platform, court (checked
  /// against the user's scope at once), the people targeted with their
  /// role and function, severity and risk factors (`?` explains them),
  /// summary, narrative (in `$VISUAL` or `$EDITOR`), authors; then shows
  /// a recap and asks to confirm.
  ///
  /// Ctrl-C or Ctrl-D stops and records nothing, and says so.
  ///
  /// - Returns: false when the user declined at the recap: nothing is to
  ///   be recorded.
  /// - Throws: ``CLIError`` when input ends; ``AccessRefusal`` before any
  ///   question for a user who may not report.
  mutating func interview(client: any RegistryClient) throws -> Bool {
    let session = try client.send(CurrentSession())
    guard session.permissions.contains(Permission.report.rawValue) else {
      // The service words the refusal: naming the user and the admins.
      _ = try client.send(try request())
      return false
    }
    let scope = session.scope.flatMap { text -> UserScope? in
      let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
      return parts.count == 2 ? UserScope(kind: parts[0], code: parts[1]) : nil
    }
    let zone = TimeZone(identifier: session.timeZone) ?? client.display.timeZone
    let interruption = InterruptionNotice()
    defer { interruption.remove() }
    Terminal.error(
      Words.en(
        "Reporting a case. Press Enter to skip a question marked optional, type ? for help where offered. Ctrl-C or Ctrl-D stops and records nothing.",
        fr:
          "Signalement d'un dossier. Appuyez sur Entrée pour passer une question facultative, tapez ? pour l'aide quand elle est proposée. Ctrl-C ou Ctrl-D arrête sans rien enregistrer."
      ))
    let ask = Interview()
    // From scratch, every field is asked; after a partial command line,
    // only the required fields it lacks.
    let full =
      kind.isEmpty && occurred == nil && channel == nil && platform == nil
      && court == nil && target.isEmpty && person.isEmpty && severity == nil
      && factor.isEmpty && summary == nil && narrative == nil && author.isEmpty
    if kind.isEmpty {
      kind = try ask.list(
        Words.en(
          "Kinds (comma-separated)", fr: "Natures (séparées par des virgules)"),
        of: IncidentKind.self, required: true)
    }
    if full, occurred == nil {
      occurred = try ask.optional(
        Words.en(
          "When it happened (\(DateInput.acceptedForms))",
          fr:
            "Quand (\(DateInput.acceptedForms.replacingOccurrences(of: " or ", with: " ou ")))"
        )
      ) { text in
        _ = try DateInput(timeZone: zone).parsePast(
          text, field: "occurred", now: Date())
        return text
      }
    }
    if channel == nil {
      channel = try ask.value(
        Words.en("Channel", fr: "Canal"), of: Channel.self
      )
      .rawValue
    }
    if full, platform == nil, let channel,
      Channel(rawValue: channel)?.hasPlatforms == true
    {
      platform = try ask.optionalValue(
        Words.en("Platform", fr: "Plateforme"), of: Platform.self)?.rawValue
    }
    if court == nil {
      court = try ask.required(
        Words.en(
          "Court (code or name, e.g. Bobigny)",
          fr: "Juridiction (code ou nom, par ex. Bobigny)")
      ) { text in
        let found = try CourtDirectory.shared.resolve(text)
        if let scope, !scope.contains(court: found.code) {
          throw CLIError(
            .noPermission,
            Words.en(
              "\(found.code) (\(found.name)) is outside your scope (\(scope)); give a court of your scope",
              fr:
                "\(found.code) (\(found.name)) est hors de votre périmètre (\(scope)) ; indiquez une juridiction de votre périmètre"
            ))
        }
        return found.code
      }
    }
    if target.isEmpty && person.isEmpty {
      try askPeople(ask, full: full)
    }
    if full, severity == nil {
      severity = try ask.optionalValue(
        Words.en("Severity, your estimate", fr: "Gravité, selon vous"),
        of: Severity.self, help: InterviewHelp.severity)?.rawValue
    }
    if full, factor.isEmpty {
      factor = try ask.list(
        Words.en(
          "Risk factors (comma-separated)",
          fr: "Facteurs de risque (séparés par des virgules)"),
        of: RiskFactor.self, required: false, help: InterviewHelp.factors)
    }
    if summary == nil {
      summary = try ask.required(
        Words.en("Summary, one line", fr: "Résumé, en une ligne")
      ) { text in
        try TextRule.required(text, field: "summary", limit: TextRule.lineLimit)
      }
    }
    if full, narrative == nil {
      narrative = try ask.narrative()
    }
    if full, author.isEmpty {
      author =
        try ask.optional(
          Words.en(
            "Authors, handles or names (comma-separated)",
            fr: "Auteurs, pseudonymes ou noms (séparés par des virgules)")
        ) { $0 }.map {
          $0.split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }
          .filter { !$0.isEmpty }
        } ?? []
    }
    Terminal.error(recap())
    return try ask.confirm()
  }

  /// The people targeted: a name, a role and a function each, until the
  /// user gives no further name.
  private mutating func askPeople(_ ask: Interview, full: Bool) throws {
    var first = true
    while true {
      let question =
        first
        ? Words.en(
          "Name of the person targeted", fr: "Nom de la personne visée")
        : Words.en(
          "Another person targeted, or a relative of the first",
          fr: "Autre personne visée, ou un proche de la première")
      let given: String?
      if first {
        given = try ask.required(question) { text in
          try TextRule.required(
            text, field: "target name", limit: TextRule.shortLimit)
        }
      } else {
        given = try ask.optional(question) { text in
          try TextRule.required(
            text, field: "target name", limit: TextRule.shortLimit)
        }
      }
      guard let name = given else { return }
      let role = try ask.value(Words.en("Role", fr: "Rôle"), of: Role.self)
      var function = "-"
      if full, role != .family {
        function =
          try ask.optionalValue(
            Words.en("Function", fr: "Fonction"), of: StaffFunction.self)?
          .rawValue
          ?? "-"
      }
      target.append(name)
      self.role.append(role.rawValue)
      self.function.append(function)
      guard full else { return }
      first = false
    }
  }

  /// Every field as it will be recorded, for the user to check.
  func recap() -> String {
    func names<Value: DomainValue>(_ codes: [String], _ type: Value.Type)
      -> String
    {
      codes.map { CaseListText.name($0, of: type) }.joined(separator: ", ")
    }
    let none = Words.en("—", fr: "—")
    var lines = [
      "", Words.en("Please check:", fr: "Vérifiez :"),
      CaseText.label("Kinds", "Nature") + names(kind, IncidentKind.self),
      CaseText.label("Occurred", "Survenu") + (occurred ?? none),
      CaseText.label("Channel", "Canal")
        + names([channel ?? ""], Channel.self)
        + (platform.map { " (\(CaseListText.name($0, of: Platform.self)))" }
          ?? ""),
      CaseText.label("Court", "Juridiction")
        + (court.map { code in
          CourtDirectory.shared.court(code: code).map { "\(code) (\($0.name))" }
            ?? code
        } ?? none),
    ]
    for (index, name) in target.enumerated() {
      let role = role.count == 1 ? role[0] : role[safe: index] ?? ""
      let function = function[safe: index].flatMap { $0 == "-" ? nil : $0 }
      lines.append(
        CaseText.label("Person", "Personne") + "\(name) — "
          + CaseListText.name(role, of: Role.self)
          + (function.map {
            " (\(CaseListText.name($0, of: StaffFunction.self)))"
          } ?? ""))
    }
    for id in person {
      lines.append(CaseText.label("Person", "Personne") + id)
    }
    lines += [
      CaseText.label("Severity", "Gravité")
        + (severity.map { CaseListText.name($0, of: Severity.self) } ?? none),
      CaseText.label("Factors", "Facteurs")
        + (factor.isEmpty ? none : names(factor, RiskFactor.self)),
      CaseText.label("Summary", "Résumé") + (summary ?? none),
      CaseText.label("Narrative", "Récit")
        + (narrative.map {
          Typography.count(
            $0.split(separator: "\n", omittingEmptySubsequences: false).count,
            "line", "lines", fr: "ligne", "lignes")
        } ?? none),
      CaseText.label("Authors", "Auteurs")
        + (author.isEmpty ? none : author.joined(separator: ", ")),
    ]
    return lines.joined(separator: "\n")
  }
}

extension Array {
  /// The element at `index`, nil past the end.
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
