import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide doctor`: checks the registry file without writing to it.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: Words.en(
      "Check the registry: integrity, schema, history.",
      fr: "Contrôle le registre : intégrité, schéma, historique."),
    discussion: Words.en(
      """
      Runs SQLite's integrity and foreign-key checks, compares each applied
      migration with the one this egide ships, checks the journal mode and
      that every case's history is whole (event 1 is the report, no gap in
      the numbering, the counts agree, every measure and piece of evidence
      has its event), and verifies the hash chains of the histories and the
      access log (as 'egide verify' does), each history value's sealed
      content against the digest the chain holds, each trigger guarding
      the history against the definition its migration created, and that
      every sealed value sits where it was sealed (with the key, when one
      is configured, each value is opened at its place; nothing opened is
      shown). Only reads: the registry is never changed.

      Exits 0 when every check passes, 65 when one fails, with one line per
      problem saying what to do.

      Example:
        egide doctor
        egide doctor --db /srv/egide/registry.sqlite --json
      """,
      fr: """
        Lance les contrôles d'intégrité et de clés étrangères de SQLite,
        compare chaque migration appliquée à celle que livre cet egide,
        vérifie le mode de journalisation et que l'historique de chaque
        dossier est complet (l'événement 1 est le signalement, pas de trou
        dans la numérotation, les décomptes concordent, chaque mesure et
        chaque pièce a son événement), et vérifie les chaînes d'empreintes
        des historiques et du journal des accès (comme « egide verify »), le
        contenu scellé de chaque valeur d'historique au regard de l'empreinte
        que porte la chaîne, chaque déclencheur qui protège l'historique au
        regard de la définition créée par sa migration, et que chaque valeur
        scellée se trouve là où elle a été scellée (avec la clé, si elle est
        configurée, chaque valeur est ouverte à sa place ; rien de ce qui est
        ouvert n'est affiché). Lecture seule : le registre n'est jamais
        modifié.

        Sort avec le code 0 si tous les contrôles réussissent, 65 si l'un
        échoue, avec une ligne par problème indiquant quoi faire.

        Exemples :
          egide doctor
          egide doctor --db /srv/egide/registry.sqlite --json
        """))

  @OptionGroup var registry: RegistryOptions
  @Flag(
    help: .en(
      "Print JSON (stable keys) instead of text.",
      fr: "Écrit du JSON (clés stables) au lieu du texte."))
  var json = false

  struct Document: Encodable {
    struct Check: Encodable {
      var name: String
      var outcome: String
      var problems: [String]
      var summary: String
    }
    var cases: Int
    var checks: [Check]
    var events: Int
    var healthy: Bool
    var path: String
    var schemaVersion: Int
  }

  func run() throws {
    let settings = try registry.settings()
    try settings.authorize(
      .doctor, registryFile: settings.databasePath, tolerant: true)
    let health = try Registry.checkHealth(
      at: settings.databasePath, key: try settings.loadKey(required: false))
    if json {
      print(
        try JSONOutput.render(
          Document(
            cases: health.cases,
            checks: health.checks.map {
              Document.Check(
                name: $0.name, outcome: $0.outcome.rawValue,
                problems: $0.problems, summary: $0.summary)
            }, events: health.events, healthy: health.isHealthy,
            path: health.path, schemaVersion: health.schemaVersion)))
    } else {
      for check in health.checks {
        let mark =
          check.outcome == .failed ? Words.en("FAILED: ", fr: "ÉCHEC : ") : ""
        print(
          Words.en("\(check.name): ", fr: "\(check.name) : ") + mark
            + check.summary)
        for problem in check.problems {
          print(Words.en("  problem: ", fr: "  problème : ") + problem)
        }
      }
    }
    let failed = health.checks.filter { $0.outcome == .failed }
    guard failed.isEmpty else {
      let names = failed.map(\.name).joined(separator: ", ")
      throw CLIError(
        .dataError,
        Words.en(
          "\(settings.databasePath) fails \(failed.count) check(s) (\(names)); restore it from a backup: egide restore BACKUP --db NEW_PATH",
          fr:
            "\(settings.databasePath) échoue à \(failed.count) contrôle(s) (\(names)) ; restaurez-le depuis une sauvegarde : egide restore SAUVEGARDE --db NOUVEAU_CHEMIN"
        ))
    }
    if !json {
      print(
        Words.en(
          "\(settings.databasePath): every check passed",
          fr: "\(settings.databasePath) : tous les contrôles ont réussi"))
    }
  }
}
