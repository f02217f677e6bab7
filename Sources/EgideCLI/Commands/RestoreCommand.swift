import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide restore FILE`: a new registry from a backup, never over an
/// existing one.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: Words.en(
      "Create a registry from a backup, at a path that is free.",
      fr:
        "Crée un registre à partir d'une sauvegarde, à un emplacement libre."),
    discussion: Words.en(
      """
      Checks the backup as 'egide doctor' does and refuses a damaged file,
      a file that is not an Égide backup and one from a newer egide. The
      new registry appears at --db only once complete, with the migrations
      the backup lacks applied. It never replaces a file: to put a backup
      in place of the live registry, move the registry away first.

      Example:
        egide restore /srv/egide/backups/registry-2026-11-30.sqlite \\
          --db /srv/egide/registry-restored.sqlite
      """,
      fr: """
        Contrôle la sauvegarde comme « egide doctor » et refuse un fichier
        endommagé, un fichier qui n'est pas une sauvegarde d'Égide et une
        sauvegarde faite par un egide plus récent. Le nouveau registre
        n'apparaît à --db qu'une fois complet, avec les migrations qui
        manquaient à la sauvegarde appliquées. Ne remplace jamais un
        fichier : pour mettre une sauvegarde à la place du registre en
        service, déplacez d'abord celui-ci.

        Exemple :
          egide restore /srv/egide/backups/registry-2026-11-30.sqlite \\
            --db /srv/egide/registry-restored.sqlite
        """))

  @Argument(
    help: ArgumentHelp(
      Words.en("The backup to restore.", fr: "La sauvegarde à restaurer."),
      valueName: "file"))
  var file: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    // The restored registry keeps the users of the backup: its admins
    // restore it.
    try settings.authorize(.restore, registryFile: file, tolerant: true)
    let summary = try Registry.restore(from: file, to: settings.databasePath)
    let cases = Typography.count(
      summary.cases, "case", "cases", fr: "dossier", "dossiers")
    let events = Typography.count(
      summary.events, "event", "events", fr: "événement", "événements")
    var line = Words.en(
      "Restored \(file) into \(summary.path): \(summary.cases) cases, \(summary.events) events, schema version \(summary.schemaVersion)",
      fr:
        "\(file) restauré dans \(summary.path) : \(cases), \(events), version du schéma \(summary.schemaVersion)"
    )
    if !summary.migrated.isEmpty {
      let migrations = summary.migrated.map(String.init).joined(
        separator: ", ")
      line += Words.en(
        " (migrations applied: \(migrations))",
        fr: " (migrations appliquées : \(migrations))")
    }
    print(line)
  }
}
