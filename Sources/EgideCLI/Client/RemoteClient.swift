import AsyncHTTPClient
import EgideService
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// An Égide server, reached over HTTPS (or a Unix socket) with the user's
/// token: every request goes to the API, and the server decides, with its
/// own clock, as the token's user.
///
/// The answers are the same documents the local service gives, so every
/// command prints the same output in both modes.
final class RemoteClient: RegistryClient {
  let server: ServerAddress
  let token: String
  let client: HTTPClient
  /// The registry's time zone, as the server's last answer named it.
  private var timeZone = TimeZone(identifier: "Europe/Paris") ?? .current

  /// A client of `server`, with a token and, for a server whose
  /// certificate is signed by a private authority, that authority's
  /// certificate.
  init(server: ServerAddress, token: String, certificateAuthority: String?)
    throws
  {
    self.server = server
    self.token = token
    var tls = TLSConfiguration.makeClientConfiguration()
    tls.minimumTLSVersion = .tlsv12
    if let certificateAuthority {
      do {
        tls.trustRoots = .certificates(
          try NIOSSLCertificate.fromPEMFile(certificateAuthority))
      } catch {
        throw CLIError(
          .noInput,
          "ca-cert '\(certificateAuthority)' is not a readable PEM certificate; give the certificate of the authority that signed the server's"
        )
      }
    }
    // A connection that cannot be made (or a certificate that does not
    // verify, which the client retries until then) fails within 4 s.
    client = HTTPClient(
      eventLoopGroupProvider: .singleton,
      configuration: HTTPClient.Configuration(
        tlsConfiguration: tls,
        timeout: .init(connect: .seconds(4), read: .seconds(300))))
  }

  deinit { try? client.syncShutdown() }

  var display: Display { Display(timeZone: timeZone) }

  func send<Request: ServiceRequest>(_ request: Request) throws
    -> Request.Response
  {
    let form = try RequestForm(request)
    var body: Data?
    if let fields = form.body {
      body = try JSONOutput.plainData(JSONValue.object(fields))
    }
    let path = form.path + (form.query.isEmpty ? "" : "?" + form.queryString)
    let (headers, data) = try exchange(
      method: form.method == .get ? .GET : .POST, path: path, body: body,
      contentType: body == nil ? nil : "application/json")
    if Request.Response.self == RenderedDocument.self,
      let document = RenderedDocument(
        contentType: headers.first(name: "Content-Type") ?? "",
        text: String(decoding: data, as: UTF8.self)) as? Request.Response
    {
      // A rendered document comes as itself, not wrapped in JSON.
      return document
    }
    return try decode(data)
  }

  /// Sends one request and returns the answer's headers and body, or
  /// throws the problem the server answered.
  func exchange(
    method: HTTPMethod, path: String, body: Data?, contentType: String?,
    headers extra: [(String, String)] = []
  ) throws -> (HTTPHeaders, Data) {
    guard let url = server.url(path) else {
      throw CLIError(.usage, "cannot make a URL of \(server) and \(path)")
    }
    var headers = HTTPHeaders()
    headers.add(name: "Authorization", value: "Bearer \(token)")
    headers.add(name: "Accept", value: "application/json")
    headers.add(name: "User-Agent", value: "egide")
    if let contentType { headers.add(name: "Content-Type", value: contentType) }
    for (name, value) in extra { headers.add(name: name, value: value) }
    let request = try HTTPClient.Request(
      url: url, method: method, headers: headers,
      body: body.map { .bytes($0) })
    let response: HTTPClient.Response
    do {
      response = try client.execute(request: request).wait()
    } catch {
      throw unreachable(error)
    }
    if let zone = response.headers.first(name: "Egide-Time-Zone").flatMap(
      TimeZone.init(identifier:))
    {
      timeZone = zone
    }
    let data = response.body.map { Data($0.readableBytesView) } ?? Data()
    guard (200..<300).contains(Int(response.status.code)) else {
      throw RemoteRefusal(
        status: Int(response.status.code), data: data, server: server)
    }
    return (response.headers, data)
  }

  /// The error of a server that cannot be reached, saying what to check.
  func unreachable(_ error: any Error) -> CLIError {
    let text = "\(error)"
    if text.localizedCaseInsensitiveContains("certificate")
      || text.localizedCaseInsensitiveContains("handshake")
      || error is NIOSSLError
    {
      return CLIError(
        .temporaryFailure,
        "the server at \(server) is not trusted: its certificate does not verify (\(text)); give the certificate of its authority with --ca-cert or $EGIDE_CA_CERT"
      )
    }
    return CLIError(
      .temporaryFailure,
      "cannot reach the server at \(server) (\(text)); check --server and that 'egide serve' runs there"
    )
  }
}

/// A refusal the server answered, as problem+json: the CLI prints its
/// line with the fields worded as flags, and exits as the local command
/// would have.
struct RemoteRefusal: Error {
  let problem: Problem

  init(status: Int, data: Data, server: ServerAddress) {
    if let problem = try? JSONDecoder().decode(Problem.self, from: data) {
      self.problem = problem
    } else {
      problem = Problem(
        code: "unreadable", status: status, title: "HTTP \(status)",
        template:
          "the server at \(server) answered HTTP \(status) without saying why; check --server points at an egide server",
        field: nil)
    }
  }
}
