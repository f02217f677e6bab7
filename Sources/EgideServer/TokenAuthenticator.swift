import EgideService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import NIOPosix

/// Turns the bearer token of a request into its caller, or answers 401.
///
/// Every request but the health check must carry `Authorization: Bearer
/// TOKEN`. A missing, malformed, unknown, expired or revoked token, or one
/// whose user was disabled, is refused with one line saying which; an
/// address that keeps failing is answered 429 until it waits.
struct TokenAuthenticator: AuthenticatorMiddleware {
  typealias Context = EgideRequestContext

  /// The `WWW-Authenticate` challenge of every 401.
  static let challenge = "Bearer realm=\"egide\""

  let service: EgideService
  let throttle: FailureThrottle
  let pool: NIOThreadPool
  /// Whether a TLS proxy in front sets `X-Forwarded-For`: the address it
  /// appends last is then the client's.
  let behindProxy: Bool

  func authenticate(request: Request, context: Context) async throws -> Caller?
  {
    let peer = self.peer(of: request, context)
    if let wait = await throttle.wait(for: peer) {
      throw Refusal(
        error: ServiceError(
          .tooManyAttempts,
          "too many failed authentications from this address; wait \(wait) seconds before trying again"
        ),
        headers: [.retryAfter: "\(wait)"])
    }
    do {
      guard let header = request.headers[.authorization] else {
        throw ServiceError(
          .unauthenticated,
          "no token: send 'Authorization: Bearer TOKEN' with a token from 'egide user token create'"
        )
      }
      let parts = header.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, parts[0].lowercased() == "bearer" else {
        throw ServiceError(
          .unauthenticated,
          "the Authorization header is not 'Bearer TOKEN'; send the token as a bearer token"
        )
      }
      let token = String(parts[1]).trimmingCharacters(in: .whitespaces)
      let service = self.service
      let caller = try await pool.runIfActive {
        try service.caller(presenting: token)
      }
      context.record.user = caller.name
      return caller
    } catch let error as ServiceError where error.code == .unauthenticated {
      await throttle.recordFailure(of: peer)
      throw Refusal(
        error: error, headers: [.wwwAuthenticate: Self.challenge])
    }
  }
}

extension TokenAuthenticator {
  /// The address failures are counted against.
  func peer(of request: Request, _ context: Context) -> String {
    guard behindProxy,
      let forwarded = request.headers[.forwardedFor],
      let last = forwarded.split(separator: ",").last
    else { return context.peer }
    return last.trimmingCharacters(in: .whitespaces)
  }
}

/// An error answered with headers of its own (`Retry-After`,
/// `WWW-Authenticate`).
struct Refusal: Error {
  let error: any Error
  let headers: HTTPFields
}
