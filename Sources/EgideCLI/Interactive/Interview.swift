import EgideCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The questions of an interactive command, asked on standard error and
/// answered on standard input: each answer is checked as it is given and
/// asked again with the reason when refused.
///
/// End of input (Ctrl-D) stops the interview: nothing is recorded, and
/// the error says so.
struct Interview {
  /// The refusal when input ends before the interview is complete.
  static var inputEnded: CLIError {
    CLIError(
      .usage,
      Words.en(
        "input ended before the report was complete; nothing was recorded",
        fr:
          "la saisie s'est arrêtée avant la fin du signalement ; rien n'a été enregistré"
      ))
  }

  /// Asks until `parse` accepts a non-empty answer.
  func required<T>(_ question: String, _ parse: (String) throws -> T) throws
    -> T
  {
    while true {
      guard let answer = Terminal.ask(question + Self.colon) else {
        throw Self.inputEnded
      }
      let text = answer.trimmingCharacters(in: .whitespaces)
      if text.isEmpty {
        Terminal.error(
          Words.en("  an answer is required", fr: "  une réponse est requise"))
        continue
      }
      do { return try parse(text) } catch { report(error) }
    }
  }

  /// Asks until `parse` accepts the answer; an empty answer skips it.
  func optional<T>(
    _ question: String, help: String? = nil, _ parse: (String) throws -> T
  )
    throws -> T?
  {
    let hint = Words.en(
      help == nil ? "optional" : "optional, ? for help",
      fr: help == nil ? "facultatif" : "facultatif, ? pour l'aide")
    while true {
      guard let answer = Terminal.ask("\(question) [\(hint)]" + Self.colon)
      else {
        throw Self.inputEnded
      }
      let text = answer.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return nil }
      if text == "?", let help {
        Terminal.error(help)
        continue
      }
      do { return try parse(text) } catch { report(error) }
    }
  }

  /// Asks for one value of a closed list, listing the values.
  func value<Value: DomainValue>(_ question: String, of _: Value.Type) throws
    -> Value
  {
    try required("\(question) (\(Self.choices(Value.self)))") {
      try Value.typed($0)
    }
  }

  /// Asks for one value of a closed list, which may be skipped.
  func optionalValue<Value: DomainValue>(
    _ question: String, of _: Value.Type, help: String? = nil
  ) throws -> Value? {
    try optional("\(question) (\(Self.choices(Value.self)))", help: help) {
      try Value.typed($0)
    }
  }

  /// Asks for values of a closed list, separated by commas.
  func list<Value: DomainValue>(
    _ question: String, of _: Value.Type, required isRequired: Bool,
    help: String? = nil
  ) throws -> [String] {
    let full = "\(question) (\(Self.choices(Value.self)))"
    let parse = { (text: String) throws -> [String] in
      try text.split(separator: ",").map {
        try Value.typed($0.trimmingCharacters(in: .whitespaces)).rawValue
      }
    }
    if isRequired { return try required(full, parse) }
    return try optional(full, help: help, parse) ?? []
  }

  /// Asks whether to write a narrative in the user's editor; nil when
  /// the user skips it.
  func narrative() throws -> String? {
    let environment = ProcessInfo.processInfo.environment
    let editor = [environment["VISUAL"], environment["EDITOR"]]
      .compactMap { $0 }.first { !$0.isEmpty }
    guard let editor else {
      return try optional(
        Words.en(
          "Narrative, one paragraph (set $EDITOR to write a longer one)",
          fr:
            "Récit, en un paragraphe (définissez $EDITOR pour en écrire un plus long)"
        )
      ) { text in
        try TextRule.optional(
          text, field: "narrative", limit: TextRule.longLimit) ?? text
      }
    }
    let wanted = try optional(
      Words.en(
        "Narrative: type e to write it in \(editor)",
        fr: "Récit : tapez e pour l'écrire dans \(editor)")
    ) { text -> Bool in
      guard ["e", "o", "y", "oui", "yes"].contains(text.lowercased()) else {
        throw CLIError(
          .usage,
          Words.en(
            "type e, or press Enter to skip",
            fr: "tapez e, ou Entrée pour passer"))
      }
      return true
    }
    guard wanted == true else { return nil }
    let text = try EditorSession.edit(with: editor)
    return text.isEmpty ? nil : text
  }

  /// Asks to confirm the recap: yes records, anything else does not.
  func confirm() throws -> Bool {
    guard
      let answer = Terminal.ask(
        Words.en(
          "\nRecord this case? [y/N] ", fr: "\nEnregistrer ce dossier ? [o/N] ")
      )
    else { throw Self.inputEnded }
    let yes = ["y", "yes", "o", "oui"].contains(
      answer.trimmingCharacters(in: .whitespaces).lowercased())
    if !yes {
      Terminal.error(
        Words.en(
          "Not recorded: nothing was written.",
          fr: "Non enregistré : rien n'a été écrit."))
    }
    return yes
  }

  /// What ends a question: ": " in English, " : " in French.
  static var colon: String { Words.french ? " : " : ": " }

  /// The values of a closed list, in the user's language.
  static func choices<Value: DomainValue>(_: Value.Type) -> String {
    Value.allCases.map(\.shownName).joined(separator: ", ")
  }

  private func report(_ error: any Error) {
    let text: String
    switch error {
    case let error as CLIError: text = error.message
    case let error as DomainError: text = FlagWording.word(error.message)
    default: text = "\(error)"
    }
    Terminal.error(
      "  " + (Words.french ? FrenchMessages.translate(text) : text))
  }
}
