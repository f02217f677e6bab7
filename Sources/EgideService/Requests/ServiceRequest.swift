import EgideCore
import Foundation

/// One thing a user may ask of the registry, as every front end sends it:
/// its fields are what the user typed (texts a rule parses, such as a
/// court's name or a local date, stay texts, so that they are read in one
/// place with the registry's own time zone and court list), and its answer
/// is a document both front ends print.
///
/// The CLI runs it on a local ``EgideService`` or sends it to a server;
/// the server decodes it from the request at ``endpoint`` and runs it for
/// the token's user. Field names are the API's JSON keys, and those that
/// ``endpoint`` names between braces travel in the path.
public protocol ServiceRequest: Codable, Sendable {
  /// What the service answers.
  associatedtype Response: Codable, Sendable

  /// Where the HTTP API serves it.
  static var endpoint: Endpoint { get }

  /// Runs the request for `caller`: authorize, run, log, answer.
  func run(on service: EgideService, as caller: Caller) throws -> Response

  /// The largest body the HTTP API accepts for it, in bytes.
  static var maximumBodySize: Int { get }

  /// The request as the HTTP API runs it: bounded to one page when it
  /// lists (a client continues with the answer's cursor).
  func boundedForAPI() -> Self
}

extension ServiceRequest {
  /// 1 MiB: a request is a handful of fields and texts.
  public static var maximumBodySize: Int { 1 << 20 }

  /// The request itself: most requests answer one thing.
  public func boundedForAPI() -> Self { self }
}

/// Where the HTTP API serves a request: a method, a path under `/v1` with
/// its parameters in braces (`/v1/cases/{reference}/notes`), and the
/// status of a success.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
  /// The HTTP methods the API uses.
  public enum Method: String, Sendable, Hashable {
    /// Reads: nothing is written but the access log.
    case get = "GET"
    /// Everything else.
    case post = "POST"
  }

  /// The method.
  public var method: Method
  /// The path template.
  public var path: String
  /// The status of a success: 200, or 201 when something is created.
  public var successStatus: Int

  /// An endpoint.
  public init(_ method: Method, _ path: String, successStatus: Int = 200) {
    self.method = method
    self.path = path
    self.successStatus = successStatus
  }

  /// The names between braces, in order.
  public var parameters: [String] {
    path.split(separator: "/").compactMap { part in
      part.hasPrefix("{") && part.hasSuffix("}")
        ? String(part.dropFirst().dropLast()) : nil
    }
  }

  /// `POST /v1/cases`.
  public var description: String { "\(method.rawValue) \(path)" }
}

/// Reading the fields of a request: every refusal names the field.
enum Field {
  /// Runs a parser of one field, tagging its refusal of a value with the
  /// field's name when it names none (a refusal of the lifecycle or of a
  /// missing record is about no field).
  static func parse<T>(_ name: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch var error as DomainError {
      if error.field == nil,
        error.code == .invalidValue || error.code == .unacceptableValue
      {
        error.field = name
      }
      throw error
    }
  }

  /// A required field: refused with its name when missing or blank.
  static func required(_ value: String?, _ name: String, what: String)
    throws(DomainError) -> String
  {
    guard let value, !value.trimmingWhitespaceAndNewlines().isEmpty else {
      throw DomainError(
        .invalidValue, "\(name) is missing; give \(what)", field: name)
    }
    return value
  }
}
