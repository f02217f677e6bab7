/// How the person protected relates to the court that rendered the
/// decision: it decides which authority rules on the request.
public enum OccultationRelation: String, DomainValue {
  /// A magistrate or a member of the staff of that court (COJ R111-12,
  /// CJA R741-14).
  case member
  /// Anyone else named in the decision: a magistrate of another court, a
  /// relative (COJ R111-13 in the judicial order).
  case other

  public static let fieldName = "relation"

  /// The relation of a registered person to the court of a decision: a
  /// member when they serve there, `other` for family and for another
  /// court.
  public static func of(_ person: TargetedPerson, to court: Court)
    -> OccultationRelation
  {
    person.role != .family && person.court.code == court.code
      ? .member : .other
  }
}
