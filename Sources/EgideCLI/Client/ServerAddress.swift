import AsyncHTTPClient
import Foundation

/// Where an Égide server answers, as `--server`, `$EGIDE_SERVER` or
/// `server` in the configuration file give it: `https://HOST:PORT`,
/// `http://127.0.0.1:PORT` (loopback only), or `unix:/path/to/socket`.
struct ServerAddress: Equatable, CustomStringConvertible {
  /// How the address is reached.
  enum Kind: Equatable {
    /// An HTTP or HTTPS base URL, without a trailing slash.
    case web(String)
    /// A Unix socket on this host.
    case socket(String)
  }

  let kind: Kind

  /// Reads an address.
  ///
  /// - Throws: ``CLIError`` (exit 64) naming `--server` and what is
  ///   accepted; plain `http://` is refused but for loopback, where no
  ///   name crosses the network.
  init(_ text: String) throws {
    if text.hasPrefix("unix:") {
      let path = String(text.dropFirst("unix:".count))
      guard !path.isEmpty else { throw Self.refusal(text) }
      kind = .socket(path)
      return
    }
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
      ["https", "http"].contains(scheme), let host = url.host, !host.isEmpty,
      url.path.isEmpty || url.path == "/", url.query == nil
    else { throw Self.refusal(text) }
    if scheme == "http"
      && !(host == "localhost" || host == "::1" || host.hasPrefix("127."))
    {
      throw CLIError(
        .usage,
        "server '\(text)' is plain http on another host: the names you ask for would cross the network in clear; use https://"
      )
    }
    var base = text
    while base.hasSuffix("/") { base.removeLast() }
    kind = .web(base)
  }

  /// The URL of a path (and query) on this server.
  func url(_ pathAndQuery: String) -> URL? {
    switch kind {
    case .web(let base): URL(string: base + pathAndQuery)
    case .socket(let path): URL(httpURLWithSocketPath: path, uri: pathAndQuery)
    }
  }

  var description: String {
    switch kind {
    case .web(let base): base
    case .socket(let path): "unix:\(path)"
    }
  }

  private static func refusal(_ text: String) -> CLIError {
    CLIError(
      .usage,
      "server '\(text)' is not a server address; accepted: https://HOST:PORT, http://127.0.0.1:PORT or unix:/path/to/socket"
    )
  }
}
