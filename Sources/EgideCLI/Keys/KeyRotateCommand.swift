import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide key rotate`: reseals every identity under a new key.
struct KeyRotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rotate",
    abstract: Words.en(
      "Reseal every identity under a new key, then replace the key file.",
      fr:
        "Rescelle toutes les identités sous une nouvelle clé, puis remplace le fichier de clé."
    ),
    discussion: Words.en(
      """
      For a key that may have been seen by someone else. The new key is
      first written beside the old one (KEY.new), every identity is
      resealed and the blind indexes recomputed in one transaction, the
      file is rebuilt so that nothing sealed under the old key remains,
      and only then does the new key replace the old one. Interrupted
      before the commit, the old key stays valid; after it, the next
      command finishes the swap. Key backups of the old key become
      useless: make a new one.

      Example:
        egide key rotate
      """,
      fr: """
        Pour une clé qui a pu être vue par quelqu'un d'autre. La nouvelle clé
        est d'abord écrite à côté de l'ancienne (KEY.new), toutes les
        identités sont rescellées et les index aveugles recalculés en une
        seule transaction, le fichier est reconstruit pour que rien de scellé
        sous l'ancienne clé ne subsiste, et alors seulement la nouvelle clé
        remplace l'ancienne. Interrompue avant la validation, l'ancienne clé
        reste valable ; après, la commande suivante achève le remplacement.
        Les sauvegardes de l'ancienne clé deviennent inutiles : faites-en une
        nouvelle.

        Exemple :
          egide key rotate
        """))

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let store = try settings.authorize(.keys, exclusive: true)
    guard store.isSealed else {
      throw CLIError(
        .dataError,
        Words.en(
          "\(settings.databasePath) is not sealed yet; seal it first with 'egide key seal'",
          fr:
            "\(settings.databasePath) n'est pas encore scellé ; scellez-le d'abord avec « egide key seal »"
        ))
    }
    guard let oldKey = try settings.loadKey(required: true) else { return }
    let pending = settings.keyPath + ".new"
    // A KEY.new the registry is not sealed under is what an interrupted
    // rotation left before its commit: it was never used.
    if FileManager.default.fileExists(atPath: pending) {
      unlink(pending)
    }
    let newKey = RegistryKey.generate()
    try newKey.write(to: pending)
    let count: Int
    do {
      count = try store.rotate(to: newKey)
    } catch {
      unlink(pending)
      throw error
    }
    guard rename(pending, settings.keyPath) == 0 else {
      throw CLIError(
        .ioError,
        Words.en(
          "the registry is now sealed under \(pending) but it cannot replace \(settings.keyPath): move it there yourself",
          fr:
            "le registre est désormais scellé sous \(pending) mais cette clé ne peut pas remplacer \(settings.keyPath) : déplacez-la vous-même"
        ))
    }
    print(
      Words.en(
        "Resealed \(count) identifying values under a new key (fingerprint \(newKey.fingerprint), was \(oldKey.fingerprint)); \(settings.keyPath) now holds it.",
        fr:
          "\(Typography.count(count, "identifying value", "identifying values", fr: "valeur identifiante", "valeurs identifiantes")) rescellée\(count > 1 ? "s" : "") sous une nouvelle clé (empreinte \(newKey.fingerprint), auparavant \(oldKey.fingerprint)) ; \(settings.keyPath) la contient désormais."
      ))
    print(KeyFiles.backupAdvice)
    try KeyFiles.scrub(store)
  }
}
