import EgideCore
import EgideStore
import Foundation

/// The cases matching filters, most urgent first, a page at a time.
///
/// A user limited to a court or a ressort lists the cases of that scope
/// only. Summaries only with a purpose: the access log then records one
/// entry per case listed, before anything is read.
public struct ListCases: DisclosingRequest {
  public static let endpoint = Endpoint(.get, "/v1/cases")

  /// Which cases, in which order.
  public var filters: CaseFilters
  /// At most this many cases in this answer; nil for all of them.
  public var limit: Int?
  /// Where the previous page ended, as its answer gave it.
  public var cursor: String?
  /// Why the summaries are needed; nil to keep them hidden.
  public var purpose: String?
  /// Words every case listed holds in its summary, narrative, notes or
  /// the names of its persons (case and accents folded); needs a purpose.
  public var search: String?

  /// A page of cases.
  public init(
    filters: CaseFilters = CaseFilters(), limit: Int? = nil,
    cursor: String? = nil, purpose: String? = nil, search: String? = nil
  ) {
    self.search = search
    self.filters = filters
    self.limit = limit
    self.cursor = cursor
    self.purpose = purpose
  }

  enum CodingKeys: String, CodingKey { case limit, cursor, purpose, search }

  public init(from decoder: any Decoder) throws {
    filters = try CaseFilters(from: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    limit = try c.decodeIfPresent(Int.self, forKey: .limit)
    cursor = try c.decodeIfPresent(String.self, forKey: .cursor)
    purpose = try c.decodeIfPresent(String.self, forKey: .purpose)
    search = try c.decodeIfPresent(String.self, forKey: .search)
  }

  public func encode(to encoder: any Encoder) throws {
    try filters.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(limit, forKey: .limit)
    try c.encodeIfPresent(cursor, forKey: .cursor)
    try c.encodeIfPresent(purpose, forKey: .purpose)
    try c.encodeIfPresent(search, forKey: .search)
  }

  /// The most cases the HTTP API answers at once.
  public static let pageSize = 500

  /// At most ``pageSize`` cases, the rest a cursor away.
  public func boundedForAPI() -> ListCases {
    var bounded = self
    bounded.limit = min(limit ?? Self.pageSize, Self.pageSize)
    return bounded
  }

  /// A page of the list.
  public struct Page: Codable, Sendable {
    /// The cases, in order.
    public var cases: [CaseEntry]
    /// Where to continue; nil on the last page.
    public var nextCursor: String?
    /// The instant deadlines and ages were computed at.
    public var asOf: String
    /// Whether the summaries are the real ones rather than `[sealed]`.
    public var identitiesRevealed: Bool
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Page {
    let now = service.now
    var query = try filters.query(service.configuration, now: now)
    if let limit, limit < 1 {
      throw DomainError(
        .invalidValue, "limit '\(limit)' is not accepted; give 1 or more",
        field: "limit")
    }
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(caller, .list)
    try access.restrict(&query)
    if let search {
      try Self.search(search, in: &query, purpose: purpose, access: access)
    }
    let start = try ListCursor.offset(cursor, for: filters)
    query.offset = start
    // One more than asked says whether a page follows (a limit too large
    // to add one to asks for every case anyway).
    query.limit = limit.map { $0 == Int.max ? $0 : $0 + 1 }
    var listings = try access.registry.list(query)
    var nextCursor: String?
    if let limit, listings.count > limit {
      listings.removeLast(listings.count - limit)
      nextCursor = ListCursor.cursor(offset: start + limit, for: filters)
    }
    var revealed = false
    if let purpose {
      // Listed again once logged: the cases shown are those logged.
      let logged = Set(listings.map(\.reference))
      let store = try access.reveal(
        .show, purpose: purpose, cases: listings.map(\.reference),
        details: ["command": "list"])
      listings = try store.list(query).filter { logged.contains($0.reference) }
      revealed = store.revealsIdentities
    }
    return Page(
      cases: listings.map(CaseEntry.init), nextCursor: nextCursor,
      asOf: ISODate.string(now), identitiesRevealed: revealed)
  }
}

/// Where a page of a list ends: an offset, bound to the filters it was
/// given for, so that a cursor is not reused with other filters.
enum ListCursor {
  /// The cursor after `offset` cases.
  static func cursor(offset: Int, for filters: CaseFilters) -> String {
    let text = "\(offset).\(fingerprint(filters))"
    return Data(text.utf8).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  /// The offset a cursor stands for: 0 without one.
  ///
  /// - Throws: ``ServiceError`` `.badRequest` naming `cursor` for a
  ///   cursor that is not one, or was given for other filters.
  static func offset(_ cursor: String?, for filters: CaseFilters) throws -> Int
  {
    guard let cursor else { return 0 }
    var base64 = cursor.replacingOccurrences(of: "-", with: "+")
      .replacingOccurrences(of: "_", with: "/")
    base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
    guard let data = Data(base64Encoded: base64),
      let text = String(data: data, encoding: .utf8),
      let dot = text.firstIndex(of: "."),
      let offset = Int(text[..<dot]), offset >= 0
    else {
      throw ServiceError(
        .badRequest,
        "cursor '\(cursor.prefix(40))' is not a cursor of this list; give the nextCursor of the previous page, or none for the first",
        field: "cursor")
    }
    guard text[text.index(after: dot)...] == fingerprint(filters) else {
      throw ServiceError(
        .badRequest,
        "cursor '\(cursor.prefix(40))' was given for other filters; start again without a cursor",
        field: "cursor")
    }
    return offset
  }

  private static func fingerprint(_ filters: CaseFilters) -> String {
    // FNV-1a over the filters' sorted JSON: stable across processes.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let bytes = (try? encoder.encode(filters)) ?? Data()
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}

/// One case of a list: the facts, deadlines and summary (hidden unless
/// revealed).
public struct CaseEntry: Codable, Sendable, Equatable {
  public var reference: String
  public var status: String
  public var severity: String?
  public var assessed: Bool
  public var court: String
  public var appealCourt: String?
  public var kinds: [String]
  public var channel: String
  public var platform: String?
  public var reportedAt: String
  public var assessmentDue: String
  public var assessmentOverdue: Bool
  public var overdueMeasures: Int
  public var overdue: Bool
  public var assignee: String?
  public var closureReason: String?
  public var summary: String

  init(_ listing: CaseListing) {
    reference = listing.reference.description
    status = listing.status.rawValue
    severity = listing.severity?.rawValue
    assessed = listing.isAssessed
    court = listing.court
    appealCourt = listing.appealCourt
    kinds = listing.kinds.map(\.rawValue)
    channel = listing.channel.rawValue
    platform = listing.platform?.rawValue
    reportedAt = ISODate.string(listing.reportedAt)
    assessmentDue = ISODate.string(listing.assessmentDue)
    assessmentOverdue = listing.assessmentOverdue
    overdueMeasures = listing.overdueMeasures
    overdue = listing.isOverdue
    assignee = listing.assignee
    closureReason = listing.closureReason?.rawValue
    summary = listing.summary
  }
}
