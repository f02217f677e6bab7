import EgideService
import Foundation

/// Reads a request from the fields a client sent, refusing what a careful
/// API refuses: a field it does not know, a value of the wrong type, a
/// required field missing — each as a ``ServiceError`` naming the field.
///
/// Values from a query string are texts: where the request wants a number
/// or a flag, the text is read as one (`limit=20`, `overdue=true`), and a
/// single value stands for a list of one.
struct StrictDecoder {
  /// Decodes `Value` from an object of fields.
  ///
  /// - Parameters:
  ///   - type: what to decode.
  ///   - fields: the fields.
  ///   - textual: the fields that came as texts (the query string, the
  ///     path), read leniently as numbers, flags and lists.
  /// - Returns: the value.
  /// - Throws: ``ServiceError`` `.badRequest` naming the field at fault,
  ///   an unknown one included at any depth.
  static func decode<Value: Decodable>(
    _ type: Value.Type, from fields: [String: JSONValue],
    textual: Set<String> = []
  ) throws -> Value {
    let tracker = KeyTracker()
    let decoder = FieldDecoder(
      value: .object(fields), path: [], textual: textual, tracker: tracker)
    let value: Value
    do {
      value = try Value(from: decoder)
    } catch let error as DecodingError {
      throw Self.refusal(error)
    }
    if let unknown = tracker.unknownField(in: fields) {
      throw ServiceError(
        .badRequest,
        "\(unknown) is not a field of this request; remove it (see the API's OpenAPI document for the fields accepted)",
        field: unknown)
    }
    return value
  }

  /// A field's name as refusals give it: `targets[0].role`.
  static func name(_ path: [any CodingKey]) -> String {
    path.map { key in
      key.intValue.map { "[\($0)]" } ?? key.stringValue
    }.reduce("") { whole, part in
      whole.isEmpty || part.hasPrefix("[") ? whole + part : whole + "." + part
    }
  }

  /// The refusal of a decoding failure, naming the field.
  static func refusal(_ error: DecodingError) -> ServiceError {
    switch error {
    case .keyNotFound(let key, let context):
      let field = name(context.codingPath + [key])
      return ServiceError(
        .badRequest, "\(field) is missing; it is required", field: field)
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      let field = name(context.codingPath)
      return ServiceError(
        .badRequest, "\(field): \(context.debugDescription)", field: field)
    case .dataCorrupted(let context):
      let field = name(context.codingPath)
      return ServiceError(
        .badRequest,
        field.isEmpty
          ? "the body is not valid JSON: \(context.debugDescription)"
          : "\(field): \(context.debugDescription)",
        field: field.isEmpty ? nil : field)
    @unknown default:
      return ServiceError(.badRequest, "the request cannot be read")
    }
  }
}

/// The fields a decoding read, at every depth, to find those it did not.
final class KeyTracker {
  /// The fields read, by name (`targets[0].role`).
  private(set) var read: Set<String> = []

  func note(_ path: [any CodingKey], _ key: any CodingKey) {
    read.insert(StrictDecoder.name(path + [key]))
  }

  /// The first field that nothing read, in name order and depth first:
  /// an unknown member of an object in a list is as unknown as one at the
  /// top.
  func unknownField(in fields: [String: JSONValue]) -> String? {
    unknownField(in: .object(fields), at: "")
  }

  private func unknownField(in value: JSONValue, at path: String) -> String? {
    switch value {
    case .object(let fields):
      for (key, member) in fields.sorted(by: { $0.key < $1.key }) {
        let name = path.isEmpty ? key : path + "." + key
        guard read.contains(name) else { return name }
        if let unknown = unknownField(in: member, at: name) { return unknown }
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        if let unknown = unknownField(in: element, at: path + "[\(index)]") {
          return unknown
        }
      }
    default:
      break
    }
    return nil
  }
}

/// A decoder over one JSON value.
private struct FieldDecoder: Decoder {
  let value: JSONValue
  let path: [any CodingKey]
  let textual: Set<String>
  let tracker: KeyTracker
  var codingPath: [any CodingKey] { path }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// Whether the value came as text and may be read as a number or flag.
  var isTextual: Bool {
    guard let first = path.first else { return false }
    return textual.contains(first.stringValue)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws
    -> KeyedDecodingContainer<Key>
  {
    guard case .object(let fields) = value else {
      throw DecodingError.typeMismatch(
        [String: Any].self,
        .init(
          codingPath: path,
          debugDescription: "expected an object, got \(value.kind)"))
    }
    return KeyedDecodingContainer(
      KeyedFields(fields: fields, decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    switch value {
    case .array(let values): return Elements(values: values, decoder: self)
    case .string where isTextual:
      return Elements(values: [value], decoder: self)
    default:
      throw DecodingError.typeMismatch(
        [Any].self,
        .init(
          codingPath: path,
          debugDescription: "expected a list, got \(value.kind)"))
    }
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    Single(decoder: self)
  }

  func child(_ value: JSONValue, _ key: any CodingKey) -> FieldDecoder {
    FieldDecoder(
      value: value, path: path + [key], textual: textual, tracker: tracker)
  }

  func mismatch(_ wanted: String) -> DecodingError {
    let shown: String
    switch value {
    case .string(let text): shown = "'\(text.prefix(60))'"
    default: shown = value.kind
    }
    return DecodingError.typeMismatch(
      Any.self,
      .init(
        codingPath: path, debugDescription: "expected \(wanted), got \(shown)"))
  }

  func string() throws -> String {
    guard case .string(let text) = value else { throw mismatch("a string") }
    return text
  }

  func bool() throws -> Bool {
    switch value {
    case .bool(let flag): return flag
    case .string(let text) where isTextual:
      switch text.lowercased() {
      case "true", "1", "yes": return true
      case "false", "0", "no": return false
      default: throw mismatch("true or false")
      }
    default: throw mismatch("true or false")
    }
  }

  func integer() throws -> Int {
    switch value {
    case .number(let number)
    where number.rounded() == number && abs(number) < 1e15:
      return Int(number)
    case .string(let text) where isTextual:
      guard let number = Int(text) else { throw mismatch("an integer") }
      return number
    default: throw mismatch("an integer")
    }
  }

  func double() throws -> Double {
    switch value {
    case .number(let number): return number
    case .string(let text) where isTextual:
      guard let number = Double(text) else { throw mismatch("a number") }
      return number
    default: throw mismatch("a number")
    }
  }
}

private struct KeyedFields<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let fields: [String: JSONValue]
  let decoder: FieldDecoder
  var codingPath: [any CodingKey] { decoder.path }
  var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool {
    decoder.tracker.note(decoder.path, key)
    return fields[key.stringValue] != nil
  }

  func field(_ key: Key, list: Bool = false) throws -> FieldDecoder {
    decoder.tracker.note(decoder.path, key)
    // A list left out is an empty list: the API's lists are optional.
    if list, fields[key.stringValue] == nil {
      return decoder.child(.array([]), key)
    }
    guard let value = fields[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: decoder.path, debugDescription: "missing"))
    }
    return decoder.child(value, key)
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    decoder.tracker.note(decoder.path, key)
    if case .null = fields[key.stringValue] ?? .null { return true }
    return false
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: field(key, list: T.self is any ExpressibleByArrayLiteral.Type))
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try field(key).string()
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try field(key).bool()
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try field(key).integer()
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try field(key).double()
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try field(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws
    -> any UnkeyedDecodingContainer
  {
    try field(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }

  func superDecoder(forKey key: Key) throws -> any Decoder { try field(key) }
}

private struct Elements: UnkeyedDecodingContainer {
  let values: [JSONValue]
  let decoder: FieldDecoder
  var currentIndex = 0
  var codingPath: [any CodingKey] { decoder.path }
  var count: Int? { values.count }
  var isAtEnd: Bool { currentIndex >= values.count }

  struct Index: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
  }

  mutating func next() throws -> FieldDecoder {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self,
        .init(codingPath: codingPath, debugDescription: "the list ends"))
    }
    defer { currentIndex += 1 }
    return decoder.child(values[currentIndex], Index(intValue: currentIndex))
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, case .null = values[currentIndex] else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: next())
  }

  mutating func decode(_ type: String.Type) throws -> String {
    try next().string()
  }

  mutating func decode(_ type: Int.Type) throws -> Int { try next().integer() }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next().bool() }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer
  {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct Single: SingleValueDecodingContainer {
  let decoder: FieldDecoder
  var codingPath: [any CodingKey] { decoder.path }

  func decodeNil() -> Bool {
    if case .null = decoder.value { return true }
    return false
  }

  func decode(_ type: String.Type) throws -> String { try decoder.string() }
  func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
  func decode(_ type: Int.Type) throws -> Int { try decoder.integer() }
  func decode(_ type: Double.Type) throws -> Double { try decoder.double() }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: decoder)
  }
}
