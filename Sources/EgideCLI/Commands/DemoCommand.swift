import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide demo`: a registry of realistic synthetic cases to try every
/// command on.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: Words.en(
      "Create a registry of realistic synthetic cases (generated names).",
      fr:
        "Crée un registre de dossiers fictifs réalistes (noms générés)."),
    discussion: Words.en(
      """
      Refuses to touch an existing file. The same --seed gives the same cases.

      Example:
        egide demo --db demo.sqlite --cases 500 --seed 7
      """,
      fr: """
        Refuse de toucher à un fichier existant. Le même --seed donne les
        mêmes dossiers.

        Exemple :
          egide demo --db demo.sqlite --cases 500 --seed 7
        """))

  @OptionGroup var registry: RegistryOptions
  @Option(help: .en("How many cases.", fr: "Le nombre de dossiers."))
  var cases = 300
  @Option(
    help: .en("The seed of the generator.", fr: "La graine du générateur."))
  var seed: UInt64 = 1

  func validate() throws {
    guard (1...2_000_000).contains(cases) else {
      throw ValidationError(
        "cases '\(cases)' is not accepted; give 1 to 2000000")
    }
  }

  func run() throws {
    let settings = try registry.settings(demo: true)
    let (store, _, _) = try settings.createSealedRegistry()
    try store.addUser(
      User(
        name: settings.actor, role: .admin, scope: nil,
        createdBy: settings.actor, createdAt: settings.now))
    var generator = DemoGenerator(
      seed: seed, now: settings.now, settings: settings)
    try generator.populate(store, cases: cases)
    print(
      Words.en(
        "Created demo registry \(settings.databasePath) with \(cases) cases (seed \(seed))",
        fr:
          "Registre de démonstration \(settings.databasePath) créé avec \(Typography.count(cases, "case", "cases", fr: "dossier", "dossiers")) (graine \(seed))"
      ))
  }
}
