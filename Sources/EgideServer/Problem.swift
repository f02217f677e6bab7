import EgideCore
import EgideService
import EgideStore
import Foundation
import HTTPTypes
import Hummingbird

extension Problem {
  /// The problem an error thrown while answering stands for.
  ///
  /// Errors the service does not name (a bug, a failure of the server
  /// itself) become a 500 whose detail says nothing of the request: the
  /// server log keeps no free text, and neither does the answer.
  static func from(_ error: any Error) -> Problem {
    switch error {
    case let error as DomainError:
      let status: HTTPResponse.Status =
        switch error.code {
        case .invalidValue, .unacceptableValue: .badRequest
        case .notFound: .notFound
        case .forbiddenTransition: .conflict
        }
      return Problem(
        code: error.code.rawValue, status: status, template: error.message,
        field: error.field)
    case let error as AccessRefusal:
      let status: HTTPResponse.Status =
        switch error.reason {
        case .unknownUser, .disabledUser: .unauthorized
        case .notAllowed, .outOfScope: .forbidden
        }
      return Problem(
        code: error.reason.rawValue, status: status, template: error.message,
        field: nil)
    case let error as ServiceError:
      let status: HTTPResponse.Status =
        switch error.code {
        case .unauthenticated: .unauthorized
        case .tooLarge: .contentTooLarge
        case .tooManyAttempts: .tooManyRequests
        case .busy: .serviceUnavailable
        case .badRequest: .badRequest
        }
      return Problem(
        code: error.code.rawValue, status: status, template: error.message,
        field: error.field)
    case let error as StoreError:
      let status: HTTPResponse.Status =
        switch error.code {
        case .busy: .serviceUnavailable
        case .purged: .gone
        case .keyRequired, .keyMissing, .wrongKey, .keyUntrusted:
          .serviceUnavailable
        default: .internalServerError
        }
      let detail =
        error.code == .busy || error.code == .purged
        ? error.message
        : "the registry could not answer (\(error.code.rawValue)); the server's operator can run 'egide doctor' on its host"
      return Problem(
        code: error.code.rawValue, status: status, template: detail, field: nil)
    case let error as DecodingError:
      return from(StrictDecoder.refusal(error))
    case let error as any HTTPResponseError:
      return Problem(
        code: code(for: error.status), status: error.status,
        template: message(for: error.status), field: nil)
    default:
      return Problem(
        code: "internalError", status: .internalServerError,
        template:
          "the server failed to answer; nothing was written unless the answer said so. Try again, and tell the server's operator if it persists",
        field: nil)
    }
  }

  init(
    code: String, status: HTTPResponse.Status, template: String, field: String?
  ) {
    self.init(
      code: code, status: status.code, title: status.reasonPhrase,
      template: template, field: field)
  }

  private static func code(for status: HTTPResponse.Status) -> String {
    switch status {
    case .notFound: "noSuchEndpoint"
    case .methodNotAllowed: "methodNotAllowed"
    case .contentTooLarge: ServiceError.Code.tooLarge.rawValue
    case .unauthorized: ServiceError.Code.unauthenticated.rawValue
    default: ServiceError.Code.badRequest.rawValue
    }
  }

  private static func message(for status: HTTPResponse.Status) -> String {
    switch status {
    case .notFound:
      "no such endpoint; the API is described by Schemas/api-v1.yaml"
    case .methodNotAllowed: "this endpoint does not take this method"
    case .contentTooLarge:
      "the request body is larger than this endpoint accepts"
    default: "the request cannot be read (\(status.code))"
    }
  }

  /// The answer carrying this problem.
  func response(headers extra: HTTPFields = [:]) -> Response {
    var headers = extra
    headers[.contentType] = "application/problem+json"
    headers[.cacheControl] = "no-store"
    let data = (try? JSONOutput.compactData(self)) ?? Data()
    return Response(
      status: HTTPResponse.Status(code: status),
      headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}
