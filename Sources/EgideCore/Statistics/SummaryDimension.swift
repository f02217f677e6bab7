/// What the new cases of a summary are counted by, one table each.
///
/// In EgideCore beside ``SummaryTally``, which counts by it; reports name
/// it `SummaryFigure.Dimension`.
public enum SummaryDimension: String, CaseIterable, Sendable {
  case kind
  case roleCategory = "role_category"
  case district
  case administrativeDistrict = "administrative_district"
  case channel, platform, severity, occurrence
}
