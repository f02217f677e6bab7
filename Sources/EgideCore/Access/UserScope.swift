/// The cases a user sees and acts on: those of one court, or those of
/// every court in the district (ressort) of one cour d'appel.
///
/// A user without a scope sees every case.
public enum UserScope: Hashable, Sendable, CustomStringConvertible {
  /// The cases of one court, by code (`tj59178`).
  case court(String)
  /// The cases of the district of one cour d'appel, by its code
  /// (`ca_douai`).
  case ressort(String)

  /// The kind of scope as the registry stores it: `court` or `ressort`.
  public var kind: String {
    switch self {
    case .court: "court"
    case .ressort: "ressort"
    }
  }

  /// The code of the court or of the cour d'appel.
  public var code: String {
    switch self {
    case .court(let code), .ressort(let code): code
    }
  }

  /// The scope a stored kind and code stand for, or nil for an unknown
  /// kind.
  public init?(kind: String, code: String) {
    switch kind {
    case "court": self = .court(code)
    case "ressort": self = .ressort(code)
    default: return nil
    }
  }

  /// The scope of one court, from a code or an unambiguous name as
  /// `--court` takes it.
  ///
  /// - Throws: ``DomainError`` naming `--court`, the value and the
  ///   closest courts.
  public static func parse(
    court input: String, in directory: CourtDirectory = .shared
  ) throws(DomainError) -> UserScope {
    .court(try directory.resolve(input, field: "court").code)
  }

  /// The scope of a cour d'appel's district, from a code or a name as
  /// `--ressort` takes it (`Douai` is the cour d'appel).
  ///
  /// - Throws: ``DomainError`` for an unknown court or a court that is
  ///   not a cour d'appel.
  public static func parse(
    ressort input: String, in directory: CourtDirectory = .shared
  ) throws(DomainError) -> UserScope {
    .ressort(try directory.resolveRessort(input).code)
  }

  /// Whether a case at this location is within the scope.
  public func contains(_ location: CaseLocation) -> Bool {
    switch self {
    case .court(let code): location.court == code
    case .ressort(let code): location.appealCourt == code
    }
  }

  /// Whether a court, by code, is within the scope.
  public func contains(
    court code: String, in directory: CourtDirectory = .shared
  ) -> Bool {
    contains(
      CaseLocation(
        reference: nil, court: code,
        appealCourt: directory.court(code: code)?.appealCourtCode))
  }

  /// `court tj59178` or `ressort ca_douai`.
  public var description: String { "\(kind) \(code)" }
}
