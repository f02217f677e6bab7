import Foundation

/// How `egide serve` listens: on a TCP address with TLS (or plain HTTP on
/// loopback, or behind a TLS proxy), or on a Unix socket.
public struct ServerConfiguration: Sendable {
  /// Where the server listens.
  public enum Listener: Sendable, Equatable, CustomStringConvertible {
    /// A host and port; port 0 lets the system choose a free one.
    case tcp(host: String, port: Int)
    /// A Unix domain socket at a path.
    case socket(path: String)

    public var description: String {
      switch self {
      case .tcp(let host, let port):
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
      case .socket(let path): "unix:\(path)"
      }
    }
  }

  /// The TLS certificate chain and private key, as PEM files.
  public struct TLSFiles: Sendable, Equatable {
    /// The certificate chain.
    public var certificate: String
    /// The private key.
    public var key: String

    /// A certificate and its key.
    public init(certificate: String, key: String) {
      self.certificate = certificate
      self.key = key
    }
  }

  /// Where the server listens.
  public var listener: Listener
  /// The TLS files, or nil for plain HTTP.
  public var tls: TLSFiles?
  /// Whether a TLS proxy stands in front: plain HTTP is then accepted on
  /// any address, and the proxy's `X-Forwarded-For` names the client.
  public var behindProxy: Bool
  /// Connections idle this long are closed.
  public var idleTimeout: Duration
  /// The threads that run the registry's work.
  public var workerThreads: Int

  /// A configuration, checked: plain HTTP is refused on an address other
  /// than loopback unless a TLS proxy is in front.
  ///
  /// - Throws: ``ServerError`` saying what to give instead.
  public init(
    listener: Listener, tls: TLSFiles? = nil, behindProxy: Bool = false,
    idleTimeout: Duration = .seconds(30), workerThreads: Int = 4
  ) throws(ServerError) {
    self.listener = listener
    self.tls = tls
    self.behindProxy = behindProxy
    self.idleTimeout = idleTimeout
    self.workerThreads = workerThreads
    if case .tcp(let host, let port) = listener {
      guard (0...65_535).contains(port) else {
        throw ServerError(
          "listen: port \(port) is not a port; accepted: 0 to 65535 (0 for any free port)"
        )
      }
      if tls == nil && !behindProxy && !Self.isLoopback(host) {
        throw ServerError(
          "listen: \(listener) is not a loopback address and no TLS was given: names would cross the network in clear. Give --tls-cert and --tls-key, or --behind-proxy if a TLS proxy is in front"
        )
      }
    }
    if case .socket = listener, tls != nil {
      throw ServerError(
        "a Unix socket is local to this host and takes no TLS; drop --tls-cert and --tls-key, or listen on an address"
      )
    }
  }

  /// Whether a host is a loopback address (or `localhost`).
  static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// `https` with TLS, else `http`.
  public var scheme: String { tls == nil ? "http" : "https" }
}

/// A reason `egide serve` will not start, in one line that says what to
/// do.
public struct ServerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The message.
  public var message: String

  /// A refusal to start.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
