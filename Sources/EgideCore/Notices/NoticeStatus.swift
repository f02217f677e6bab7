/// Where a notice stands: drafted, sent (awaiting the platform's answer
/// for at least one URL), or answered (every URL has an outcome).
public enum NoticeStatus: String, DomainValue {
  case draft
  case sent
  case answered

  public static let fieldName = "notice status"
}
