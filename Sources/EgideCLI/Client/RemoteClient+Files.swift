import EgideService
import Foundation
import NIOHTTP1

/// The requests whose body, or whose answer, is a file: the file travels
/// as it is, and the fields as JSON in a header (`Egide-Arguments`,
/// `Egide-Result`), so that no name enters a URL.
extension RemoteClient {
  func attach(_ request: AttachEvidenceFile, content: Data) throws
    -> EvidenceReceipt
  {
    var fields = try JSONValue.of(request)
    guard case .object(var object) = fields else { return try decode(Data()) }
    object.removeValue(forKey: "reference")
    fields = .object(object)
    let path =
      "/v1/cases/" + RequestForm.percentEncoded(request.reference)
      + "/evidence/files"
    let (_, data) = try exchange(
      method: .POST, path: path, body: content,
      contentType: "application/octet-stream",
      headers: [("Egide-Arguments", try fields.asciiText())])
    return try decode(data)
  }

  func importCases(
    _ request: ImportCases, content: Data,
    progress: @escaping (ImportCases.Phase, Int, Int) -> Void
  ) throws -> ImportCases.Report {
    var query: [String] = []
    if let format = request.format {
      query.append("format=" + RequestForm.percentEncoded(format))
    }
    if request.skipInvalid == true { query.append("skipInvalid=true") }
    // The file's name may hold a name: it goes in a header, never in the
    // URL; the server reads its extension and quotes it in messages.
    var headers: [(String, String)] = []
    if let name = request.fileName {
      headers.append(
        (
          "Egide-Arguments",
          try JSONValue.object(["fileName": .string(name)]).asciiText()
        ))
    }
    let path =
      "/v1/imports" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    do {
      let (_, data) = try exchange(
        method: .POST, path: path, body: content,
        contentType: "application/octet-stream", headers: headers)
      return try decode(data)
    } catch let refusal as RemoteRefusal
      where refusal.problem.code == ImportRefusal.code
    {
      throw ImportRefusal(
        problems: refusal.problem.problems ?? [],
        message: refusal.problem.detailTemplate)
    }
  }

  func retrieve(_ request: RetrieveEvidence) throws -> (
    RetrieveEvidence.Facts, Data
  ) {
    let path =
      "/v1/evidence/" + RequestForm.percentEncoded(request.evidence)
      + "/retrieval"
    let body = try JSONOutput.plainData(
      JSONValue.object(request.purpose.map { ["purpose": .string($0)] } ?? [:]))
    let (headers, data) = try exchange(
      method: .POST, path: path, body: body, contentType: "application/json")
    guard let result = headers.first(name: "Egide-Result"),
      let facts = try? JSONDecoder().decode(
        RetrieveEvidence.Facts.self, from: Data(result.utf8))
    else {
      throw CLIError(
        .protocolError,
        "the server at \(server) sent a file without its facts; use an egide of the server's version"
      )
    }
    return (facts, data)
  }

  /// An answer's document.
  func decode<Value: Decodable>(_ data: Data) throws -> Value {
    do {
      // Back to the documents' form: `null` beside `"sealed": true` is the
      // value not revealed.
      let read = try JSONValue.parse(data).sealedAsMarker()
      return try JSONDecoder().decode(
        Value.self, from: JSONOutput.plainData(read))
    } catch {
      throw CLIError(
        .protocolError,
        "the server at \(server) answered with a document this egide cannot read (\(error)); use an egide of the server's version"
      )
    }
  }
}
