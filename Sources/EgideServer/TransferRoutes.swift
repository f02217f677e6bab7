import EgideService
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix

/// The routes that move many cases at once: an export, answered as the
/// file itself and written a batch of cases at a time as the client reads
/// it; an import, whose body is the file.
struct TransferRoutes {
  let service: EgideService
  let pool: NIOThreadPool

  func register(on router: some RouterMethods<EgideRequestContext>) {
    router.get(
      ServiceRoutes.path(ExportCases.endpoint.path),
      use: { request, context in
        try await export(request, context, disclosure: false)
      })
    router.post(
      ServiceRoutes.path(ExportCases.disclosureEndpoint.path),
      use: { request, context in
        try await export(request, context, disclosure: true)
      })
    router.post(
      ServiceRoutes.path(ImportCases.endpoint.path),
      use: { request, context in try await importCases(request, context) })
  }

  private func export(
    _ request: Request, _ context: EgideRequestContext, disclosure: Bool
  ) async throws -> Response {
    let endpoint =
      disclosure ? ExportCases.disclosureEndpoint : ExportCases.endpoint
    context.record.route = endpoint.description
    let caller = try FileRoutes.caller(context)
    let fields = try await RequestFields.read(
      request, context, endpoint: endpoint, asBody: disclosure, limit: 1 << 20)
    if !disclosure {
      try DisclosureFields.refusePurposeInURL(
        fields, disclosurePath: ExportCases.disclosureEndpoint.path)
    }
    let export = try StrictDecoder.decode(
      ExportCases.self, from: fields.values, textual: fields.textual)
    if disclosure { try DisclosureFields.requirePurpose(export.purpose) }
    let service = self.service
    let pool = self.pool
    let prepared = try await pool.runIfActive {
      try export.prepare(on: service, as: caller)
    }
    return Response(
      status: .ok,
      headers: [
        .contentType: prepared.format.contentType,
        .contentDisposition: "attachment",
        .egideCaseCount: "\(prepared.count)",
      ],
      body: ResponseBody { writer in
        for index in 0..<prepared.pieceCount {
          let piece = try await pool.runIfActive { try prepared.piece(index) }
          if !piece.isEmpty {
            try await writer.write(ByteBuffer(string: piece))
          }
        }
        try await writer.finish(nil)
      })
  }

  private func importCases(_ request: Request, _ context: EgideRequestContext)
    async throws -> Response
  {
    context.record.route = ImportCases.endpoint.description
    let caller = try FileRoutes.caller(context)
    var fields = RequestFields()
    if let header = request.headers[.egideArguments] {
      guard case .object(let object)? = try? JSONValue.parse(Data(header.utf8))
      else {
        throw ServiceError(
          .badRequest,
          "the Egide-Arguments header is not a JSON object; send {\"fileName\": …}, non-ASCII characters escaped"
        )
      }
      fields.values = object
    }
    for (name, value) in request.uri.queryParameters {
      let key = String(name)
      if key == "fileName" {
        throw ServiceError(
          .badRequest,
          "fileName is not accepted in the URL, where logs would keep it; send it in the Egide-Arguments header",
          field: key)
      }
      fields.values[key] = .string(String(value))
      fields.textual.insert(key)
    }
    let importing = try StrictDecoder.decode(
      ImportCases.self, from: fields.values, textual: fields.textual)
    let limits = self.service.configuration.importLimits
    let content = try await FileRoutes.body(
      of: request, limit: min(limits.fileBytes, ImportCases.maximumSize))
    // Lines and cells are checked before the file is parsed, so that one
    // huge cell cannot multiply the memory parsing takes.
    var sizes = ImportSizeCheck(
      limits: limits, name: "the file", format: importing.format,
      lineSetting: "the server's limit", cellSetting: "the server's limit")
    try content.withUnsafeBytes { try sizes.check($0) }
    let service = self.service
    do {
      let report = try await pool.runIfActive {
        try importing.run(on: service, as: caller, content: content)
      }
      return try JSONAnswer.response(report, status: .ok)
    } catch let refusal as ImportRefusal {
      return Problem(
        code: ImportRefusal.code, status: 400, title: "Bad Request",
        template: refusal.message, field: "content",
        problems: refusal.problems
      ).response()
    }
  }
}
