import EgideCore

/// Making the summary of a period for publication.
extension SummaryBuilder {
  /// The summary of `cases` with disclosure control applied.
  ///
  /// The figures of a period do not depend on when the summary is made
  /// (severities are taken at the end of the period), and the control is
  /// deterministic, so the previous-period column of one summary hides
  /// what the previous summary hid — as long as no case is added to a
  /// past period in between (an import of old reports does that).
  public func publish(_ cases: [CaseFacts], rule: DisclosureRule)
    -> SummaryReport
  {
    DisclosureControl(rule: rule).apply(to: build(cases))
  }

  /// The summary of a tally of the relevant cases and the standing figures
  /// of the registry, with disclosure control applied.
  public func publish(
    _ tally: SummaryTally, standing: StandingFigures, rule: DisclosureRule
  ) -> SummaryReport {
    DisclosureControl(rule: rule).apply(to: build(tally, standing: standing))
  }
}
