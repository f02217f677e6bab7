import EgideCore

/// An error answer of the HTTP API, as RFC 9457 describes it
/// (`application/problem+json`).
///
/// It has a stable `code` (the domain's, the access policy's, the
/// store's or the service's), the HTTP `status`, one line of `detail`
/// naming the field at fault, and that `field`. `detailTemplate` is the
/// same line with each field the user gives written `{field}`, for a
/// client that names fields its own way (the CLI words them as its
/// flags).
public struct Problem: Codable, Sendable, Equatable {
  /// `urn:egide:problem:CODE`.
  public var type: String
  /// A short, fixed title of the kind of problem.
  public var title: String
  /// The HTTP status.
  public var status: Int
  /// What went wrong and what to do, in one line.
  public var detail: String
  /// The same line with the fields in braces.
  public var detailTemplate: String
  /// The stable code.
  public var code: String
  /// The field at fault, when one is.
  public var field: String?
  /// For an import refused, one line per bad row.
  public var problems: [String]?

  /// A problem; `detail` is `template` with its fields named as the API
  /// names them.
  public init(
    code: String, status: Int, title: String, template: String,
    field: String?, problems: [String]? = nil
  ) {
    self.problems = problems
    self.type = "urn:egide:problem:\(code)"
    self.title = title
    self.status = status
    self.detailTemplate = template
    self.detail = FieldWording.word(template) { $0 }
    self.code = code
    self.field = field
  }
}
