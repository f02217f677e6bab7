#if canImport(Glibc)
import Glibc
#endif

/// The system's words for an `errno` value: `No such file or directory`.
public enum SystemError {
  /// The description of `code`.
  public static func describe(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    let bytes = UnsafeRawBufferPointer(start: text, count: strlen(text))
    return String(decoding: bytes, as: UTF8.self)
  }
}
