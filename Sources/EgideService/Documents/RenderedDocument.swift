/// A document rendered for people or for a spreadsheet: its text and its
/// media type.
///
/// The CLI prints or writes the text; the HTTP API answers it as the body
/// with its media type, not wrapped in JSON.
public struct RenderedDocument: Codable, Sendable, Equatable {
  /// `text/markdown; charset=utf-8`, `text/csv; charset=utf-8`,
  /// `application/json` or `text/html; charset=utf-8`.
  public var contentType: String
  /// The document.
  public var text: String

  /// A document.
  public init(contentType: String, text: String) {
    self.contentType = contentType
    self.text = text
  }
}
