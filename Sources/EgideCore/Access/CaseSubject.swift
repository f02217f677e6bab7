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
