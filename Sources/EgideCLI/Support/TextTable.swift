/// A plain-text table with aligned columns; the last column is cut to fit
/// the terminal width.
struct TextTable {
  var headers: [String]
  var rows: [[String]] = []
  /// The colour of a cell, by row and column, written on a terminal only;
  /// widths are counted on the text without it.
  var tint: (_ row: Int, _ column: Int) -> Colour? = { _, _ in nil }

  func render(width: Int) -> String {
    // A line break or an escape sequence stored by an older version (or
    // written into the file) must not rewrite the table on a terminal.
    let rows = rows.map { row in
      row.map { PrintableOutput.printable($0, oneLine: true) }
    }
    var widths = headers.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
    if let last = widths.indices.last {
      widths[last] = max(10, min(widths[last], width - fixed))
    }
    func line(_ cells: [String], row: Int?) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        var text = cell
        if index == widths.count - 1, text.count > widths[index] {
          text = String(text.prefix(widths[index] - 1)) + "…"
        }
        let pad =
          index == cells.count - 1
          ? ""
          : String(repeating: " ", count: max(0, widths[index] - text.count))
        let colour = row.flatMap { tint($0, index) }
        parts.append((colour?.paint(text) ?? text) + pad)
      }
      return parts.joined(separator: "  ")
    }
    return
      ([line(headers, row: nil)]
      + rows.enumerated().map { line($0.element, row: $0.offset) })
      .joined(separator: "\n")
  }
}
