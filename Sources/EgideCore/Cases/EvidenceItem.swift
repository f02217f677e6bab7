import Foundation

/// A piece of evidence attached to a case: a URL, or a file stored in the
/// registry with its SHA-256 so that it can be given back verified.
public struct EvidenceItem: Hashable, Sendable, Identifiable {
  /// Where the evidence is.
  public enum Source: Hashable, Sendable {
    /// Content online, by its address.
    case url(String)
    /// A file kept in the registry, by its original file name.
    case file(name: String, sha256: String, size: Int, mediaType: String)
  }

  /// The stable identifier.
  public var id: EvidenceID
  /// The URL or the file's fingerprint.
  public var source: Source
  /// What the evidence shows, in the reporter's words.
  public var description: String?
  /// Who captured it.
  public var capturedBy: String
  /// When it was captured into the registry.
  public var capturedAt: Date

  /// Creates an evidence record.
  public init(
    id: EvidenceID, source: Source, description: String?, capturedBy: String,
    capturedAt: Date
  ) {
    self.id = id
    self.source = source
    self.description = description
    self.capturedBy = capturedBy
    self.capturedAt = capturedAt
  }
}
