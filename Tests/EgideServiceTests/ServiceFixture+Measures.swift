import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

extension ServiceFixture {
  /// A court in the ressort of Douai, outside Bobigny's.
  static let lille = "tj59350"
  /// A court outside every scoped user's scope.
  static let paris = "tj75056"
  /// The notifier of the fixture's notices: invented.
  static let notifier = "Ysaline MORVANEC"
  /// Her e-mail address.
  static let email = "ysaline.morvanec@example.org"
  /// The invented organisation configured as the designated trusted
  /// flagger.
  static let trustedFlagger = "Association de signalement fictive"

  /// Reports a case at `court` and requests a measure of `kind` in it, as
  /// the admin; returns the case and the measure.
  func measure(
    _ kind: String = "content_takedown", court: String = "tj93008"
  ) throws -> (reference: String, measure: String) {
    let reference = try report(court: court)
    let receipt = try service.run(
      RequestMeasure(
        reference: reference, kind: kind, authority: "Autorité fictive"),
      as: ServiceFixture.admin)
    return (reference, receipt.measure)
  }

  /// Drafts a notice naming `urls` for a content_takedown measure, as the
  /// admin; returns the notice.
  func notice(
    for measure: String, urls: [String], channel: String = "platform_form"
  ) throws -> String {
    try service.run(
      DraftNotice(
        measure: measure, urls: urls, notifier: ServiceFixture.notifier,
        email: ServiceFixture.email, channel: channel),
      as: ServiceFixture.admin
    ).notice
  }

  /// Runs a request that must be refused with `error`, and checks that
  /// the registry file is left byte for byte as it was.
  @discardableResult
  func expectRefusal<Request: ServiceRequest, Failure: Error>(
    _ request: Request, as caller: Caller, throws error: Failure.Type,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Failure? {
    let before = try snapshot()
    let failure = #expect(throws: error, sourceLocation: sourceLocation) {
      try self.service.run(request, as: caller)
    }
    #expect(try snapshot() == before, sourceLocation: sourceLocation)
    return failure
  }

  /// Runs a request that must be refused for its value of `field`, and
  /// checks that nothing was written.
  func expectFieldRefused<Request: ServiceRequest>(
    _ request: Request, field: String, mentioning value: String,
    as caller: Caller = admin,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let error = try expectRefusal(
      request, as: caller, throws: DomainError.self,
      sourceLocation: sourceLocation)
    #expect(error?.field == field, sourceLocation: sourceLocation)
    #expect(
      error?.message.contains(value) == true, "\(error?.message ?? "")",
      sourceLocation: sourceLocation)
  }
}
