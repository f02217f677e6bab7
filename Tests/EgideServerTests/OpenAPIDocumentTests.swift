import EgideService
import EgideTestSupport
import Foundation
import Testing

@Suite("The OpenAPI document describes the API the server routes")
struct OpenAPIDocumentTests {
  @Test("the document has exactly the operations the server routes")
  func operationsMatchRoutes() throws {
    let document = try OpenAPIOutline(yaml: try OpenAPIOutline.documentText())
    let documented = Set(document.operations.keys)
    let routed = Set(Self.routes.map(\.description))
    let missing = routed.subtracting(documented).sorted()
    let extra = documented.subtracting(routed).sorted()
    #expect(
      missing.isEmpty,
      "routed but not in Schemas/api-v1.yaml: \(missing.joined(separator: ", "))"
    )
    #expect(
      extra.isEmpty,
      "in Schemas/api-v1.yaml but not routed: \(extra.joined(separator: ", "))")
  }

  @Test("every request's success status is a documented answer of its endpoint")
  func successStatusesAreDocumented() throws {
    let document = try OpenAPIOutline(yaml: try OpenAPIOutline.documentText())
    for endpoint in Self.routes {
      let statuses = document.operations[endpoint.description] ?? []
      #expect(
        statuses.contains(String(endpoint.successStatus)),
        "\(endpoint) answers \(endpoint.successStatus); the document gives \(statuses.sorted())"
      )
    }
  }

  @Test("the document is a valid OpenAPI 3.1 document")
  func documentIsValid() throws {
    let path = OpenAPIOutline.documentURL.path
    let validator = try ChildProcess(
      executable: "/usr/bin/env",
      arguments: ["python3", "-m", "openapi_spec_validator", path])
    let (termination, timedOut) = validator.wait(timeout: 120)
    let output = String(
      decoding: validator.standardOutputData() + validator.standardErrorData(),
      as: UTF8.self)
    #expect(!timedOut, "openapi_spec_validator took over 2 minutes")
    #expect(
      termination.status == 0,
      "python3 -m openapi_spec_validator \(path) (run Scripts/install-dependencies if the module is missing):\n\(output)"
    )
  }

  /// What the server routes: every request of the catalog, the
  /// `/disclosure` twin of each request that can reveal identities, the
  /// file endpoints and the health check.
  static var routes: [Endpoint] {
    var endpoints: [Endpoint] = [Endpoint(.get, "/v1/health")]
    for type in ServiceCatalog.requests {
      endpoints.append(type.endpoint)
      if let disclosing = type as? any DisclosingRequest.Type {
        endpoints.append(disclosing.disclosureEndpoint)
      }
    }
    return endpoints + ServiceCatalog.fileEndpoints
  }
}

/// The operations of an OpenAPI document written in block-style YAML:
/// each `METHOD /path` under `paths:`, with the statuses of its answers.
///
/// No YAML library is at hand, and the document needs no more than its
/// keys: a line is a key when it reads `key:` or `key: value`, and its
/// indentation says whose child it is. Sequences and the lines of block
/// scalars are never descended into.
struct OpenAPIOutline {
  /// The statuses answered, by operation (`POST /v1/cases`).
  var operations: [String: Set<String>] = [:]

  /// The HTTP methods an OpenAPI path item may hold.
  static let methods: Set<String> = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
  ]

  /// The document, `Schemas/api-v1.yaml` at the package's root.
  static var documentURL: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Schemas/api-v1.yaml")
  }

  /// The document's text.
  static func documentText() throws -> String {
    try String(contentsOf: documentURL, encoding: .utf8)
  }

  /// The outline of `yaml`.
  ///
  /// - Throws: ``Malformed`` when the document has no `paths:`, or a path
  ///   without an operation.
  init(yaml: String) throws {
    let root = Node.tree(of: yaml)
    guard let paths = root.child("paths") else {
      throw Malformed(description: "the document has no top-level paths:")
    }
    for path in paths.children {
      let methods = path.children.filter { Self.methods.contains($0.key) }
      guard !methods.isEmpty else {
        throw Malformed(description: "path \(path.key) has no operation")
      }
      for operation in methods {
        let statuses = operation.child("responses")?.children.map(\.key) ?? []
        operations[operation.key.uppercased() + " " + path.key] = Set(statuses)
      }
    }
  }

  /// A document the outline cannot be read from.
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  /// A key of a block mapping, with the keys nested under it.
  final class Node {
    let key: String
    let indent: Int
    var children: [Node] = []

    init(key: String, indent: Int) {
      self.key = key
      self.indent = indent
    }

    func child(_ key: String) -> Node? {
      children.first { $0.key == key }
    }

    /// The keys of `yaml`, nested by indentation, under a root node.
    static func tree(of yaml: String) -> Node {
      let root = Node(key: "", indent: -1)
      var stack = [root]
      // A block scalar (`|`, `>`) holds text, not keys, down to the next
      // line indented no deeper than its key.
      var scalarIndent: Int?
      for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
        let indent = line.prefix { $0 == " " }.count
        let content = line.dropFirst(indent)
        if content.isEmpty || content.hasPrefix("#") { continue }
        if let inside = scalarIndent {
          if indent > inside { continue }
          scalarIndent = nil
        }
        while let last = stack.last, last.indent >= indent {
          stack.removeLast()
        }
        guard let parent = stack.last else { continue }
        guard !content.hasPrefix("-"), let (key, value) = Self.entry(content)
        else {
          // A sequence item, or text: nothing to descend into.
          stack.append(Node(key: "", indent: indent))
          continue
        }
        let node = Node(key: key, indent: indent)
        parent.children.append(node)
        stack.append(node)
        if value.hasPrefix("|") || value.hasPrefix(">") {
          scalarIndent = indent
        }
      }
      return root
    }

    /// The key and the value of `key: value`, a key quoted or not.
    private static func entry(_ content: Substring) -> (String, String)? {
      var key: String
      var rest: Substring
      if let quote = content.first, quote == "\"" || quote == "'" {
        let body = content.dropFirst()
        guard let end = body.firstIndex(of: quote) else { return nil }
        key = String(body[..<end])
        rest = body[body.index(after: end)...]
        guard rest.hasPrefix(":") else { return nil }
        rest = rest.dropFirst()
      } else {
        guard
          let colon = content.indices.first(where: { index in
            content[index] == ":"
              && (content.index(after: index) == content.endIndex
                || content[content.index(after: index)] == " ")
          })
        else { return nil }
        key = String(content[..<colon])
        rest = content[content.index(after: colon)...]
      }
      key = key.trimmingCharacters(in: .whitespaces)
      return (key, rest.trimmingCharacters(in: .whitespaces))
    }
  }
}
