import EgideCore
import EgideStore
import Foundation

/// Add URLs to a notice not yet sent.
///
/// A sent notice does not change: more URLs go in a new notice.
public struct AddNoticeURLs: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/notices/{notice}/urls")

  /// The notice (`N-000001`).
  public var notice: String
  /// The exact URL of each content to add (sealed).
  public var urls: [String]

  /// URLs to add to a draft notice.
  public init(notice: String, urls: [String]) {
    self.notice = notice
    self.urls = urls
  }

  /// The notice with its URLs.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The notice.
    public var notice: String
    /// How many URLs it names now.
    public var urls: Int
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let id = try Field.parse("notice") { try NoticeID.parse(self.notice) }
    guard !urls.isEmpty else {
      throw DomainError(
        .invalidValue,
        "no URL to add; give the exact URL of each content in {urls}",
        field: "urls")
    }
    let access = try service.authorize(caller, .noticeAddURL, on: .notice(id))
    let now = access.now
    // Opens the URLs to compare the new ones with those of the notice; none
    // is answered.
    let notice = try access.registry.revealing().transaction { tx in
      var last: TakedownNotice?
      for url in urls {
        last = try tx.addURL(url, to: id, by: access.actor, at: now)
      }
      return last
    }
    return Receipt(notice: id.description, urls: notice?.targets.count ?? 0)
  }
}
