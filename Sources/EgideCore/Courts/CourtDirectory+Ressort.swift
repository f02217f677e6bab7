/// Finding a cour d'appel, whose district (ressort) filters cases and
/// limits users.
extension CourtDirectory {
  /// The cour d'appel named by `input`: a code (`ca_douai`) or a name;
  /// a city with both a tribunal and a cour d'appel means the cour
  /// d'appel.
  ///
  /// - Throws: ``DomainError`` naming `field` for an unknown court or a
  ///   court that is not a cour d'appel.
  public func resolveRessort(_ input: String, field: String = "ressort")
    throws(DomainError) -> Court
  {
    let court = try resolve(
      input, field: field, preferring: [.appeal, .superiorAppeal])
    guard let appeal = court.appealCourtCode, appeal == court.code else {
      throw DomainError(
        .invalidValue,
        "\(field) '\(input)' is \(court), not a cour d'appel; give one such as ca_paris or Douai"
      )
    }
    return court
  }
}
