import ArgumentParser
import EgideCore
import EgideService
import Foundation

/// `egide exposure`: find registered persons named or identifiable in
/// published court decisions.
struct ExposureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exposure",
    abstract: Words.en(
      "Find registered persons named or identifiable in published court decisions.",
      fr:
        "Repère les personnes enregistrées nommées ou identifiables dans des décisions de justice publiées."
    ),
    discussion: Words.en(
      """
      Example:
        egide exposure scan decision.txt
        egide exposure scan export.json --request
      """,
      fr: """
        Exemples :
          egide exposure scan decision.txt
          egide exposure scan export.json --request
        """),
    subcommands: [Scan.self])

  /// `egide exposure scan`.
  struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scan",
      abstract: Words.en(
        "Scan decisions (plain text or Judilibre JSON) for registered persons.",
        fr:
          "Recherche les personnes enregistrées dans des décisions (texte brut ou JSON Judilibre)."
      ),
      discussion: Words.en(
        """
        Names are compared with case, accents, spacing, hyphens and word order
        folded; "M.", "Mme", "Monsieur", "Madame" and initials ("V. MIROLIN")
        are understood; a role named next to the name ("Président :",
        "Greffier :") and the person's court make a stronger match. The
        court is the one that rendered the decision, read from a Judilibre
        export's jurisdiction and location or from the heading ("COUR
        D'APPEL DE DOUAI"), never from its procedural history ("jugement du
        tribunal judiciaire de Lille"); when it is not certain the scan says
        why and files no request on it. A hit is high only in a decision of
        the person's court or ressort. A lawyer ("Me …"), a street ("rue …") or another first name
        is not a match. Each hit shows the person, their cases, the decision,
        the passage with the name masked and a confidence (high, medium,
        low) with its reasons. A scan looks registered persons up by name,
        so it needs --purpose and the access log records, before anything is
        printed, who scanned, when, why, and the cases of the persons found.
        Names are printed only with --reveal. A user limited to a court or a
        ressort scans the persons of that scope only.

        --request files, for each person found with at least
        --min-confidence, an occultation request on their latest open case:
        an open_data_occultation measure addressed to the authority the law
        designates, with the decisions concerned (a decision needs a court
        and a case number or a Judilibre id). Decisions already requested for
        that person are skipped.

        A folder stands for the files under it, at any depth, in the order
        of their paths (hidden ones left out). Many files are sent in
        several scans, each of at most
        limits.scan_files files and limits.scan_bytes bytes (configuration
        file), and answered as one; each scan is recorded in the access log.
        Every file is read and checked before the first scan. A scan with
        --request is not cut: its files must fit in one.

        Example:
          egide exposure scan jugement.txt export-judilibre.json --purpose "Monthly check"
          egide exposure scan jugement.txt --request --purpose "Monthly check"
          egide exposure scan jugement.txt --json --purpose "Monthly check"
          egide exposure scan jugement.txt --reveal --purpose "Check before a request"
        """,
        fr: """
          Les noms sont comparés sans tenir compte de la casse, des accents, des
          espaces, des traits d'union ni de l'ordre des mots ; « M. », « Mme »,
          « Monsieur », « Madame » et les initiales (« V. MIROLIN ») sont
          compris ; une qualité indiquée à côté du nom (« Président : »,
          « Greffier : ») et la juridiction de la personne renforcent la
          correspondance. La juridiction est celle qui a rendu la décision, lue
          dans la juridiction et le siège d'un export Judilibre ou dans
          l'en-tête (« COUR D'APPEL DE DOUAI »), jamais dans le rappel de la
          procédure (« jugement du tribunal judiciaire de Lille ») ; quand elle
          n'est pas certaine, l'analyse dit pourquoi et ne dépose aucune
          demande sur cette base. Une correspondance n'est forte (high) que
          dans une décision de la juridiction ou du ressort de la personne. Un
          avocat (« Me … »), une rue (« rue … ») ou un autre prénom ne
          correspondent pas. Chaque correspondance indique la personne, ses
          dossiers, la décision, le passage avec le nom masqué et un degré de
          confiance (high, medium, low) avec ses raisons. L'analyse recherche
          les personnes enregistrées par leur nom : elle exige donc --purpose,
          et le journal des accès consigne, avant toute écriture, qui a lancé
          l'analyse, quand, pourquoi, et les dossiers des personnes trouvées.
          Les noms ne sont affichés qu'avec --reveal. Un utilisateur limité à
          une juridiction ou à un ressort n'analyse que les personnes de ce
          périmètre.

          --request dépose, pour chaque personne trouvée avec au moins
          --min-confidence, une demande d'occultation sur son dernier dossier
          ouvert : une mesure open_data_occultation adressée à l'autorité que
          la loi désigne, avec les décisions concernées (une décision doit
          avoir une juridiction et un numéro de RG ou un identifiant
          Judilibre). Les décisions déjà demandées pour cette personne sont
          ignorées.

          Un dossier vaut les fichiers qu'il contient, à toute profondeur,
          dans l'ordre de leurs chemins (fichiers cachés exclus). De nombreux
          fichiers sont envoyés en plusieurs analyses, chacune
          d'au plus limits.scan_files fichiers et limits.scan_bytes octets
          (fichier de configuration), avec une seule réponse ; chaque analyse
          est consignée dans le journal des accès. Chaque fichier est lu et
          vérifié avant la première analyse. Une analyse avec --request n'est
          pas découpée : ses fichiers doivent tenir en une seule.

          Exemples :
            egide exposure scan jugement.txt export-judilibre.json --purpose "Contrôle mensuel"
            egide exposure scan jugement.txt --request --purpose "Contrôle mensuel"
            egide exposure scan jugement.txt --json --purpose "Contrôle mensuel"
            egide exposure scan jugement.txt --reveal --purpose "Vérification avant une demande"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "Decision files, or folders of them: plain text or Judilibre JSON export.",
        fr:
          "Fichiers de décisions, ou dossiers qui en contiennent : texte brut ou export JSON Judilibre."
      ))
    var files: [String] = []
    @Flag(
      help: .en(
        "File an occultation request for each person found.",
        fr: "Dépose une demande d'occultation pour chaque personne trouvée."))
    var request = false
    @Option(
      help: .en(
        "The lowest confidence --request acts on: high, medium or low.",
        fr:
          "La confiance minimale à laquelle --request s'applique : high, medium ou low."
      ))
    var minConfidence = "high"
    @Flag(
      help: .en(
        "Print full names (needs --purpose).",
        fr: "Affiche les noms complets (exige --purpose).")) var reveal = false
    @Option(
      help: .en(
        "Why you look the registered persons up (required; recorded in the access log).",
        fr:
          "Pourquoi vous recherchez les personnes enregistrées (obligatoire ; consigné dans le journal des accès)."
      ))
    var purpose: String?
    @Flag(
      help: .en(
        "Print JSON (the contract) instead of text.",
        fr: "Écrit du JSON (le format contractuel) au lieu du texte."))
    var json = false

    /// Checks the combination of options and the purpose before any file
    /// is read; one line, exit status 64.
    func checkOptions() throws {
      guard !files.isEmpty else {
        throw CLIError(
          .usage, "no decision file given; give one or more FILE arguments")
      }
      guard let purpose else {
        throw CLIError(
          .usage,
          "exposure scan needs --purpose TEXT saying why: it looks registered persons up by name, and is recorded in the access log"
        )
      }
      _ = try AccessEntry.purpose(purpose)
    }

    func run() throws {
      try checkOptions()
      // The client reads its files and sends their text; the service
      // reads the decisions in them.
      let limits = try InputLimits.load(
        environment: ProcessInfo.processInfo.environment)
      let files = try DecisionFiles.named(by: self.files)
      guard !files.isEmpty else {
        throw CLIError(
          .noInput,
          "FILE: the folders given hold no decision file; give decision files, or folders that hold some"
        )
      }
      if request {
        // Requests are filed all or nothing, one per person and
        // authority: the files of a scan that files them go in one.
        guard files.count <= limits.scanFiles else {
          throw CLIError(
            .usage,
            "FILE: \(files.count) decision files given; at most \(limits.scanFiles) are scanned at once (limits.scan_files in the configuration file): scan them in several runs"
          )
        }
      }
      let hint = "give a decision as plain text or a Judilibre JSON export"
      // Files beyond one scan are sent in several: the advice to scan in
      // several runs is for a scan that files requests.
      let remedy =
        request
        ? "the files of one scan hold at most \(limits.scanBytes) bytes in all (limits.scan_bytes in the configuration file): scan them in several runs"
        : nil
      // Every file is checked (there, regular, readable, not too large)
      // before any is read.
      var sizes: [Int] = []
      for file in files {
        sizes.append(
          try InputFile.check(
            file, what: "decision file", hint: hint,
            maximumSize: limits.scanBytes))
        guard !request || sizes.reduce(0, +) <= limits.scanBytes else {
          throw DomainError(
            .unacceptableValue,
            "FILE: the decision files are more than \(limits.scanBytes) bytes in all; at most \(limits.scanBytes) bytes (\(BoundedFile.describe(bytes: limits.scanBytes))) are scanned at once (limits.scan_bytes in the configuration file): scan them in several runs"
          )
        }
      }
      let batches = ScanBatches.of(
        sizes, files: limits.scanFiles, bytes: limits.scanBytes)
      // The files of one scan are read on every core at once. Each may
      // read its size when checked and an equal share of what the scan
      // leaves free, so that a scan never reads more than its bytes.
      @Sendable func read(_ file: String, atMost: Int) throws
        -> ScanExposure.Decision
      {
        let data = try InputFile.read(
          file, what: "decision file", hint: hint, maximumSize: atMost,
          remedy: remedy)
        return ScanExposure.Decision(
          source: file,
          content: try DecisionReader.text(of: data, source: file))
      }
      func bounds(_ batch: [Int]) -> [(file: String, atMost: Int)] {
        let share =
          (limits.scanBytes - batch.reduce(0) { $0 + sizes[$1] }) / batch.count
        return batch.map { (files[$0], sizes[$0] + share) }
      }
      if batches.count > 1 {
        // Several scans: every file is read once first, one scan's files
        // at a time, and refused before any scan is made (and logged) if
        // no scan could read it.
        for batch in batches {
          _ = try bounds(batch).concurrentMap { file, atMost in
            try ScanBatches.check(read(file, atMost: atMost))
          }
        }
      }
      let client = try registry.client()
      var document: ExposureDocument?
      for batch in batches {
        let decisions = try bounds(batch).concurrentMap { file, atMost in
          try read(file, atMost: atMost)
        }
        let found = try client.send(
          ScanExposure(
            decisions: decisions, purpose: purpose, request: request,
            minConfidence: minConfidence, reveal: reveal))
        if document == nil { document = found } else { document?.append(found) }
      }
      guard let document else { return }
      print(
        json
          ? try JSONOutput.render(document) : ExposureText.render(document))
    }
  }
}
