/// The institutional heading of a printed summary: the organisation that
/// publishes it, its service, and a classification line ("Diffusion
/// restreinte") carried on every printed page, as the operator configures
/// them (`[summary]` in the configuration file).
public struct SummaryHeading: Sendable, Hashable {
  /// The organisation, such as "Ministère de la Justice".
  public var organisation: String?
  /// The service within it, such as "Secrétariat général — mission sûreté".
  public var service: String?
  /// The classification line, such as "Diffusion restreinte".
  public var classification: String?

  /// A heading; nil parts are left out.
  public init(
    organisation: String? = nil, service: String? = nil,
    classification: String? = nil
  ) {
    self.organisation = organisation
    self.service = service
    self.classification = classification
  }

  /// Whether the heading says nothing.
  public var isEmpty: Bool {
    [organisation, service, classification].allSatisfy {
      $0?.isEmpty ?? true
    }
  }
}
