import ArgumentParser
import EgideCore
import EgideService

/// `egide person find NAME --purpose TEXT`: whether someone is in the
/// registry, found through the blind index.
struct PersonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "person",
    abstract: Words.en(
      "Find a registered person by name.",
      fr: "Recherche une personne enregistrée par son nom."),
    subcommands: [PersonFindCommand.self])
}

/// `egide person find`.
struct PersonFindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "find",
    abstract: Words.en(
      "Find the registered persons with a name, and their cases.",
      fr:
        "Recherche les personnes enregistrées sous un nom, et leurs dossiers."),
    discussion: Words.en(
      """
      The name is matched through the registry's blind index (a keyed hash
      of the name with case, accents, hyphens and spacing folded), never
      against names in clear; it needs the registry key. Learning that a
      person is in the registry is itself sensitive: the lookup is written
      to the access log with its purpose.

      The name can be read by other local users in the process list and
      stays in the shell's history: give - to read it from standard input
      or @FILE to read it from a file (@@TEXT for a name that starts
      with @).

      Example:
        egide person find "Aline Vautrin" --purpose "new report from her clerk"
        egide person find - --purpose "new report from her clerk" < name.txt
      """,
      fr: """
        Le nom est rapproché au moyen de l'index aveugle du registre (une
        empreinte à clé du nom, sans tenir compte de la casse, des accents,
        des traits d'union ni des espaces), jamais comparé à des noms en
        clair ; la clé du registre est nécessaire. Apprendre qu'une personne
        figure dans le registre est en soi une information sensible : la
        recherche est consignée dans le journal des accès avec son motif.

        Le nom peut être lu par les autres utilisateurs locaux dans la liste
        des processus et reste dans l'historique du shell : donnez - pour le
        lire sur l'entrée standard ou @FICHIER pour le lire dans un fichier
        (@@TEXTE pour un nom qui commence par @).

        Exemples :
          egide person find "Aline Vautrin" --purpose "nouveau signalement de sa greffière"
          egide person find - --purpose "nouveau signalement de sa greffière" < name.txt
        """))

  @Argument(
    help: .en(
      "The person's name as it would be reported; - reads it from standard input, @FILE from a file.",
      fr:
        "Le nom de la personne tel qu'il serait signalé ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
    ))
  var name: String

  @Option(
    help: .en(
      "Why you look this person up (written to the access log).",
      fr:
        "Pourquoi vous recherchez cette personne (consigné dans le journal des accès)."
    ))
  var purpose: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    var input = ArgumentInput()
    let name = try input.value(name, option: "NAME")
    let client = try registry.client()
    let result = try client.send(FindPerson(name: name, purpose: purpose))
    guard !result.persons.isEmpty else {
      print(
        Words.en(
          "No registered person has this name.",
          fr: "Aucune personne du registre ne porte ce nom."))
      return
    }
    for person in result.persons {
      let function =
        person.function.map {
          ", " + CaseListText.name($0, of: StaffFunction.self)
        } ?? ""
      let role = CaseListText.name(person.role, of: Role.self)
      print(
        "\(person.id)  \(role)\(function), \(person.court)  "
          + Words.en("cases: ", fr: "dossiers : ")
          + person.cases.joined(separator: " "))
    }
  }
}
