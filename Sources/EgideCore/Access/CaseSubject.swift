/// What a command acts on that belongs to one case: the case itself, or
/// one of its measures, notices, pieces of evidence or occultation
/// requests.
///
/// Authorization finds the case behind it to check the scope.
public enum CaseSubject: Hashable, Sendable {
  /// A case, by reference.
  case `case`(CaseReference)
  /// A measure of a case.
  case measure(MeasureID)
  /// A notice of a content_takedown measure.
  case notice(NoticeID)
  /// A piece of evidence.
  case evidence(EvidenceID)
  /// An occultation request of an open_data_occultation measure.
  case occultation(OccultationID)
}

extension CaseSubject {
  /// The refusal for a subject the registry does not hold, and for one the
  /// user may not see: the two read the same, so that a refusal never
  /// confirms that a case exists outside the user's scope, nor names its
  /// court.
  public var absence: DomainError {
    switch self {
    case .case(let reference):
      DomainError(
        .notFound,
        "no case \(reference) in this registry; the list of cases gives their references"
      )
    case .measure(let measure):
      DomainError(
        .notFound,
        "no measure \(measure) in the registry; a case shows its measures")
    case .notice(let notice):
      DomainError(
        .notFound,
        "no notice \(notice) in the registry; a measure shows its notices")
    case .evidence(let evidence):
      DomainError(
        .notFound,
        "no evidence \(evidence) in the registry; a case, once shown, lists its evidence"
      )
    case .occultation(let request):
      DomainError(
        .notFound,
        "no occultation request \(request) in the registry; a case shows its measures and their requests"
      )
    }
  }
}
