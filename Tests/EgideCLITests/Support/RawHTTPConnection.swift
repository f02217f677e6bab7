import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 connection to a loopback port, written by hand on a
/// blocking socket, so that a test can send what no client library
/// would: half a body, a request line a byte at a time, gigabytes from a
/// generator.
///
/// Every read and write gives up after the socket's timeout, so that a
/// server that never answers fails the test instead of hanging it.
final class RawHTTPConnection {
  /// An answer read from the socket.
  struct Answer: CustomStringConvertible {
    /// The status code.
    var status: Int
    /// The headers, names in lower case.
    var headers: [String: String]
    /// The body.
    var body: Data

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object, if it is one.
    var object: [String: Any]? {
      (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }

    var description: String {
      "HTTP \(status) \(headers.sorted { $0.key < $1.key }) \(text.prefix(600))"
    }
  }

  /// The socket, or -1 once closed.
  private(set) var descriptor: Int32
  /// The port of this end of the connection.
  let localPort: Int
  /// Bytes read past the last answer.
  private var pending: [UInt8] = []

  /// Connects to `127.0.0.1:port`; reads and writes wait at most
  /// `timeout` seconds.
  ///
  /// - Throws: ``RawHTTPError`` when the connection is refused.
  init(port: Int, timeout: Int = 30) throws {
    descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw RawHTTPError("socket", errno) }
    var limit = timeval(tv_sec: timeout, tv_usec: 0)
    let size = socklen_t(MemoryLayout<timeval>.size)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, size)
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, size)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let socketDescriptor = descriptor
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(
          socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      let code = errno
      Glibc.close(descriptor)
      throw RawHTTPError("connect to port \(port)", code)
    }
    var local = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &local) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(socketDescriptor, $0, &length)
      }
    }
    localPort = Int(UInt16(bigEndian: local.sin_port))
  }

  deinit { close() }

  /// Closes the connection (at once: unread bytes are dropped).
  func close() {
    guard descriptor >= 0 else { return }
    Glibc.close(descriptor)
    descriptor = -1
  }

  /// Writes all of `data`; false when the server closed or reset the
  /// connection, or the write timed out.
  @discardableResult
  func write(_ data: Data) -> Bool {
    data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return true }
      var offset = 0
      while offset < raw.count {
        let written = send(
          descriptor, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  /// Writes `text` as UTF-8.
  @discardableResult
  func write(_ text: String) -> Bool { write(Data(text.utf8)) }

  /// Whether the server sent something or closed, waiting at most
  /// `milliseconds`.
  func isReadable(within milliseconds: Int32 = 0) -> Bool {
    if !pending.isEmpty { return true }
    var entry = pollfd(
      fd: descriptor, events: Int16(POLLIN | POLLHUP), revents: 0)
    return poll(&entry, 1, milliseconds) > 0
  }

  /// Reads one answer: status line, headers, and a body of its
  /// `Content-Length`, chunked, or up to the end of the stream.
  ///
  /// - Throws: ``RawHTTPError`` when the stream ends or times out first.
  func readAnswer() throws -> Answer {
    let separator: [UInt8] = [13, 10, 13, 10]
    var end = Self.find(separator, in: pending)
    while end == nil {
      guard try fill() else {
        throw RawHTTPError(
          "the connection ended before an answer (\(pending.count) bytes)", 0)
      }
      end = Self.find(separator, in: pending)
    }
    guard let end else { throw RawHTTPError("no answer", 0) }
    let head = String(decoding: pending[..<end], as: UTF8.self)
    pending.removeFirst(end + separator.count)
    let lines = head.components(separatedBy: "\r\n")
    let statusParts = lines.first?.split(separator: " ") ?? []
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
      throw RawHTTPError("not an HTTP answer: \(head.prefix(200))", 0)
    }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    var body: [UInt8] = []
    if let length = headers["content-length"].flatMap(Int.init) {
      while pending.count < length {
        guard try fill() else { throw RawHTTPError("body cut short", 0) }
      }
      body = Array(pending[..<length])
      pending.removeFirst(length)
    } else if headers["transfer-encoding"]?.lowercased() == "chunked" {
      body = try readChunks()
    } else {
      while try fill() {}
      body = pending
      pending = []
    }
    return Answer(status: status, headers: headers, body: Data(body))
  }

  /// Reads a chunked body to its last chunk.
  private func readChunks() throws -> [UInt8] {
    var body: [UInt8] = []
    while true {
      var lineEnd = Self.find([13, 10], in: pending)
      while lineEnd == nil {
        guard try fill() else { throw RawHTTPError("chunk cut short", 0) }
        lineEnd = Self.find([13, 10], in: pending)
      }
      guard let lineEnd,
        let size = Int(
          String(decoding: pending[..<lineEnd], as: UTF8.self)
            .split(separator: ";").first ?? "", radix: 16)
      else { throw RawHTTPError("bad chunk size", 0) }
      pending.removeFirst(lineEnd + 2)
      while pending.count < size + 2 {
        guard try fill() else { throw RawHTTPError("chunk cut short", 0) }
      }
      body += pending[..<size]
      pending.removeFirst(size + 2)
      if size == 0 { return body }
    }
  }

  /// Reads what the socket holds into `pending`; false at the end of the
  /// stream.
  private func fill() throws -> Bool {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = recv(descriptor, &buffer, buffer.count, 0)
      if count > 0 {
        pending += buffer[..<count]
        return true
      }
      if count == 0 { return false }
      if errno == EINTR { continue }
      if errno == ECONNRESET { return false }
      throw RawHTTPError("read", errno)
    }
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return nil
  }
}

/// A socket step that failed, with its errno.
struct RawHTTPError: Error, CustomStringConvertible {
  /// What was being done.
  var step: String
  /// The errno value, 0 for a protocol failure.
  var code: Int32

  init(_ step: String, _ code: Int32) {
    self.step = step
    self.code = code
  }

  var description: String {
    code == 0 ? step : "\(step): \(String(cString: strerror(code)))"
  }
}
