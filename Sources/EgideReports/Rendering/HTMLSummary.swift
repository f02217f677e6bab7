import EgideCore

/// A summary as one self-contained HTML file: inline CSS, inline SVG
/// charts, no script and no external resource, laid out for A4 printing
/// and readable in black and white.
struct HTMLSummary {
  var document: SummaryDocument
  /// The institutional heading, as configured.
  var heading: SummaryHeading? = nil

  func render() -> String {
    let labels = document.labels
    let rule = document.rule
    var html = """
      <!DOCTYPE html>
      <html lang="\(labels.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="Égide">
      <title>\(Self.escape(document.title))</title>
      <style>
      \(Self.style(pageMarker: pageMarker))
      </style>
      </head>
      <body>

      """
    if rule.isInternal {
      html += """
        <div class="internal-mark" role="note">\(Self.escape(labels.internalMarker))</div>
        <div class="watermark" aria-hidden="true">\(Self.escape(labels.internalMarker))</div>

        """
    }
    if let provisional = document.provisionalMarker {
      html += """
        <div class="provisional-mark" role="note">\(Self.escape(provisional))</div>

        """
    }
    html += institution()
    html += header()
    html += "<main>\n"
    let tables = document.tables
    if let overview = tables.first {
      html += section(overview)
    }
    html += charts()
    for table in tables.dropFirst() {
      html += section(table)
    }
    html += "</main>\n"
    html += """
      <footer class="doc-footer">\(Self.escape(document.title)) · \
      \(Self.escape(labels.field("generated_at"))) \
      \(Self.escape(labels.generated(document.generatedAt, timeZone: document.period.timeZone))) · \
      k = \(rule.minimumCount)</footer>
      </body>
      </html>

      """
    return html
  }

  /// The title, the periods, the rule and the legend.
  func header() -> String {
    let labels = document.labels
    let rule = document.rule
    var html = "<header class=\"doc-header\">\n"
    html += "<h1>\(Self.escape(document.title))</h1>\n"
    html += "<p class=\"subtitle\">\(Self.escape(labels.subtitle))</p>\n"
    if rule.isInternal {
      html +=
        "<p class=\"internal-notice\">"
        + Self.escape(labels.internalNotice(minimumCount: rule.minimumCount))
        + "</p>\n"
    }
    let fields: [(String, String)] = [
      (
        labels.field("period"),
        labels.periodLine(document.period, separator: " — ")
      ),
      (
        labels.field("previous_period"),
        labels.periodLine(document.previousPeriod, separator: " — ")
      ),
      (
        labels.field("generated_at"),
        labels.generated(
          document.generatedAt, timeZone: document.period.timeZone)
      ),
    ]
    html += "<dl class=\"meta\">\n"
    for (name, value) in fields {
      html += "<dt>\(Self.escape(name))</dt><dd>\(Self.escape(value))</dd>\n"
    }
    html += "</dl>\n"
    html +=
      "<div class=\"rule\"><h2>\(Self.escape(labels.field("rule")))</h2>"
      + "<p>\(Self.escape(document.ruleStatement))</p>"
      + "<p>\(Self.escape(labels.newCaseDefinition))</p>"
      + "<p class=\"legend\"><span class=\"swatch s\">s</span> "
      + Self.escape(labels.suppressedLegend)
      + " <span class=\"sep\">·</span> "
      + Self.escape(labels.notApplicableLegend) + "</p></div>\n"
    html += "</header>\n"
    return html
  }

  /// The charts: the trend, new cases by kind and by district of each
  /// order of courts.
  func charts() -> String {
    let labels = document.labels
    let charts = SummaryCharts(document: document)
    var figures: [(String, String)] = []
    if let trend = document.table("trend") {
      figures.append((trend.title, charts.trend(trend)))
    }
    for (id, description) in [
      (
        "new_by_kind",
        labels.text(
          "New cases in the period, by kind of incident.",
          "Nouveaux dossiers de la période, par nature d'atteinte.")
      ),
      (
        "new_by_district",
        labels.text(
          "New cases at judicial courts in the period, by cour d'appel district.",
          "Nouveaux dossiers des juridictions judiciaires de la période, par ressort de cour d'appel."
        )
      ),
      (
        "new_by_administrative_district",
        labels.text(
          "New cases at administrative courts in the period, by cour administrative d'appel district.",
          "Nouveaux dossiers des juridictions administratives de la période, par ressort de cour administrative d'appel."
        )
      ),
    ] {
      guard let table = document.table(id) else { continue }
      let svg = charts.horizontal(
        table, column: "current", id: id, description: description)
      guard !svg.isEmpty else { continue }
      figures.append(("\(table.title) — \(document.period.label)", svg))
    }
    guard !figures.isEmpty else { return "" }
    var html = "<section class=\"charts\">\n"
    html += "<h2>\(Self.escape(labels.field("charts")))</h2>\n"
    html +=
      "<p class=\"note chart-note\">\(Self.escape(labels.chartSuppressedNote))</p>\n"
    for (caption, svg) in figures {
      html +=
        "<figure class=\"chart-block\">"
        + "<figcaption>\(Self.escape(caption))</figcaption>\n"
        + svg + "\n</figure>\n"
    }
    html += "</section>\n"
    return html
  }

  /// The organisation, service and classification line above the title,
  /// when configured.
  func institution() -> String {
    guard let heading, !heading.isEmpty else { return "" }
    var html = "<div class=\"institution\">\n"
    for (name, text) in [
      ("organisation", heading.organisation),
      ("service", heading.service),
      ("classification", heading.classification),
    ] {
      guard let text, !text.isEmpty else { continue }
      html += "<p class=\"\(name)\">\(Self.escape(text))</p>\n"
    }
    return html + "</div>\n"
  }

  /// A table with its heading and notes.
  func section(_ table: SummaryDocument.Table) -> String {
    let labels = document.labels
    var html =
      "<section class=\"table-block\" id=\"table-\(Self.escape(table.id))\">\n"
    html += "<h2>\(Self.escape(table.title))</h2>\n"
    html += "<table>\n<thead><tr><th scope=\"col\">"
    html += Self.escape(table.dimensionTitle) + "</th>"
    for column in table.columns {
      html +=
        "<th scope=\"col\" class=\"num\">\(Self.escape(column.title))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    // Rows with no figure shown are grouped into one line naming them, so
    // that a table of 36 districts mostly suppressed fits.
    let hidden = table.rows.filter { row in
      row.cells.allSatisfy { $0.suppressed || $0.value == nil }
        && row.cells.contains(where: \.suppressed)
    }
    let grouped = hidden.count >= 3
    for row in table.rows where !(grouped && hidden.contains(row)) {
      html += self.row(row)
    }
    if grouped {
      html +=
        "<tr class=\"grouped\"><th scope=\"row\">"
        + Self.escape(
          labels.groupedRows(hidden.count)
            + hidden.map(\.label).joined(separator: " · "))
        + "</th>"
      for _ in table.columns {
        html +=
          "<td class=\"num s\" title=\""
          + Self.escape(labels.suppressedLegend) + "\">"
          + SummaryLabels.suppressedMarker + "</td>"
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n"
    if let total = table.total {
      html += "<tfoot>\n" + row(total) + "</tfoot>\n"
    }
    html += "</table>\n"
    var notes: [String] = []
    if table.multiValued { notes.append(labels.multiValuedNote) }
    if table.hasDays { notes.append(labels.daysNote) }
    if !notes.isEmpty {
      html +=
        "<p class=\"note\">"
        + notes.map(Self.escape).joined(separator: " ") + "</p>\n"
    }
    html += "</section>\n"
    return html
  }

  /// One row of a table.
  func row(_ row: SummaryDocument.Row) -> String {
    var html = "<tr><th scope=\"row\">\(Self.escape(row.label))</th>"
    for cell in row.cells {
      let text = Self.escape(document.text(cell))
      if cell.suppressed {
        html +=
          "<td class=\"num s\" title=\""
          + Self.escape(document.labels.suppressedLegend) + "\">\(text)</td>"
      } else if cell.value == nil {
        html += "<td class=\"num na\">\(text)</td>"
      } else {
        html += "<td class=\"num\">\(text)</td>"
      }
    }
    return html + "</tr>\n"
  }

  /// Text made safe for HTML content and attribute values.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// What every printed page carries at its top and bottom: the internal
  /// marking, the provisional one, or both; nil for neither.
  var pageMarker: String? {
    let marks = [
      heading?.classification.flatMap { $0.isEmpty ? nil : $0 },
      document.rule.isInternal ? document.labels.internalMarker : nil,
      document.provisionalMarker,
    ].compactMap { $0 }
    return marks.isEmpty ? nil : marks.joined(separator: " · ")
  }

  /// The style sheet: screen and A4 print, black-and-white friendly,
  /// pages numbered; `pageMarker` heads and foots every printed page.
  static func style(pageMarker: String?) -> String {
    var css = """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { margin: 0 auto; padding: 24px 28px 40px; max-width: 200mm;
        font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
        font-size: 10.5pt; line-height: 1.4; color: #111; background: #fff; }
      h1 { font-size: 20pt; margin: 0 0 2px; letter-spacing: -0.01em; }
      h2 { font-size: 12pt; margin: 0 0 6px; break-after: avoid; }
      .subtitle { margin: 0 0 12px; color: #444; }
      .doc-header { border-bottom: 2px solid #111; padding-bottom: 10px; margin-bottom: 16px; }
      .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 10px; }
      .meta dt { font-weight: bold; }
      .meta dd { margin: 0; }
      .rule { border: 1px solid #111; border-left-width: 5px; padding: 6px 10px; }
      .rule h2 { font-size: 10.5pt; margin: 0 0 2px; }
      .rule p { margin: 0 0 4px; }
      .rule .legend { margin: 4px 0 0; font-size: 9.5pt; }
      .sep { margin: 0 4px; }
      .swatch.s { display: inline-block; min-width: 1.6em; text-align: center; font-style: italic;
        border: 1px solid #777; background: repeating-linear-gradient(45deg, #fff 0 3px, #d9d9d9 3px 5px); }
      .internal-notice { border: 2px solid #111; padding: 6px 10px; margin: 0 0 12px; }
      .internal-mark { position: sticky; top: 0; z-index: 2; margin: -24px -28px 16px; padding: 6px;
        text-align: center; font-weight: bold; letter-spacing: 0.12em; color: #fff; background: #111;
        border-bottom: 2px solid #111; }
      .provisional-mark { margin: 0 0 16px; padding: 6px; text-align: center; font-weight: bold;
        letter-spacing: 0.06em; color: #111; background: #f5d76e; border: 2px solid #111; }
      .institution { margin: 0 0 12px; border-bottom: 1px solid #111; }
      .institution p { margin: 0 0 2px; }
      .institution .organisation { font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; }
      .institution .classification { font-weight: bold; letter-spacing: 0.08em; }
      tr.grouped th { font-weight: normal; font-style: italic; }
      section { margin: 0 0 18px; }
      .table-block { break-inside: avoid; page-break-inside: avoid; }
      table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
      caption { text-align: left; }
      th, td { padding: 3px 8px; border-bottom: 1px solid #bbb; vertical-align: top; }
      thead th { border-bottom: 1.5px solid #111; text-align: left; background: #ececec; }
      tbody th { text-align: left; font-weight: normal; }
      tbody tr:nth-child(even) { background: #f6f6f6; }
      tfoot th { text-align: left; }
      tfoot th, tfoot td { font-weight: bold; border-top: 1.5px solid #111; border-bottom: 1.5px solid #111; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      thead th.num { text-align: right; }
      thead th:first-child { width: 46%; }
      td.s { font-style: italic; color: #333;
        background: repeating-linear-gradient(45deg, #fff 0 3px, #d9d9d9 3px 5px); }
      td.na { color: #666; }
      tr { break-inside: avoid; }
      .note { font-size: 8.5pt; color: #333; margin: 4px 0 0; font-style: italic; }
      .charts > h2 { font-size: 14pt; margin-bottom: 2px; }
      .chart-note { margin: 0 0 8px; }
      .chart-block { margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
      figcaption { font-weight: bold; margin: 0 0 4px; }
      svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
      svg .grid { stroke: #d0d0d0; stroke-width: 0.8; }
      svg .axis { stroke: #111; stroke-width: 1; }
      svg .bar-a { fill: #2b2b2b; }
      svg .bar-b { fill: #fff; stroke: #2b2b2b; stroke-width: 1; }
      svg .bar-s { stroke: #333; stroke-width: 0.8; stroke-dasharray: 2 1.5; }
      svg text { font-size: 9.5px; fill: #111; }
      svg .tick { fill: #555; }
      svg .label { font-size: 10px; }
      svg .year { fill: #555; }
      svg .value { font-size: 9px; }
      svg .marker { font-style: italic; font-weight: bold; }
      svg .legend { font-size: 10px; }
      .doc-footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid #111;
        font-size: 8.5pt; color: #333; }
      @page { size: A4; margin: 15mm;
        @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Arial, sans-serif; } }
      @media print {
        body { max-width: none; padding: 0; font-size: 9.5pt; }
        .internal-mark, .provisional-mark { position: static; margin: 0 0 10px; }
        tbody tr:nth-child(even) { background: #f3f3f3; }
        a { color: inherit; text-decoration: none; }
      }
      """
    if let marker = pageMarker {
      let quoted = cssString(marker)
      css += """

        .watermark { position: fixed; top: 45%; left: 0; right: 0; z-index: -1; text-align: center;
          transform: rotate(-30deg); font-size: 26pt; font-weight: bold; letter-spacing: 0.08em;
          color: rgba(0, 0, 0, 0.07); pointer-events: none; white-space: nowrap; }
        @page {
          @top-center { content: \(quoted); font: bold 9pt Arial, sans-serif; letter-spacing: 0.12em; }
          @bottom-center { content: \(quoted); font: bold 9pt Arial, sans-serif; letter-spacing: 0.12em; }
        }
        """
    }
    return css
  }

  /// A CSS string literal.
  static func cssString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\": result += "\\" + String(scalar)
      case "<": result += "\\3c "
      case ">": result += "\\3e "
      default:
        if scalar.value < 0x20 {
          result += "\\" + String(scalar.value, radix: 16) + " "
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
