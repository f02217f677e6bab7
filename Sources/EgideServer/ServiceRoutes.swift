import EgideService
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix

/// The routes of the API: one per request of ``ServiceCatalog`` at its
/// endpoint (and, for a request that reveals identities, its
/// `/disclosure` twin), each reading the request strictly, running it on
/// the service for the token's caller, and answering its document.
struct ServiceRoutes {
  let service: EgideService
  /// Where the registry's synchronous work runs, off the event loops.
  let pool: NIOThreadPool

  /// Adds every route to `router`.
  func register(on router: some RouterMethods<EgideRequestContext>) {
    for type in ServiceCatalog.requests {
      register(type, on: router)
    }
  }

  private func register<Asked: ServiceRequest>(
    _ type: Asked.Type, on router: some RouterMethods<EgideRequestContext>
  ) {
    let endpoint = Asked.endpoint
    let disclosing = Asked.self is any DisclosingRequest.Type
    router.on(
      Self.path(endpoint.path), method: HTTPRequest.Method(endpoint.method),
      use: { request, context in
        try await answer(
          Asked.self, request, context, endpoint: endpoint,
          disclosure: false, disclosing: disclosing)
      })
    if disclosing {
      router.on(
        Self.path(endpoint.path + "/disclosure"), method: .post,
        use: { request, context in
          try await answer(
            Asked.self, request, context, endpoint: endpoint,
            disclosure: true, disclosing: true)
        })
    }
  }

  /// A path of the API, relative to the `/v1` group that holds the routes.
  static func path(_ path: String) -> RouterPath {
    RouterPath(String(path.dropFirst("/v1".count)))
  }

  private func answer<Asked: ServiceRequest>(
    _ type: Asked.Type, _ request: Request, _ context: EgideRequestContext,
    endpoint: Endpoint, disclosure: Bool, disclosing: Bool
  ) async throws -> Response {
    context.record.route =
      disclosure ? "POST \(endpoint.path)/disclosure" : endpoint.description
    guard let caller = context.identity else {
      throw ServiceError(.unauthenticated, "no token was presented")
    }
    let fields = try await RequestFields.read(
      request, context, endpoint: endpoint,
      asBody: disclosure || endpoint.method == .post,
      limit: Asked.maximumBodySize)
    if disclosing && !disclosure {
      try DisclosureFields.refusePurposeInURL(
        fields, disclosurePath: endpoint.path + "/disclosure")
    }
    let decoded = try StrictDecoder.decode(
      Asked.self, from: fields.values, textual: fields.textual
    ).boundedForAPI()
    if disclosure {
      try DisclosureFields.requirePurpose(
        (decoded as? any DisclosingRequest)?.purpose)
    }
    let service = self.service
    let answer = try await pool.runIfActive {
      try decoded.run(on: service, as: caller)
    }
    if let document = answer as? RenderedDocument {
      // A rendered document is the answer itself, with its media type.
      return Response(
        status: HTTPResponse.Status(code: endpoint.successStatus),
        headers: [.contentType: document.contentType],
        body: ResponseBody(byteBuffer: ByteBuffer(string: document.text)))
    }
    return try JSONAnswer.response(
      answer, status: HTTPResponse.Status(code: endpoint.successStatus))
  }
}

extension HTTPRequest.Method {
  init(_ method: Endpoint.Method) {
    switch method {
    case .get: self = .get
    case .post: self = .post
    }
  }
}

/// The fields a request carries: its path's parameters, and its query
/// (a read) or its JSON body (everything else).
struct RequestFields {
  var values: [String: JSONValue] = [:]
  /// The fields that came as text (path and query).
  var textual: Set<String> = []

  static func read(
    _ request: Request, _ context: EgideRequestContext, endpoint: Endpoint,
    asBody: Bool, limit: Int
  ) async throws -> RequestFields {
    var fields = RequestFields()
    if asBody {
      if let length = request.headers[.contentLength].flatMap(Int.init),
        length > limit
      {
        throw ServiceError(
          .tooLarge,
          "the body is \(length) bytes; this endpoint accepts at most \(limit)")
      }
      let buffer: ByteBuffer
      do {
        buffer = try await request.body.collect(upTo: limit)
      } catch let error as HTTPError where error.status == .contentTooLarge {
        throw ServiceError(
          .tooLarge,
          "the body is larger than the \(limit) bytes this endpoint accepts")
      } catch {
        throw BodyCut.error(
          after: nil,
          of: request.headers[.contentLength].flatMap(Int.init), field: nil)
      }
      if buffer.readableBytes > 0 {
        let value: JSONValue
        do {
          value = try JSONValue.parse(Data(buffer.readableBytesView))
        } catch {
          throw ServiceError(
            .badRequest, "the body is not valid JSON; send a JSON object")
        }
        guard case .object(let object) = value else {
          throw ServiceError(
            .badRequest, "the body is \(value.kind); send a JSON object")
        }
        fields.values = object
      }
    }
    for (name, value) in request.uri.queryParameters {
      let key = String(name)
      if asBody {
        throw ServiceError(
          .badRequest,
          "\(key) is not accepted in the query string of this endpoint; send the fields in the JSON body",
          field: key)
      }
      fields.textual.insert(key)
      let text = JSONValue.string(String(value))
      switch fields.values[key] {
      case nil: fields.values[key] = text
      case .array(let values)?: fields.values[key] = .array(values + [text])
      case let first?: fields.values[key] = .array([first, text])
      }
    }
    for name in endpoint.parameters {
      guard let raw = context.parameters.get(name) else { continue }
      if fields.values[name] != nil {
        throw ServiceError(
          .badRequest,
          "\(name) belongs in the path of this endpoint, not in its fields",
          field: name)
      }
      fields.values[name] = .string(raw.removingPercentEncoding ?? raw)
      fields.textual.insert(name)
    }
    return fields
  }
}

/// Answers in JSON as Égide writes it: sorted keys, UTC dates.
enum JSONAnswer {
  static func response(_ value: some Encodable, status: HTTPResponse.Status)
    throws -> Response
  {
    let data = try JSONOutput.compactData(value)
    return Response(
      status: status, headers: [.contentType: "application/json"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}
