/// Where a case is, as scopes see it: its court and that court's cour
/// d'appel.
public struct CaseLocation: Hashable, Sendable {
  /// The case, or nil for a case not yet recorded (a report, an import).
  public var reference: CaseReference?
  /// The court concerned, by code (`tj93008`).
  public var court: String
  /// The cour d'appel whose district holds the court (`ca_paris`), if any.
  public var appealCourt: String?

  /// Creates the location of a case.
  public init(reference: CaseReference?, court: String, appealCourt: String?) {
    self.reference = reference
    self.court = court
    self.appealCourt = appealCourt
  }

  /// The location of a case at a court of the reference list.
  public init(reference: CaseReference?, court: Court) {
    self.init(
      reference: reference, court: court.code,
      appealCourt: court.appealCourtCode)
  }
}
