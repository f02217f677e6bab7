import EgideService
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle
import UnixSignals

/// The HTTP API of a served registry: the routes of every request of the
/// service, behind token authentication, problem+json errors and a log
/// that never holds a name.
///
/// `egide serve` runs it until SIGTERM or SIGINT, after which it finishes
/// the requests in flight and stops.
public struct EgideAPIServer: Sendable {
  /// The service of the registry it serves.
  public let service: EgideService
  /// How it listens.
  public let configuration: ServerConfiguration
  /// Its own log: one line per request, no name, no free text, no token.
  public let logger: Logger

  /// A server of `service`.
  public init(
    service: EgideService, configuration: ServerConfiguration, logger: Logger
  ) {
    self.service = service
    self.configuration = configuration
    self.logger = logger
  }

  /// The router: what answers requests, in process for tests and on the
  /// network when run.
  func router(pool: NIOThreadPool) -> Router<EgideRequestContext> {
    let router = Router(context: EgideRequestContext.self)
    router.add(
      middleware: ServedRequestMiddleware(
        logger: logger, timeZone: service.configuration.timeZone))
    router.get("/v1/health") { _, context -> Response in
      context.record.route = "GET /v1/health"
      return try JSONAnswer.response(["status": "ok"], status: .ok)
    }
    let api = router.group("/v1")
      .add(
        middleware: TokenAuthenticator(
          service: service, throttle: FailureThrottle(), pool: pool,
          behindProxy: configuration.behindProxy))
    ServiceRoutes(service: service, pool: pool).register(on: api)
    FileRoutes(service: service, pool: pool).register(on: api)
    TransferRoutes(service: service, pool: pool).register(on: api)
    return router
  }

  /// The application, ready to run or to test.
  ///
  /// - Parameters:
  ///   - pool: where the registry's work runs.
  ///   - onRunning: called with the address once listening.
  /// - Returns: the application.
  /// - Throws: ``ServerError`` for TLS files that cannot be read.
  func application(
    pool: NIOThreadPool,
    onRunning: @escaping @Sendable (String) async -> Void = { _ in }
  ) throws -> some ApplicationProtocol {
    let address: BindAddress =
      switch configuration.listener {
      case .tcp(let host, let port): .hostname(host, port: port)
      case .socket(let path): .unixDomainSocket(path: path)
      }
    let http1 = HTTPServerBuilder.http1(
      configuration: .init(
        idleTimeout: .nanoseconds(
          Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000)
      ))
    let server =
      try configuration.tls.map { files in
        try HTTPServerBuilder.tls(http1, tlsConfiguration: Self.tls(files))
      } ?? http1
    let scheme = configuration.scheme
    let listener = configuration.listener
    return Application(
      router: router(pool: pool), server: server,
      configuration: .init(
        address: address, serverName: nil,
        availableConnectionsDelegate: MaximumAvailableConnections(4_096)),
      onServerRunning: { channel in
        switch listener {
        case .socket: await onRunning(listener.description)
        case .tcp(let host, _):
          let port = channel.localAddress?.port ?? 0
          let shown = host.contains(":") ? "[\(host)]" : host
          await onRunning("\(scheme)://\(shown):\(port)")
        }
      },
      logger: logger)
  }

  /// Runs until SIGTERM or SIGINT, then finishes the requests in flight.
  ///
  /// - Parameter onRunning: called with the address once listening.
  /// - Throws: ``ServerError`` for TLS files that cannot be read, or the
  ///   error of an address that cannot be listened on.
  public func run(onRunning: @escaping @Sendable (String) async -> Void)
    async throws
  {
    let pool = NIOThreadPool(numberOfThreads: configuration.workerThreads)
    pool.start()
    do {
      let app = try application(pool: pool, onRunning: onRunning)
      try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    } catch {
      try? await pool.shutdownGracefully()
      throw error
    }
    try await pool.shutdownGracefully()
  }

  /// The TLS configuration of the certificate and key files.
  static func tls(_ files: ServerConfiguration.TLSFiles) throws
    -> TLSConfiguration
  {
    let chain: [NIOSSLCertificate]
    let key: NIOSSLPrivateKey
    do {
      chain = try NIOSSLCertificate.fromPEMFile(files.certificate)
    } catch {
      throw ServerError(
        "tls-cert: \(files.certificate) is not a readable PEM certificate (\(error)); give the certificate chain in PEM"
      )
    }
    do {
      key = try NIOSSLPrivateKey(file: files.key, format: .pem)
    } catch {
      throw ServerError(
        "tls-key: \(files.key) is not a readable PEM private key (\(error)); give the key of the certificate in PEM"
      )
    }
    var tls = TLSConfiguration.makeServerConfiguration(
      certificateChain: chain.map { .certificate($0) },
      privateKey: .privateKey(key))
    tls.minimumTLSVersion = .tlsv12
    return tls
  }
}
