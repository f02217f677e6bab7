import ArgumentParser
import EgideCore
import EgideService
import Foundation

/// `egide report`: logs a new case and prints its reference.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: Words.en(
      "Log a new case and print its reference.",
      fr: "Enregistre un nouveau dossier et affiche sa référence."),
    discussion: Words.en(
      """
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
      """,
      fr: """
        Obligatoires : --kind, --channel, --court, une personne visée
        (--target NOM --role RÔLE, ou --person ID) et --summary. Dans un
        terminal, les champs manquants sont demandés ; sinon la commande
        échoue et les énumère.

        --role et --function s'associent à --target dans l'ordre : donnez un
        --role par --target (ou un seul pour toutes), et soit aucun
        --function, soit un par personne visée (« - » pour une personne sans
        fonction). Un membre de la famille est rattaché au premier agent visé
        dans le même signalement.

        --target, --summary, --narrative et --author acceptent « - » (lire la
        valeur sur l'entrée standard ; une seule option par appel) et
        @FICHIER (la lire dans un fichier de 1 Mio au plus, un saut de ligne
        final retiré ; @@TEXTE pour un texte qui commence par @). Les noms
        donnés en clair sur la ligne de commande peuvent être lus par tout
        utilisateur local dans la liste des processus et restent dans
        l'historique du shell : dans un terminal, egide avertit une fois.
        Les pseudonymes commencent par @ : --author ne lit donc un fichier
        que si le chemin après @ contient un / (--author @./authors.txt).

        L'évaluation est due dans un délai en jours ouvrés qui dépend de la
        gravité (critical 1, high 3, moderate et low 7, aucune 3), compté
        selon le calendrier de la juridiction (l'Alsace-Moselle et chaque
        territoire d'outre-mer gardent leurs propres jours fériés) et
        expirant à 23 h 59, heure locale de la juridiction.

        Exemples :
          egide report --kind threat --kind doxxing --channel social_network \\
            --platform x --court Bobigny --occurred "20/11/2026 21:40" \\
            --target "Prénom Nom" --role judge --function jld \\
            --severity high --factor home_exposed \\
            --summary "Menace publiée avec l'adresse du domicile du juge" \\
            --narrative @account.txt --author @handle_of_author
          egide report ... --target @name.txt --role judge --summary -
        """))

  @OptionGroup var registry: RegistryOptions

  @Option(
    help: .en(
      "What happened (repeatable): \(IncidentKind.acceptedValues.joined(separator: ", ")).",
      fr:
        "Ce qui s'est passé (répétable) : \(IncidentKind.acceptedValues.joined(separator: ", "))."
    ),
    completion: IncidentKind.completion, transform: IncidentKind.code)
  var kind: [String] = []
  @Option(
    help: .en(
      "When it happened: YYYY-MM-DD[THH:MM], DD/MM/YYYY [HH:MM] or YYYY-MM if only the month is known.",
      fr:
        "Quand les faits ont eu lieu : AAAA-MM-JJ[THH:MM], JJ/MM/AAAA [HH:MM] ou AAAA-MM si seul le mois est connu."
    ))
  var occurred: String?
  @Option(
    help: .en(
      "How it reached the person: \(Channel.acceptedValues.joined(separator: ", ")).",
      fr:
        "Comment les faits ont atteint la personne : \(Channel.acceptedValues.joined(separator: ", "))."
    ),
    completion: Channel.completion, transform: Channel.code)
  var channel: String?
  @Option(
    help: .en(
      "The platform, for online channels: \(Platform.acceptedValues.joined(separator: ", ")).",
      fr:
        "La plateforme, pour les canaux en ligne : \(Platform.acceptedValues.joined(separator: ", "))."
    ),
    completion: Platform.completion, transform: Platform.code)
  var platform: String?
  @Option(
    help: .en(
      "The court: a code (tj93008) or a name (Bobigny, TJ de Paris, TGI de Bobigny, a chambre de proximité such as Condom).",
      fr:
        "La juridiction : un code (tj93008) ou un nom (Bobigny, TJ de Paris, TGI de Bobigny, une chambre de proximité comme Condom)."
    ), completion: CompletionValues.courts)
  var court: String?
  @Option(
    help: .en(
      "The name of a targeted person to register (repeatable); - reads it from standard input, @FILE from a file.",
      fr:
        "Le nom d'une personne visée à enregistrer (répétable) ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
    ))
  var target: [String] = []
  @Option(
    help: .en(
      "The role of each --target: \(Role.acceptedValues.joined(separator: ", ")).",
      fr:
        "Le rôle de chaque --target : \(Role.acceptedValues.joined(separator: ", "))."
    ),
    completion: Role.completion, transform: Role.code)
  var role: [String] = []
  @Option(
    help: .en(
      "The function of each --target, or '-' (e.g. jld, juge_des_enfants, greffier).",
      fr:
        "La fonction de chaque --target, ou « - » (par ex. jld, juge_des_enfants, greffier)."
    ),
    completion: StaffFunction.completion,
    transform: { $0 == "-" ? $0 : try StaffFunction.code($0) })
  var function: [String] = []
  @Option(
    help: .en(
      "A person already registered, by identifier such as P-000012 (repeatable).",
      fr:
        "Une personne déjà enregistrée, par son identifiant, par ex. P-000012 (répétable)."
    ))
  var person: [String] = []
  @Option(
    help: .en(
      "The reporter's estimate: \(Severity.acceptedValues.joined(separator: ", ")).",
      fr:
        "L'estimation du déclarant : \(Severity.acceptedValues.joined(separator: ", "))."
    ),
    completion: Severity.completion, transform: Severity.code)
  var severity: String?
  @Option(
    help: .en(
      "A risk factor (repeatable): \(RiskFactor.acceptedValues.joined(separator: ", ")).",
      fr:
        "Un facteur de risque (répétable) : \(RiskFactor.acceptedValues.joined(separator: ", "))."
    ),
    completion: RiskFactor.completion, transform: RiskFactor.code)
  var factor: [String] = []
  @Option(
    help: .en(
      "One line saying what happened; - reads it from standard input, @FILE from a file.",
      fr:
        "Une ligne qui dit ce qui s'est passé ; - la lit sur l'entrée standard, @FICHIER dans un fichier."
    ))
  var summary: String?
  @Option(
    help: .en(
      "The full account; - reads it from standard input, @FILE from a file.",
      fr:
        "Le récit complet ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
    ))
  var narrative: String?
  @Option(
    help: .en(
      "A handle or name of an author (repeatable); - reads it from standard input, @PATH (with a /) from a file.",
      fr:
        "Un pseudonyme ou un nom d'auteur (répétable) ; - le lit sur l'entrée standard, @CHEMIN (avec un /) dans un fichier."
    ))
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
    if !missingFields.isEmpty {
      guard Terminal.isInteractive else {
        throw CLIError(
          .usage,
          "missing required fields: \(missingFields.joined(separator: ", ")); give them on the command line (egide report --help)"
        )
      }
      guard try interview(client: client) else { return }
    }
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
