import EgideService
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The outermost step of every request: answers any error as
/// problem+json, marks every answer as not to be cached, gives every 401
/// its challenge, and writes one line to the server's log.
///
/// The line holds the method, the route's template, the status, the
/// duration and the authenticated user: no value from the path, no query,
/// no header, no body, so no name, free text or token ever reaches the
/// log.
struct ServedRequestMiddleware: RouterMiddleware {
  typealias Context = EgideRequestContext

  let logger: Logger
  let timeZone: TimeZone

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    var response: Response
    do {
      response = try await next(request, context)
    } catch let refusal as Refusal {
      response = Problem.from(refusal.error).response(headers: refusal.headers)
    } catch {
      response = Problem.from(error).response()
    }
    // RFC 9110: every 401 says how to authenticate, the access policy's
    // refusal of a user disabled while the request ran included.
    if response.status == .unauthorized,
      response.headers[.wwwAuthenticate] == nil
    {
      response.headers[.wwwAuthenticate] = TokenAuthenticator.challenge
    }
    response.headers[.cacheControl] = "no-store"
    response.headers[.egideTimeZone] = timeZone.identifier
    let elapsed = ContinuousClock.now - start
    let milliseconds =
      Double(elapsed.components.seconds) * 1_000
      + Double(elapsed.components.attoseconds) / 1e15
    logger.info(
      "request",
      metadata: [
        "method": .string(request.method.rawValue),
        "route": .string(context.record.route),
        "status": .stringConvertible(response.status.code),
        "ms": .string(String(format: "%.1f", milliseconds)),
        "user": .string(context.record.user ?? "-"),
      ])
    return response
  }

}
