/// A person registered in Égide because they were targeted: one record per
/// person across all their cases, so that repeat victimisation shows.
public struct TargetedPerson: Hashable, Sendable, Identifiable {
  /// The stable identifier.
  public var id: PersonID
  /// Who they are (sealed at rest).
  public var identity: PersonIdentity
  /// Their position, or `family`.
  public var role: Role
  /// Their function at the court, if known; never set for family.
  public var function: StaffFunction?
  /// The court where they serve (for family: the court of their relative).
  public var court: Court
  /// For family: the staff member they are related to.
  public var relatedTo: PersonID?

  /// Creates a person record.
  public init(
    id: PersonID, identity: PersonIdentity, role: Role,
    function: StaffFunction?, court: Court, relatedTo: PersonID?
  ) {
    self.id = id
    self.identity = identity
    self.role = role
    self.function = function
    self.court = court
    self.relatedTo = relatedTo
  }
}
