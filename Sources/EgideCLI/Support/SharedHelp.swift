import ArgumentParser
import EgideCore

/// The helps several commands give the same argument, written once.
extension ArgumentHelp {
  /// A case reference argument.
  static var caseReference: ArgumentHelp {
    .en(
      "The case reference, e.g. 2026-0042.",
      fr: "La référence du dossier, par ex. 2026-0042.")
  }

  /// A notice identifier argument.
  static var noticeIdentifier: ArgumentHelp {
    .en(
      "The notice, e.g. N-000001.", fr: "La notification, par ex. N-000001.")
  }

  /// An option whose help is the list of its codes, the same in both
  /// languages (the French names are accepted too).
  static func values<Value: DomainValue>(of _: Value.Type) -> ArgumentHelp {
    ArgumentHelp(Value.acceptedValues.joined(separator: ", ") + ".")
  }
}
