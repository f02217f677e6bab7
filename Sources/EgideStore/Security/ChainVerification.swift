/// What the verification of the hash chains found: for each chained table,
/// how many rows were checked, its head, and the first broken link.
///
/// The head is the hash the next row of the table will chain from: noted
/// elsewhere (in a monthly report), it shows later whether the table was
/// rewritten with every hash recomputed, which the chain alone cannot.
public struct ChainVerification: Sendable, Equatable {
  /// How one chain came out.
  public enum State: Sendable, Equatable {
    /// Every row matches its hash and follows the one before it.
    case intact
    /// Rows written before the chain existed are not chained yet: this is
    /// done when a writing command opens the registry.
    case pending
    /// The chain breaks at this row.
    case broken(ChainBreak)

    /// `intact`, `pending` or `broken`.
    public var name: String {
      switch self {
      case .intact: "intact"
      case .pending: "pending"
      case .broken: "broken"
      }
    }
  }

  /// The verification of one chained table.
  public struct Chain: Sendable, Equatable {
    /// The table: `events`, `notice_events` or `access_log`.
    public var table: String
    /// How many rows were checked.
    public var rows: Int
    /// The hash the next row will chain from: the last row's hash, or the
    /// table's start value when it is empty (64 hex digits).
    public var head: String
    /// Whether the chain holds.
    public var state: State

    /// The first broken link, if the chain is broken.
    public var brokenLink: ChainBreak? {
      if case .broken(let link) = state { return link }
      return nil
    }
  }

  /// Every chained table, in the order `events`, `notice_events`,
  /// `access_log`.
  public var chains: [Chain]

  /// Whether no chain is broken.
  public var isIntact: Bool { firstBreak == nil }

  /// The first broken link of the first broken chain.
  public var firstBreak: ChainBreak? {
    chains.lazy.compactMap(\.brokenLink).first
  }
}
