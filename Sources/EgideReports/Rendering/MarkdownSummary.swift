import EgideCore

/// A summary as GitHub-flavoured Markdown: the header, the rule, a
/// legend, then one heading and one table per summary table.
struct MarkdownSummary {
  var document: SummaryDocument

  func render() -> String {
    let labels = document.labels
    var lines: [String] = []
    if document.rule.isInternal {
      lines += [
        "> **\(labels.internalMarker)**",
        ">",
        "> "
          + Self.escape(
            labels.internalNotice(minimumCount: document.rule.minimumCount)),
        "",
      ]
    }
    if let provisional = document.provisionalMarker {
      lines += ["> **\(Self.escape(provisional))**", ""]
    }
    lines += [
      "# " + Self.escape(document.title),
      "",
      "_" + Self.escape(labels.subtitle) + "_",
      "",
      "- **\(labels.colon(labels.field("period")))** "
        + Self.escape(
          labels.periodLine(document.period, separator: ", ")),
      "- **\(labels.colon(labels.field("previous_period")))** "
        + Self.escape(
          labels.periodLine(document.previousPeriod, separator: ", ")),
      "- **\(labels.colon(labels.field("generated_at")))** "
        + Self.escape(
          labels.generated(
            document.generatedAt, timeZone: document.period.timeZone)),
      "- **\(labels.colon(labels.field("rule")))** "
        + Self.escape(document.ruleStatement),
      "- **\(labels.colon(labels.field("new_cases")))** "
        + Self.escape(labels.newCaseDefinition),
      "",
      "**\(labels.colon(labels.field("legend")))** "
        + Self.escape(labels.suppressedLegend) + " · "
        + Self.escape(labels.notApplicableLegend),
    ]
    for table in document.tables {
      lines += [""] + self.table(table)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The heading, the table and its notes.
  func table(_ table: SummaryDocument.Table) -> [String] {
    let labels = document.labels
    var lines = ["## " + Self.escape(table.title), ""]
    let header =
      [table.dimensionTitle] + table.columns.map(\.title)
    lines.append("| " + header.map(Self.escape).joined(separator: " | ") + " |")
    lines.append(
      "| --- |" + String(repeating: " ---: |", count: table.columns.count))
    for row in table.rows {
      lines.append(line(row, bold: false))
    }
    if let total = table.total {
      lines.append(line(total, bold: true))
    }
    var notes: [String] = []
    if table.multiValued { notes.append(labels.multiValuedNote) }
    if table.hasDays { notes.append(labels.daysNote) }
    if !notes.isEmpty {
      lines += ["", "_" + notes.map(Self.escape).joined(separator: " ") + "_"]
    }
    return lines
  }

  /// One table row.
  func line(_ row: SummaryDocument.Row, bold: Bool) -> String {
    let cells =
      [Self.escape(row.label)] + row.cells.map { document.text($0) }
    let shown = bold ? cells.map { "**\($0)**" } : cells
    return "| " + shown.joined(separator: " | ") + " |"
  }

  /// Text made safe for a Markdown table cell or paragraph.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "|", "\\", "*", "_", "`", "<", ">", "[", "]":
        result.append("\\")
        result.append(character)
      case "\n", "\r", "\r\n": result.append(" ")
      default: result.append(character)
      }
    }
    return result
  }
}
