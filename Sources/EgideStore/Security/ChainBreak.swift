/// The first broken link of a hash chain: the row where the history stops
/// matching its hashes, and why.
public struct ChainBreak: Sendable, Equatable {
  /// Why a row breaks the chain.
  public enum Reason: String, Sendable, CaseIterable {
    /// The row's content does not match its hash, while the next row
    /// still follows that hash: the row was changed (or added with a
    /// made-up hash).
    case changed
    /// The row's hash does not follow the hash of the row before it: a
    /// row was deleted, inserted or reordered before it.
    case unlinked
    /// The row has no hash: it was added outside Égide.
    case missing
    /// The row's sealed value does not match the digest it was written or
    /// last resealed with: it was changed, swapped, truncated or removed.
    case sealedChanged
    /// The resealed digests no longer give the root the last seal
    /// generation recorded: a value and its digest were rewritten.
    case resealedOutside

    /// The reason in a few plain words.
    public var explanation: String {
      switch self {
      case .changed:
        "its content does not match its hash (the row was changed, or added with a made-up hash)"
      case .unlinked:
        "its hash does not follow the previous row's (a row was deleted, inserted or reordered before it)"
      case .missing:
        "it has no hash (the row was added outside Égide)"
      case .sealedChanged:
        "its sealed content does not match the digest it was written or last resealed with (a sealed value was changed, swapped, truncated or removed)"
      case .resealedOutside:
        "the sealed values up to it no longer match the last key generation's record (sealed values and their digests were rewritten)"
      }
    }
  }

  /// The chained table (`events`, `notice_events` or `access_log`).
  public var table: String
  /// The `id` of the row where the chain breaks.
  public var rowID: Int64
  /// What the row stands for when the table says it, such as
  /// `case 2026-0003, event 2`; nil when it cannot be told.
  public var subject: String?
  /// Why the chain breaks there.
  public var reason: Reason

  /// Creates the description of a break.
  public init(
    table: String, rowID: Int64, subject: String? = nil, reason: Reason
  ) {
    self.table = table
    self.rowID = rowID
    self.subject = subject
    self.reason = reason
  }

  /// `row 42 of events (case 2026-0003, event 2)`.
  public var location: String {
    "row \(rowID) of \(table)" + (subject.map { " (\($0))" } ?? "")
  }

  /// The one-line message for the user: where, why, and what to do.
  public var message: String {
    "\(location) breaks the hash chain: \(reason.explanation); the registry was edited outside Égide: investigate who could write to the file, then \(Registry.restoreAdvice)"
  }
}
