import EgideCore
import EgideStore
import Foundation

/// Keep a file in a case, sealed, with its SHA-256, size and type.
///
/// Its fields travel apart from the file: over HTTP the body is the file
/// itself, streamed, and the fields are the JSON of the `Egide-Arguments`
/// header, so that a file name (often a person's) never enters a URL.
public struct AttachEvidenceFile: Codable, Sendable {
  /// Where the HTTP API takes it.
  public static let endpoint = Endpoint(
    .post, "/v1/cases/{reference}/evidence/files", successStatus: 201)
  /// The largest file accepted: 64 MiB.
  public static let maximumSize = EvidenceSource.maximumFileSize

  /// The case.
  public var reference: String
  /// The file's name, without its folder (sealed).
  public var fileName: String
  /// What the evidence shows (sealed).
  public var description: String?

  /// A file to attach.
  public init(reference: String, fileName: String, description: String? = nil) {
    self.reference = reference
    self.fileName = fileName
    self.description = description
  }

  /// Records the file's bytes in the case, for the caller.
  ///
  /// - Throws: ``ServiceError`` `.tooLarge` beyond ``maximumSize``, and
  ///   the refusals of the case and the caller's rights.
  public func run(on service: EgideService, as caller: Caller, content: Data)
    throws -> EvidenceReceipt
  {
    guard content.count <= Self.maximumSize else {
      throw ServiceError(
        .tooLarge,
        "the file is \(content.count) bytes; at most \(Self.maximumSize) (64 MiB) are kept",
        field: "content")
    }
    let name = try Field.parse("fileName") {
      try TextRule.required(
        (fileName as NSString).lastPathComponent, field: "file name",
        limit: TextRule.shortLimit)
    }
    return try EvidenceReceipt.add(
      .file(name: name, bytes: content), to: reference,
      description: description, on: service, as: caller)
  }
}
