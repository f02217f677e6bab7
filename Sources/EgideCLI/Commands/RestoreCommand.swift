import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide restore FILE`: a new registry from a backup, never over an
/// existing one.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Create a registry from a backup, at a path that is free.",
    discussion: """
      Checks the backup as 'egide doctor' does and refuses a damaged file,
      a file that is not an Égide backup and one from a newer egide. The
      new registry appears at --db only once complete, with the migrations
      the backup lacks applied. It never replaces a file: to put a backup
      in place of the live registry, move the registry away first.

      Example:
        egide restore /srv/egide/backups/registry-2026-11-30.sqlite \\
          --db /srv/egide/registry-restored.sqlite
      """)

  @Argument(help: ArgumentHelp("The backup to restore.", valueName: "file"))
  var file: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    // The restored registry keeps the users of the backup: its admins
    // restore it.
    try settings.authorize(.restore, registryFile: file, tolerant: true)
    let summary = try Registry.restore(from: file, to: settings.databasePath)
    var line =
      "Restored \(file) into \(summary.path): \(summary.cases) cases, \(summary.events) events, schema version \(summary.schemaVersion)"
    if !summary.migrated.isEmpty {
      line +=
        " (migrations applied: \(summary.migrated.map(String.init).joined(separator: ", ")))"
    }
    print(line)
  }
}
