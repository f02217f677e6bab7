import ArgumentParser
import EgideStore

/// `egide init`: creates an empty registry, never over an existing file.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new, empty registry.",
    discussion: """
      Refuses to touch a file that already exists.

      Example:
        egide init --db /srv/egide/registry.sqlite
      """)

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    _ = try Registry.create(at: settings.databasePath)
    print("Created registry \(settings.databasePath)")
  }
}
