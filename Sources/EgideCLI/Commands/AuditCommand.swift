import ArgumentParser
import EgideCore
import EgideService

/// `egide audit`: the access log, every reveal of identities, oldest
/// first.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: Words.en(
      "List the access log: who revealed identities, when and why.",
      fr:
        "Liste le journal des accès : qui a révélé des identités, quand et pourquoi."
    ),
    discussion: Words.en(
      """
      Every command that shows names, contacts, narratives or evidence
      records who ran it, when, in which case and for what purpose before it
      prints. This lists those entries, oldest first. The access log holds
      no identity: no key is needed to read it. It is append-only and
      hash-chained: 'egide verify' checks that no entry was changed or
      removed.

      Example:
        egide audit --since 2026-11-01
        egide audit --user m.durand --case 2026-0042 --format json
      """,
      fr: """
        Toute commande qui affiche des noms, des coordonnées, des récits ou
        des pièces enregistre, avant d'écrire quoi que ce soit, qui l'a lancée,
        quand, dans quel dossier et pour quel motif. Cette commande liste ces
        entrées, de la plus ancienne à la plus récente. Le journal des accès
        ne contient aucune identité : aucune clé n'est nécessaire pour le
        lire. On ne peut qu'y ajouter, et ses entrées sont chaînées par
        empreintes : « egide verify » vérifie qu'aucune n'a été modifiée ni
        supprimée.

        Exemples :
          egide audit --since 2026-11-01
          egide audit --user m.durand --case 2026-0042 --format json
        """))

  @OptionGroup var registry: RegistryOptions
  @Option(
    help: .en(
      "Only the reveals by this user.",
      fr: "Seulement les révélations faites par cet utilisateur.")) var user:
    String?
  @Option(
    name: .customLong("case"),
    help: ArgumentHelp(
      Words.en(
        "Only the reveals in this case (2026-0042).",
        fr: "Seulement les révélations dans ce dossier (2026-0042)."),
      valueName: "ref"))
  var caseReference: String?
  @Option(
    help: .en(
      "Only the reveals on or after this date.",
      fr: "Seulement les révélations faites à cette date ou après."))
  var since: String?
  @Option(help: .en("table or json.", fr: "table ou json.")) var format =
    "table"

  func run() throws {
    let format = try AuditFormat.parse(format)
    let client = try registry.client(whileServed: true)
    let log = try client.send(
      ListAccessLog(user: user, case: caseReference, since: since))
    switch format {
    case .table:
      print(Self.table(log.entries, display: client.display))
    case .json:
      print(try JSONOutput.render(log.entries))
    }
  }

  /// The entries as a table for people, with their count.
  static func table(
    _ entries: [ListAccessLog.Document.Entry], display: Display
  ) -> String {
    guard !entries.isEmpty else {
      return Words.en("No access matches.", fr: "Aucun accès ne correspond.")
    }
    var table = TextTable(
      headers: Words.french
        ? ["DATE", "QUI", "ACTION", "DOSSIER", "MOTIF"]
        : ["WHEN", "WHO", "ACTION", "CASE", "PURPOSE"])
    let typography = Typography(display: display)
    for entry in entries {
      table.rows.append([
        // `list` and `timeline` reveal as `show` does; name the command.
        ISODate.date(entry.recordedAt).map(typography.columnDateTime)
          ?? entry.recordedAt, entry.actor,
        entry.details["command"] ?? entry.action,
        entry.caseReference ?? "", entry.purpose,
      ])
    }
    let count = Typography.count(
      entries.count, "access", "accesses", fr: "accès", "accès")
    return table.render(width: Terminal.width) + "\n\(count)"
  }
}

/// The output formats of `egide audit`.
enum AuditFormat: String, DomainValue {
  case table
  case json
  static let fieldName = "format"
}
