import EgideCore
import EgideStore
import Foundation

/// A stored file given back, after checking its SHA-256; always a reveal,
/// written to the access log before the file is read.
public struct RetrieveEvidence: Codable, Sendable {
  /// Where the HTTP API serves it: the answer's body is the file, its
  /// facts are the JSON of the `Egide-Result` header.
  public static let endpoint = Endpoint(
    .post, "/v1/evidence/{evidence}/retrieval")

  /// The evidence.
  public var evidence: String
  /// Why the file is needed (recorded in the access log).
  public var purpose: String?

  /// A retrieval.
  public init(evidence: String, purpose: String?) {
    self.evidence = evidence
    self.purpose = purpose
  }

  /// The facts of a retrieved file.
  public struct Facts: Codable, Sendable, Equatable {
    /// The evidence.
    public var evidence: String
    /// Its case.
    public var reference: String
    /// The file's name.
    public var fileName: String
    /// Its SHA-256, verified.
    public var sha256: String
    /// Its size in bytes.
    public var size: Int
    /// Its media type, as guessed from its name when it was attached.
    public var mediaType: String
  }

  /// Logs the reveal, then reads and checks the file.
  ///
  /// - Returns: the file's facts and bytes.
  /// - Throws: the refusals of the caller's rights, ``DomainError``
  ///   `.notFound` for an unknown evidence or a URL (before anything is
  ///   logged), ``StoreError`` when the bytes no longer match.
  public func run(on service: EgideService, as caller: Caller) throws -> (
    Facts, Data
  ) {
    let id = try Field.parse("evidence") { try EvidenceID.parse(evidence) }
    let purpose = try Disclosure.required(self.purpose)
    let access = try service.authorize(caller, .evidenceGet, on: .evidence(id))
    // A URL has no file: refused before the reveal is logged.
    try access.registry.requireStoredFile(id)
    let store = try access.reveal(
      .evidence, purpose: purpose, cases: [access.location?.reference],
      details: ["evidence": id.description])
    let stored = try store.evidenceFile(id)
    guard
      case .file(let name, let sha256, let size, let type) = stored.item.source
    else {
      throw DomainError(.notFound, "evidence \(id) is a URL, not a stored file")
    }
    return (
      Facts(
        evidence: id.description, reference: stored.reference.description,
        fileName: name, sha256: sha256, size: size, mediaType: type),
      stored.bytes
    )
  }
}
