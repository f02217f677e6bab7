import Foundation

/// What the server log keeps of one request, filled in as it is answered:
/// the route's template and the authenticated user — never a path's
/// values, a query, a header, a body, a name, a free text or a token.
final class RequestRecord: @unchecked Sendable {
  // Written by the middlewares of one request, which run one after the
  // other on that request's task.
  var route = "unmatched"
  var user: String?
}
