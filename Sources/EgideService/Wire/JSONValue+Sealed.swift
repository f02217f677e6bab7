import EgideStore

extension JSONValue {
  /// The value as Égide's JSON writes it: a value not revealed is `null`,
  /// and the object that holds it (directly, or in an array of texts) says
  /// `"sealed": true` — never the string `[sealed]`, which a program
  /// reading the JSON would take for a name or a text.
  public func sealedAsNull() -> JSONValue {
    switch self {
    case .array(let items): return .array(items.map { $0.sealedAsNull() })
    case .object(let fields):
      var sealed = false
      var result: [String: JSONValue] = [:]
      for (key, value) in fields {
        switch value {
        case .string(IdentityVault.concealed):
          result[key] = .null
          sealed = true
        case .array(let items)
        where items.contains(.string(IdentityVault.concealed)):
          result[key] = .array(
            items.map { $0 == .string(IdentityVault.concealed) ? .null : $0 })
          sealed = true
        default:
          result[key] = value.sealedAsNull()
        }
      }
      if sealed { result["sealed"] = .bool(true) }
      return .object(result)
    default: return self
    }
  }

  /// The inverse of ``sealedAsNull()``, for a client reading an answer
  /// back into the documents it prints: in an object that says
  /// `"sealed": true`, each `null` (and each `null` of an array) is the
  /// value not revealed.
  ///
  /// A document never writes `null` otherwise: an absent value is left
  /// out.
  public func sealedAsMarker() -> JSONValue {
    switch self {
    case .array(let items): return .array(items.map { $0.sealedAsMarker() })
    case .object(var fields):
      let sealed = fields["sealed"] == .bool(true)
      if sealed { fields["sealed"] = nil }
      var result: [String: JSONValue] = [:]
      for (key, value) in fields {
        switch value {
        case .null where sealed:
          result[key] = .string(IdentityVault.concealed)
        case .array(let items) where sealed && items.contains(.null):
          result[key] = .array(
            items.map { $0 == .null ? .string(IdentityVault.concealed) : $0 })
        default:
          result[key] = value.sealedAsMarker()
        }
      }
      return .object(result)
    default: return self
    }
  }
}
