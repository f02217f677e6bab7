import Foundation

/// Inline SVG bar charts for the HTML summary, readable in black and
/// white: solid dark bars, light outlined bars, and hatched placeholders
/// marked `s` for suppressed figures, drawn not to scale (never as a
/// zero-length bar labelled 0).
struct SummaryCharts {
  /// One bar: its published cell.
  typealias Cell = SummaryDocument.Cell

  var document: SummaryDocument

  /// The width of every chart, in SVG units (about the A4 text width).
  static let width = 680.0
  /// The height of the placeholder of a suppressed bar.
  static let placeholder = 14.0

  /// The bar chart of new and resolved cases over twelve months.
  func trend(_ table: SummaryDocument.Table) -> String {
    guard let newColumn = table.column("new"),
      let resolvedColumn = table.column("resolved")
    else { return "" }
    let labels = document.labels
    let id = "trend"
    let left = 44.0
    let right = 8.0
    let top = 34.0
    let plot = 170.0
    let bottom = 34.0
    let height = top + plot + bottom
    let values = table.rows.flatMap { row in
      [row.cells[newColumn], row.cells[resolvedColumn]].compactMap(\.value)
    }
    let scale = Scale(maximum: values.max() ?? 0)
    let groupWidth =
      (Self.width - left - right) / Double(max(table.rows.count, 1))
    let barWidth = min(18.0, (groupWidth - 10) / 2)
    var svg = open(
      id: id, height: height,
      title: table.title,
      description: labels.text(
        "New and resolved cases per month, over the twelve months ending with the period.",
        "Nouveaux dossiers et dossiers résolus par mois, sur les douze mois qui se terminent avec la période."
      ))
    // Grid and axis.
    for tick in scale.ticks {
      let y = top + plot - scale.length(tick, plot)
      svg += line(x1: left, y1: y, x2: Self.width - right, y2: y, class: "grid")
      svg += text(
        labels.number(tick, unit: .count), x: left - 6, y: y + 3.5,
        anchor: "end", class: "tick")
    }
    svg += line(
      x1: left, y1: top + plot, x2: Self.width - right, y2: top + plot,
      class: "axis")
    // Legend.
    svg += legendItem(
      x: left, y: 8, class: "bar-a", label: table.columns[newColumn].title)
    svg += legendItem(
      x: left + 150, y: 8, class: "bar-b",
      label: table.columns[resolvedColumn].title)
    svg += legendItem(
      x: left + 300, y: 8, class: "bar-s", pattern: id,
      label: labels.suppressedLegend)
    for (index, row) in table.rows.enumerated() {
      let x0 =
        left + Double(index) * groupWidth + (groupWidth - 2 * barWidth - 3) / 2
      for (offset, column) in [newColumn, resolvedColumn].enumerated() {
        svg += verticalBar(
          row.cells[column], x: x0 + Double(offset) * (barWidth + 3),
          width: barWidth, baseline: top + plot, plot: plot, scale: scale,
          class: offset == 0 ? "bar-a" : "bar-b", pattern: id)
      }
      let center = left + (Double(index) + 0.5) * groupWidth
      svg += text(
        labels.shortMonth(row.key), x: center, y: top + plot + 14,
        anchor: "middle", class: "label")
      if index == 0 || row.key.hasSuffix("-01") {
        svg += text(
          String(row.key.prefix(4)), x: center, y: top + plot + 27,
          anchor: "middle", class: "label year")
      }
    }
    return svg + "</svg>"
  }

  /// A horizontal bar chart of one column of a table (the current period).
  func horizontal(
    _ table: SummaryDocument.Table, column: String, id: String,
    description: String
  ) -> String {
    guard let index = table.column(column), !table.rows.isEmpty else {
      return ""
    }
    let labels = document.labels
    let rowHeight = 16.0
    let top = 8.0
    let bottom = 22.0
    let longest = table.rows.map(\.label.count).max() ?? 10
    let labelWidth = min(300.0, max(80.0, Double(longest) * 5.9 + 10))
    let left = labelWidth
    let right = 44.0
    let plot = Self.width - left - right
    let height = top + Double(table.rows.count) * rowHeight + bottom
    let scale = Scale(
      maximum: table.rows.compactMap { $0.cells[index].value }.max() ?? 0)
    var svg = open(
      id: id, height: height, title: table.title, description: description)
    let baseline = top + Double(table.rows.count) * rowHeight
    for tick in scale.ticks {
      let x = left + scale.length(tick, plot)
      svg += line(x1: x, y1: top, x2: x, y2: baseline, class: "grid")
      svg += text(
        labels.number(tick, unit: .count), x: x, y: baseline + 14,
        anchor: "middle", class: "tick")
    }
    for (position, row) in table.rows.enumerated() {
      let y = top + Double(position) * rowHeight
      let cell = row.cells[index]
      svg += text(
        Self.clip(row.label, to: labelWidth), x: left - 6, y: y + 11.5,
        anchor: "end", class: "label")
      let barY = y + 2.5
      let barHeight = rowHeight - 5
      if cell.suppressed {
        svg += rect(
          x: left, y: barY, width: 28, height: barHeight, class: "bar-s",
          pattern: id)
        svg += text(
          SummaryLabels.suppressedMarker, x: left + 33, y: y + 11.5,
          anchor: "start", class: "value marker")
      } else if let value = cell.value {
        let length = scale.length(value, plot)
        if length > 0 {
          svg += rect(
            x: left, y: barY, width: length, height: barHeight, class: "bar-a")
        }
        svg += text(
          document.text(cell), x: left + length + 4, y: y + 11.5,
          anchor: "start", class: "value")
      } else {
        svg += text(
          SummaryLabels.notApplicableMarker, x: left + 4, y: y + 11.5,
          anchor: "start", class: "value")
      }
    }
    svg += line(x1: left, y1: top, x2: left, y2: baseline, class: "axis")
    return svg + "</svg>"
  }

  // MARK: - Pieces

  /// A vertical bar with its value above, or a hatched placeholder
  /// marked `s`.
  func verticalBar(
    _ cell: Cell, x: Double, width: Double, baseline: Double, plot: Double,
    scale: Scale, class name: String, pattern: String
  ) -> String {
    let center = x + width / 2
    if cell.suppressed {
      return rect(
        x: x, y: baseline - Self.placeholder, width: width,
        height: Self.placeholder, class: "bar-s", pattern: pattern)
        + text(
          SummaryLabels.suppressedMarker, x: center,
          y: baseline - Self.placeholder - 3, anchor: "middle",
          class: "value marker")
    }
    guard let value = cell.value else {
      return text(
        SummaryLabels.notApplicableMarker, x: center, y: baseline - 3,
        anchor: "middle", class: "value")
    }
    let length = scale.length(value, plot)
    var svg = ""
    if length > 0 {
      svg += rect(
        x: x, y: baseline - length, width: width, height: length, class: name)
    }
    return svg
      + text(
        document.text(cell), x: center, y: baseline - length - 3,
        anchor: "middle", class: "value")
  }

  /// The start of an `svg` element with its title, description and the
  /// hatching pattern of suppressed bars.
  func open(id: String, height: Double, title: String, description: String)
    -> String
  {
    let h = Self.format(height)
    return
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
      + "viewBox=\"0 0 \(Self.format(Self.width)) \(h)\" role=\"img\" "
      + "aria-labelledby=\"\(id)-title \(id)-desc\">"
      + "<title id=\"\(id)-title\">\(HTMLSummary.escape(title))</title>"
      + "<desc id=\"\(id)-desc\">\(HTMLSummary.escape(description))</desc>"
      + "<defs><pattern id=\"hatch-\(id)\" patternUnits=\"userSpaceOnUse\" "
      + "width=\"5\" height=\"5\" patternTransform=\"rotate(45)\">"
      + "<rect width=\"5\" height=\"5\" fill=\"#fff\"/>"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#333\" "
      + "stroke-width=\"1.6\"/></pattern></defs>"
  }

  /// A swatch and its label.
  func legendItem(
    x: Double, y: Double, class name: String, pattern: String? = nil,
    label: String
  ) -> String {
    rect(x: x, y: y, width: 12, height: 10, class: name, pattern: pattern)
      + text(label, x: x + 17, y: y + 9, anchor: "start", class: "legend")
  }

  func rect(
    x: Double, y: Double, width: Double, height: Double, class name: String,
    pattern: String? = nil
  ) -> String {
    let fill = pattern.map { " fill=\"url(#hatch-\($0))\"" } ?? ""
    return
      "<rect class=\"\(name)\" x=\"\(Self.format(x))\" y=\"\(Self.format(y))\" "
      + "width=\"\(Self.format(width))\" height=\"\(Self.format(height))\""
      + fill + "/>"
  }

  func line(
    x1: Double, y1: Double, x2: Double, y2: Double, class name: String
  ) -> String {
    "<line class=\"\(name)\" x1=\"\(Self.format(x1))\" y1=\"\(Self.format(y1))\" "
      + "x2=\"\(Self.format(x2))\" y2=\"\(Self.format(y2))\"/>"
  }

  func text(
    _ content: String, x: Double, y: Double, anchor: String, class name: String
  ) -> String {
    "<text class=\"\(name)\" x=\"\(Self.format(x))\" y=\"\(Self.format(y))\" "
      + "text-anchor=\"\(anchor)\">\(HTMLSummary.escape(content))</text>"
  }

  /// A coordinate with at most one decimal, the same on every machine.
  static func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded()
      ? String(Int(rounded)) : String(format: "%.1f", rounded)
  }

  /// A label shortened to fit a width (about 5.9 units a character).
  static func clip(_ label: String, to width: Double) -> String {
    let fits = Int((width - 10) / 5.9)
    guard label.count > fits, fits > 1 else { return label }
    return String(label.prefix(fits - 1)) + "…"
  }

  /// The value axis: a round maximum and four or five ticks; only the
  /// zero tick when there is no visible figure above zero.
  struct Scale {
    var top: Double
    var step: Double
    var isEmpty: Bool

    init(maximum: Double) {
      isEmpty = maximum <= 0
      let maximum = max(maximum, 1)
      let raw = maximum / 4
      let magnitude = pow(10, (log10(raw)).rounded(.down))
      let normalised = raw / magnitude
      let factor: Double =
        normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10
      step = max(1, factor * magnitude)
      top = (maximum / step).rounded(.up) * step
    }

    var ticks: [Double] {
      isEmpty ? [0] : stride(from: 0, through: top, by: step).map { $0 }
    }

    /// The length of a bar for a value, in a plot this long.
    func length(_ value: Double, _ plot: Double) -> Double {
      max(0, value) / top * plot
    }
  }
}
