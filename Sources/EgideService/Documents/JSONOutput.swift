import Foundation

/// JSON as Égide writes it, on standard output and over HTTP alike:
/// sorted keys, pretty-printed, slashes unescaped, and a value not
/// revealed written `null` with `"sealed": true` beside it
/// (``JSONValue/sealedAsNull()``).
public enum JSONOutput {
  /// The text of `value`.
  public static func render(_ value: some Encodable) throws -> String {
    String(decoding: try data(value), as: UTF8.self)
  }

  /// The bytes of `value` on one line, keys still sorted: what the HTTP
  /// API answers (a client that shows JSON lays it out itself).
  public static func compactData(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(try JSONValue.of(value).sealedAsNull())
  }

  /// The bytes of `value` as it is, keys sorted, without the writing of
  /// sealed values: a request's body, and what a client decodes once it
  /// has read an answer back.
  public static func plainData(_ value: JSONValue) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  /// The bytes of `value`.
  public static func data(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [
      .sortedKeys, .prettyPrinted, .withoutEscapingSlashes,
    ]
    return try encoder.encode(try JSONValue.of(value).sealedAsNull())
  }
}
