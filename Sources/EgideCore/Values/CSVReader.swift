/// A small RFC 4180 reader for the reference lists embedded in the binary:
/// quoted fields, doubled quotes and commas inside quotes.
public enum CSVReader {
  /// Splits CSV text into rows of fields; blank lines are skipped.
  public static func rows(of text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var iterator = text.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" {
            field.append("\"")
          } else {
            inQuotes = false
            pending = next
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"": inQuotes = true
      case ",":
        row.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        row.append(field)
        field = ""
        if row != [""] { rows.append(row) }
        row = []
      default: field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
