import AsyncHTTPClient
import EgideService
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// Exports streamed from the server: each piece is written as it arrives,
/// so an export of any size goes through in little memory.
extension RemoteClient {
  func export(
    _ request: ExportCases, destination: String,
    write: @escaping (String) throws -> Void
  ) throws -> Int {
    guard case .object(var fields) = try JSONValue.of(request) else { return 0 }
    let method: HTTPMethod
    var path: String
    var body: Data?
    if request.purpose != nil {
      method = .POST
      path = ExportCases.disclosureEndpoint.path
      body = try JSONOutput.plainData(JSONValue.object(fields))
    } else {
      method = .GET
      fields.removeValue(forKey: "purpose")
      path = ExportCases.endpoint.path
      let query = Self.query(fields)
      if !query.isEmpty { path += "?" + query }
    }
    guard let url = server.url(path) else {
      throw CLIError(.usage, "cannot make a URL of \(server) and \(path)")
    }
    var headers = HTTPHeaders()
    headers.add(name: "Authorization", value: "Bearer \(token)")
    if body != nil {
      headers.add(name: "Content-Type", value: "application/json")
    }
    let http = try HTTPClient.Request(
      url: url, method: method, headers: headers, body: body.map { .bytes($0) })
    let delegate = StreamedAnswer(write: write)
    do {
      _ = try client.execute(request: http, delegate: delegate).wait()
    } catch let error as StreamedAnswer.Stopped {
      throw error.error
    } catch {
      throw unreachable(error)
    }
    let (status, answerHeaders, refusal) = delegate.outcome
    guard (200..<300).contains(status) else {
      throw RemoteRefusal(status: status, data: refusal, server: server)
    }
    return answerHeaders.first(name: "Egide-Case-Count").flatMap(Int.init) ?? 0
  }

  /// The query string of a request's fields, as ``RequestForm`` writes it.
  static func query(_ fields: [String: JSONValue]) -> String {
    var items: [String] = []
    for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
      let texts: [String]
      switch value {
      case .string(let text): texts = [text]
      case .bool(let flag): texts = [flag ? "true" : "false"]
      case .number(let number): texts = [String(Int64(number))]
      case .array(let values):
        texts = values.compactMap {
          if case .string(let text) = $0 { return text }
          return nil
        }
      default: texts = []
      }
      for text in texts {
        items.append(
          RequestForm.percentEncoded(name) + "="
            + RequestForm.percentEncoded(text))
      }
    }
    return items.joined(separator: "&")
  }
}

/// Receives a streamed answer: the body of a success goes to `write`, a
/// piece at a time and never splitting a character; the body of a
/// refusal is kept to be read as its problem.
final class StreamedAnswer: HTTPClientResponseDelegate, @unchecked Sendable {
  typealias Response = Void

  /// An error of `write`, which stopped the download.
  struct Stopped: Error { let error: any Error }

  private let write: (String) throws -> Void
  private let state = NIOLockedValueBox(
    (status: 0, headers: HTTPHeaders(), pending: [UInt8](), refusal: Data()))

  init(write: @escaping (String) throws -> Void) { self.write = write }

  /// The status, the headers, and the body of a refusal.
  var outcome: (Int, HTTPHeaders, Data) {
    state.withLockedValue { ($0.status, $0.headers, $0.refusal) }
  }

  func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead)
    -> EventLoopFuture<Void>
  {
    state.withLockedValue {
      $0.status = Int(head.status.code)
      $0.headers = head.headers
    }
    return task.eventLoop.makeSucceededVoidFuture()
  }

  func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer)
    -> EventLoopFuture<Void>
  {
    let text: String? = state.withLockedValue { state in
      guard (200..<300).contains(state.status) else {
        state.refusal.append(contentsOf: buffer.readableBytesView)
        return nil
      }
      state.pending += buffer.readableBytesView
      // Keep an incomplete UTF-8 character for the next piece.
      var end = state.pending.count
      var lead = state.pending.count - 1
      while lead >= 0, end - lead < 4, state.pending[lead] & 0xC0 == 0x80 {
        lead -= 1
      }
      if lead >= 0 {
        let byte = state.pending[lead]
        let length =
          byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        if state.pending.count - lead < length { end = lead }
      }
      let piece = String(decoding: state.pending[..<end], as: UTF8.self)
      state.pending.removeFirst(end)
      return piece
    }
    if let text, !text.isEmpty {
      do { try write(text) } catch {
        return task.eventLoop.makeFailedFuture(Stopped(error: error))
      }
    }
    return task.eventLoop.makeSucceededVoidFuture()
  }

  func didFinishRequest(task: HTTPClient.Task<Void>) throws {
    let rest = state.withLockedValue { state -> String in
      defer { state.pending.removeAll() }
      return String(decoding: state.pending, as: UTF8.self)
    }
    if !rest.isEmpty { try write(rest) }
  }
}
