import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide init`: creates an empty registry sealed under a registry key,
/// never over an existing file.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: Words.en(
      "Create a new, empty registry and its key.",
      fr: "Crée un nouveau registre vide et sa clé."),
    discussion: Words.en(
      """
      Refuses to touch a registry file that already exists. Identities are
      sealed under the registry key: init creates the key file (mode 0600)
      at $EGIDE_KEY_FILE, else key_file in the config file, else egide.key
      beside the config file; an existing key file there is used as is.
      Losing the key loses every name in the registry: back it up with
      'egide key backup'. Whoever runs init (--actor, $EGIDE_ACTOR or the
      system login) is recorded as the registry's first admin, who adds
      the other users with 'egide user add'.

      Example:
        egide init --db /srv/egide/registry.sqlite
      """,
      fr: """
        Refuse de toucher à un fichier de registre qui existe déjà. Les
        identités sont scellées sous la clé du registre : init crée le
        fichier de clé (mode 0600) à $EGIDE_KEY_FILE, sinon à key_file du
        fichier de configuration, sinon egide.key à côté du fichier de
        configuration ; un fichier de clé qui s'y trouve déjà est utilisé tel
        quel. Perdre la clé, c'est perdre tous les noms du registre :
        sauvegardez-la avec « egide key backup ». La personne qui lance init
        (--actor, $EGIDE_ACTOR ou l'identifiant système) est enregistrée
        comme premier administrateur du registre ; c'est elle qui ajoute les
        autres utilisateurs avec « egide user add ».

        Exemple :
          egide init --db /srv/egide/registry.sqlite
        """))

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let (registry, key, created) = try settings.createSealedRegistry()
    try registry.addUser(
      User(
        name: settings.actor, role: .admin, scope: nil,
        createdBy: settings.actor, createdAt: settings.now))
    print(
      Words.en(
        "Created registry \(settings.databasePath); \(settings.actor) is its first admin (add the others with 'egide user add NAME --role ROLE')",
        fr:
          "Registre \(settings.databasePath) créé ; \(settings.actor) en est le premier administrateur (ajoutez les autres avec « egide user add NOM --role RÔLE »)"
      ))
    if created {
      print(
        Words.en(
          "Created the registry key \(settings.keyPath) (fingerprint \(key.fingerprint)).",
          fr:
            "Clé du registre \(settings.keyPath) créée (empreinte \(key.fingerprint))."
        ) + "\n" + KeyFiles.backupAdvice)
    } else {
      print(
        Words.en(
          "Sealed under the existing key \(settings.keyPath) (fingerprint \(key.fingerprint)).",
          fr:
            "Scellé sous la clé existante \(settings.keyPath) (empreinte \(key.fingerprint))."
        ))
    }
  }
}
