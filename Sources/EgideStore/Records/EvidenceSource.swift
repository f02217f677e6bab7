import Crypto
import Foundation

/// Evidence as a user hands it over: a URL, or a file's name and bytes.
public enum EvidenceSource: Sendable {
  /// Content online.
  case url(String)
  /// A file, kept whole in the registry.
  case file(name: String, bytes: Data)

  /// The largest file accepted: 64 MiB.
  public static let maximumFileSize = 64 * 1024 * 1024

  /// The SHA-256 of the bytes, hex-encoded.
  public static func sha256(of bytes: Data) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// The media type guessed from the file name's extension.
  public static func mediaType(of name: String) -> String {
    let ext = (name as NSString).pathExtension.lowercased()
    let types = [
      "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
      "gif": "image/gif", "webp": "image/webp", "heic": "image/heic",
      "pdf": "application/pdf", "txt": "text/plain", "html": "text/html",
      "htm": "text/html", "eml": "message/rfc822", "json": "application/json",
      "mp4": "video/mp4", "mov": "video/quicktime", "mp3": "audio/mpeg",
      "m4a": "audio/mp4", "wav": "audio/wav", "ogg": "audio/ogg",
      "zip": "application/zip", "csv": "text/csv",
      "docx":
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "odt": "application/vnd.oasis.opendocument.text",
    ]
    return types[ext] ?? "application/octet-stream"
  }
}
