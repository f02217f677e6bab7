/// The court a name was taken to mean, and the other courts it could also
/// mean when the user's scope chose among them.
public struct CourtMatch: Sendable, Equatable {
  /// The court.
  public let court: Court
  /// The other courts of the same name, outside the user's scope.
  public let alsoMeant: [Court]

  /// A court found without ambiguity, or chosen among `alsoMeant`.
  public init(_ court: Court, alsoMeant: [Court] = []) {
    self.court = court
    self.alsoMeant = alsoMeant
  }
}
