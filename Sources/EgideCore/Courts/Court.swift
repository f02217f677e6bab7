/// A French court from the reference list the project ships, identified by
/// its Judilibre code (`tj93008`, `ca_paris`) so that it joins with
/// published decisions.
public struct Court: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The tier of a court in the judicial or administrative order.
  public enum Kind: String, Sendable, Codable {
    /// Cour de cassation.
    case cassation = "CC"
    /// Cour d'appel.
    case appeal = "CA"
    /// Tribunal judiciaire.
    case tribunal = "TJ"
    /// Tribunal supérieur d'appel (Saint-Pierre-et-Miquelon).
    case superiorAppeal = "TSA"
    /// Overseas courts of first instance (tribunaux de première instance).
    case firstInstance = "other"
    /// Conseil d'État.
    case councilOfState = "CE"
    /// Cour administrative d'appel.
    case administrativeAppeal = "CAA"
    /// Tribunal administratif.
    case administrative = "TA"
  }

  /// The Judilibre code, such as `tj93008`.
  public let code: String
  /// The official name, such as `Tribunal judiciaire de Bobigny`.
  public let name: String
  /// The tier of the court.
  public let kind: Kind
  /// The code of the court it appeals to, if any (`ca_paris` for `tj75056`).
  public let parentCode: String?
  /// The public holidays and the clock of the territory where it sits (the
  /// `calendar` column of the reference list).
  public let calendar: LocalCalendar

  /// Creates a court entry; the directory builds these from the reference.
  public init(
    code: String, name: String, kind: Kind, parentCode: String?,
    calendar: LocalCalendar = .metropolitan
  ) {
    self.code = code
    self.name = name
    self.kind = kind
    self.parentCode = parentCode
    self.calendar = calendar
  }

  /// The appeal court whose district (ressort) contains this court: the
  /// court itself for an appeal court, none for the two supreme courts.
  public var appealCourtCode: String? {
    switch kind {
    case .appeal, .superiorAppeal, .administrativeAppeal: code
    case .cassation, .councilOfState: nil
    case .tribunal, .firstInstance, .administrative: parentCode
    }
  }

  /// Whether the court belongs to the administrative order.
  public var isAdministrative: Bool {
    [.councilOfState, .administrativeAppeal, .administrative].contains(kind)
  }

  public var description: String { "\(code) (\(name))" }
}
