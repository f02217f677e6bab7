import EgideService
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix

/// The routes whose body, or whose answer, is a file: evidence kept in a
/// case, and evidence given back.
///
/// The file travels as the body, read within its limit as it arrives (a
/// body announced larger is refused before it is read); the fields travel
/// as JSON in the `Egide-Arguments` header, and the facts of a file given
/// back in `Egide-Result`, so that no file name enters a URL or a log.
struct FileRoutes {
  let service: EgideService
  let pool: NIOThreadPool

  func register(on router: some RouterMethods<EgideRequestContext>) {
    router.post(
      ServiceRoutes.path(AttachEvidenceFile.endpoint.path),
      use: { request, context in try await attach(request, context) })
    router.post(
      ServiceRoutes.path(RetrieveEvidence.endpoint.path),
      use: { request, context in try await retrieve(request, context) })
  }

  private func attach(_ request: Request, _ context: EgideRequestContext)
    async throws -> Response
  {
    context.record.route = AttachEvidenceFile.endpoint.description
    let caller = try Self.caller(context)
    var fields: [String: JSONValue] = [:]
    if let header = request.headers[.egideArguments] {
      guard case .object(let object)? = try? JSONValue.parse(Data(header.utf8))
      else {
        throw ServiceError(
          .badRequest,
          "the Egide-Arguments header is not a JSON object; send the fields (fileName, description) as JSON, non-ASCII characters escaped"
        )
      }
      fields = object
    }
    var textual: Set<String> = []
    if let reference = context.parameters.get("reference") {
      if fields["reference"] != nil {
        throw ServiceError(
          .badRequest, "reference belongs in the path of this endpoint",
          field: "reference")
      }
      fields["reference"] = .string(
        reference.removingPercentEncoding ?? reference)
      textual.insert("reference")
    }
    let attachment = try StrictDecoder.decode(
      AttachEvidenceFile.self, from: fields, textual: textual)
    let content = try await Self.body(
      of: request, limit: AttachEvidenceFile.maximumSize)
    let service = self.service
    let receipt = try await pool.runIfActive {
      try attachment.run(on: service, as: caller, content: content)
    }
    return try JSONAnswer.response(receipt, status: .created)
  }

  private func retrieve(_ request: Request, _ context: EgideRequestContext)
    async throws -> Response
  {
    context.record.route = RetrieveEvidence.endpoint.description
    let caller = try Self.caller(context)
    let fields = try await RequestFields.read(
      request, context, endpoint: RetrieveEvidence.endpoint, asBody: true,
      limit: 1 << 20)
    let retrieval = try StrictDecoder.decode(
      RetrieveEvidence.self, from: fields.values, textual: fields.textual)
    let service = self.service
    let (facts, bytes) = try await pool.runIfActive {
      try retrieval.run(on: service, as: caller)
    }
    return Response(
      status: .ok,
      headers: [
        .contentType: "application/octet-stream",
        .contentDisposition: "attachment",
        .egideResult: try JSONValue.of(facts).asciiText(),
      ],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  static func caller(_ context: EgideRequestContext) throws -> Caller {
    guard let caller = context.identity else {
      throw ServiceError(.unauthenticated, "no token was presented")
    }
    return caller
  }

  /// The body, read as it arrives and refused past `limit`; a body
  /// announced larger is refused before anything is read.
  ///
  /// A body cut short (the client closed the connection, or sent fewer
  /// bytes than its `Content-Length`) is refused as a bad request, never
  /// kept: nothing is written, and the log says the client failed.
  static func body(of request: Request, limit: Int) async throws -> Data {
    let announced = request.headers[.contentLength].flatMap(Int.init)
    if let announced, announced > limit {
      throw ServiceError(
        .tooLarge,
        "the file is \(announced) bytes; at most \(limit) are accepted",
        field: "content")
    }
    var data = Data()
    do {
      for try await buffer in request.body {
        guard data.count + buffer.readableBytes <= limit else {
          throw ServiceError(
            .tooLarge, "the file is larger than the \(limit) bytes accepted",
            field: "content")
        }
        data.append(contentsOf: buffer.readableBytesView)
      }
    } catch let error as ServiceError {
      throw error
    } catch {
      throw BodyCut.error(after: data.count, of: announced, field: "content")
    }
    if let announced, data.count != announced {
      throw BodyCut.error(after: data.count, of: announced, field: "content")
    }
    return data
  }
}
