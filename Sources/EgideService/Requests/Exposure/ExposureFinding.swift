import EgideCore

/// One hit of a scan with what the registry knows about the person: their
/// cases and, only when revealed, their name.
struct ExposureFinding {
  var hit: ExposureHit
  var decision: PublishedDecision
  var cases: [CaseReference]
  var revealedName: String?
}
