import Foundation

/// A request as it crosses HTTP: the method and path its endpoint gives,
/// the values of the path's parameters put in place, and its other fields
/// in the query string (a read) or in a JSON body (everything else).
///
/// A request that reveals identities goes by POST to its endpoint's
/// `/disclosure` path with its purpose in the body, so that no purpose
/// travels in a URL.
public struct RequestForm: Sendable {
  /// `GET` or `POST`.
  public var method: Endpoint.Method
  /// The path, its parameters filled in and percent-encoded.
  public var path: String
  /// The query items, in a stable order.
  public var query: [(String, String)]
  /// The body's fields, or nil for a read.
  public var body: [String: JSONValue]?

  /// The form of a request.
  public init<Request: ServiceRequest>(_ request: Request) throws {
    guard case .object(var fields) = try JSONValue.of(request) else {
      throw EncodingError.invalidValue(
        request,
        .init(codingPath: [], debugDescription: "a request is a JSON object"))
    }
    var endpoint = Request.endpoint
    if let disclosing = request as? any DisclosingRequest,
      disclosing.purpose != nil
    {
      endpoint = Endpoint(.post, endpoint.path + "/disclosure")
    }
    var path = ""
    for part in endpoint.path.split(separator: "/") {
      path += "/"
      if part.hasPrefix("{") && part.hasSuffix("}") {
        let name = String(part.dropFirst().dropLast())
        let value: String
        switch fields.removeValue(forKey: name) {
        case .string(let text): value = text
        case .number(let number): value = String(Int(number))
        default: value = ""
        }
        path += Self.percentEncoded(value)
      } else {
        path += part
      }
    }
    method = endpoint.method
    self.path = path
    switch endpoint.method {
    case .get:
      query = Self.queryItems(fields)
      body = nil
    case .post:
      query = []
      body = fields
    }
  }

  /// A path segment with everything but unreserved characters escaped.
  public static func percentEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  /// The query string, `a=1&b=x&b=y`, its values escaped.
  public var queryString: String {
    query.map { Self.percentEncoded($0.0) + "=" + Self.percentEncoded($0.1) }
      .joined(separator: "&")
  }

  private static func queryItems(_ fields: [String: JSONValue]) -> [(
    String, String
  )] {
    var items: [(String, String)] = []
    for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
      for text in texts(value) { items.append((name, text)) }
    }
    return items
  }

  private static func texts(_ value: JSONValue) -> [String] {
    switch value {
    case .null: []
    case .bool(let flag): [flag ? "true" : "false"]
    case .number(let number):
      [number.rounded() == number ? String(Int64(number)) : String(number)]
    case .string(let text): [text]
    case .array(let values): values.flatMap(texts)
    case .object: []
    }
  }
}
