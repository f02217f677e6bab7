import Foundation

/// The JSON settings every stored payload uses: sorted keys, so that the
/// same value always gives the same bytes.
enum JSONCoding {
  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
  static let decoder = JSONDecoder()
}
