import EgideService
import Hummingbird
import HummingbirdAuth
import NIOCore

/// What the server knows of a request beyond the request itself: the
/// caller its token proved (never a name the client wrote), and the
/// address it came from, for slowing repeated failures.
struct EgideRequestContext: AuthRequestContext, RequestContext {
  var coreContext: CoreRequestContextStorage
  /// The authenticated caller, once the token was checked.
  var identity: Caller?
  /// The peer: an IP address, or `local` for a Unix socket.
  var peer: String
  /// What the server log keeps of the request.
  let record = RequestRecord()

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    identity = nil
    switch source.channel.remoteAddress {
    case .v4(let address)?: peer = address.host
    case .v6(let address)?: peer = address.host
    case .unixDomainSocket?: peer = "local"
    case nil: peer = "unknown"
    }
  }

  /// Bodies are read with each endpoint's own limit, never more.
  var maxUploadSize: Int { 64 << 20 }
}
