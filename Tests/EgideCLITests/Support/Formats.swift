import Foundation
import Testing

/// Readers for what `egide` prints, written independently of the code
/// that prints it.
enum Formats {
  /// Parses JSON output into Foundation objects.
  static func json(
    _ result: EgideResult, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Any {
    do {
      return try JSONSerialization.jsonObject(with: result.stdoutData)
    } catch {
      Issue.record(
        "not valid JSON: \(error)\n\(result)", sourceLocation: sourceLocation)
      throw error
    }
  }

  /// A JSON object's output.
  static func object(
    _ result: EgideResult, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: Any] {
    try #require(
      try json(result, sourceLocation: sourceLocation) as? [String: Any],
      "not a JSON object: \(result)", sourceLocation: sourceLocation)
  }

  /// A JSON array of objects' output.
  static func objects(
    _ result: EgideResult, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[String: Any]] {
    try #require(
      try json(result, sourceLocation: sourceLocation) as? [[String: Any]],
      "not a JSON array of objects: \(result)", sourceLocation: sourceLocation)
  }

  /// The references of a `list --format json` output, in order.
  static func references(
    _ result: EgideResult, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    try objects(result, sourceLocation: sourceLocation).map {
      $0["reference"] as? String ?? "?"
    }
  }

  /// Every object's keys in the order they appear in the JSON text, with
  /// the path of the object; strings are skipped correctly.
  static func objectKeys(in text: String) -> [(path: String, keys: [String])] {
    struct Frame {
      var isObject: Bool
      var path: String
      var keys: [String] = []
      var expectingKey = false
    }
    var stack: [Frame] = []
    var found: [(String, [String])] = []
    var lastKey = ""
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "{", "[":
        let path = (stack.last?.path ?? "") + "/" + lastKey
        stack.append(
          Frame(
            isObject: scalar == "{", path: path, expectingKey: scalar == "{"))
      case "}", "]":
        if let frame = stack.popLast(), frame.isObject {
          found.append((frame.path, frame.keys))
        }
      case ",":
        if stack.last?.isObject == true {
          stack[stack.count - 1].expectingKey = true
        }
      case ":":
        if stack.last?.isObject == true {
          stack[stack.count - 1].expectingKey = false
        }
      case "\"":
        var string = ""
        index += 1
        while index < scalars.count, scalars[index] != "\"" {
          if scalars[index] == "\\" { index += 1 }
          if index < scalars.count {
            string.unicodeScalars.append(scalars[index])
          }
          index += 1
        }
        if stack.last?.isObject == true, stack[stack.count - 1].expectingKey {
          stack[stack.count - 1].keys.append(string)
          lastKey = string
        }
      default: break
      }
      index += 1
    }
    return found
  }

  /// Every string value in a JSON tree with the key it is under.
  static func strings(in value: Any, key: String = "") -> [(
    key: String, value: String
  )] {
    switch value {
    case let string as String: return [(key, string)]
    case let object as [String: Any]:
      return object.flatMap { strings(in: $1, key: $0) }
    case let array as [Any]:
      return array.flatMap { strings(in: $0, key: key) }
    default: return []
    }
  }

  /// Whether a text is an ISO 8601 UTC instant to the second, ending in Z.
  static func isUTCInstant(_ text: String) -> Bool {
    text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/) != nil
  }

  /// Parses RFC 4180 CSV strictly, or returns `nil`.
  ///
  /// Records end with CRLF; quoted fields may hold the separator (a comma
  /// by default, a semicolon for French spreadsheets), quotes (doubled)
  /// and line breaks.
  static func csv(_ text: String, separator: Unicode.Scalar = ",")
    -> [[String]]?
  {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var fieldStarted = false
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count, scalars[index + 1] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
            // After a closing quote only a separator may follow.
            if index + 1 < scalars.count,
              scalars[index + 1] != separator, scalars[index + 1] != "\r"
            {
              return nil
            }
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else {
        switch scalar {
        case "\"":
          guard !fieldStarted else { return nil }
          quoted = true
          fieldStarted = true
        case separator:
          row.append(field)
          field = ""
          fieldStarted = false
        case "\r":
          guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
            return nil
          }
          row.append(field)
          rows.append(row)
          row = []
          field = ""
          fieldStarted = false
          index += 1
        case "\n":
          return nil  // a bare LF ends no record in RFC 4180
        default:
          field.unicodeScalars.append(scalar)
          fieldStarted = true
        }
      }
      index += 1
    }
    if quoted { return nil }
    if fieldStarted || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
