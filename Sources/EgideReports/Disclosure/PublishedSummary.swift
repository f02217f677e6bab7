import EgideCore

/// Making the summary of a period for publication.
extension SummaryBuilder {
  /// The summary of `cases` with the disclosure control of one document
  /// alone applied, as an internal summary gets it.
  ///
  /// A published summary is made against the publication ledger instead
  /// (``SeriesDisclosure``), so that what one document hid no other
  /// gives away.
  public func publish(_ cases: [CaseFacts], rule: DisclosureRule)
    -> SummaryReport
  {
    DisclosureControl(rule: rule).apply(to: build(cases))
  }

  /// The summary of a tally of the relevant cases and the standing figures
  /// of the registry, with the disclosure control of one document alone
  /// applied.
  public func publish(
    _ tally: SummaryTally, standing: StandingFigures, rule: DisclosureRule
  ) -> SummaryReport {
    DisclosureControl(rule: rule).apply(to: build(tally, standing: standing))
  }
}
