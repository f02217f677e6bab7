import Foundation

/// Length limits on the free text users type, so that a pasted file or a
/// runaway script cannot bloat the registry.
public enum TextRule {
  /// Short labels: names, handles, authorities, actors.
  public static let shortLimit = 200
  /// One-line summaries, reasons and outcomes.
  public static let lineLimit = 500
  /// Narratives and notes.
  public static let longLimit = 20_000

  /// Trims `text` and checks it is not empty and not longer than `limit`.
  ///
  /// - Throws: ``DomainError`` naming the field and the limit.
  public static func required(_ text: String, field: String, limit: Int)
    throws(DomainError) -> String
  {
    let trimmed = text.trimmingWhitespaceAndNewlines()
    guard !trimmed.isEmpty else {
      throw DomainError(
        .invalidValue, "\(field) is empty; give a non-empty text")
    }
    guard trimmed.count <= limit else {
      throw DomainError(
        .unacceptableValue,
        "\(field) is \(trimmed.count) characters long; at most \(limit) are accepted"
      )
    }
    return trimmed
  }

  /// Like ``required(_:field:limit:)`` but `nil` and blank text give `nil`.
  public static func optional(_ text: String?, field: String, limit: Int)
    throws(DomainError) -> String?
  {
    guard let text,
      !text.trimmingWhitespaceAndNewlines().isEmpty
    else { return nil }
    return try required(text, field: field, limit: limit)
  }
}
