/// A summary as one long CSV table, documented in
/// `Schemas/summary-csv.md`: UTF-8 with a byte-order mark so that Excel
/// reads the accents, CRLF line ends, one header row
/// `table,dimension,key,label,column,value,suppressed`, then the rows of
/// the `about` table (period, rule…), of the `tables` table (each table's
/// title) and one row per cell of every summary table.
///
/// In the ``CSVDialect/fr`` dialect the separator is a semicolon and a
/// duration has a decimal comma (`12,5`), for spreadsheets in a French
/// locale; everything else is the same.
struct CSVSummary {
  /// The header row.
  static let header = [
    "table", "dimension", "key", "label", "column", "value", "suppressed",
  ]
  /// The byte-order mark that starts the file.
  static let byteOrderMark = "\u{FEFF}"

  var document: SummaryDocument
  /// The separator and decimal mark.
  var dialect: CSVDialect = .standard

  func render() -> String {
    var writer = CSVWriter(header: Self.header, dialect: dialect)
    for field in document.about {
      writer.append([
        "about", "field", field.key, field.label, "value", field.value, "false",
      ])
    }
    for table in document.tables {
      writer.append([
        "tables", "table", table.id, table.title, "multi_valued",
        table.multiValued ? "true" : "false", "false",
      ])
    }
    for table in document.tables {
      for row in table.rows + (table.total.map { [$0] } ?? []) {
        for (column, cell) in zip(table.columns, row.cells) {
          writer.append([
            table.id, table.dimension, row.key, row.label, column.id,
            cell.value.map {
              dialect.number(SummaryNumbers.plain($0, unit: cell.unit))
            } ?? "",
            cell.suppressed ? "true" : "false",
          ])
        }
      }
    }
    return Self.byteOrderMark + writer.text
  }
}

extension SummaryRenderer {
  /// The document, as ``render(_:as:)`` writes it, its CSV in `csvDialect`
  /// (the other formats have no dialect).
  ///
  /// The report must have had disclosure control applied.
  public func render(
    _ report: SummaryReport, as format: SummaryFormat, csvDialect: CSVDialect
  ) -> String {
    guard format == .csv, csvDialect != .standard else {
      return render(report, as: format)
    }
    guard let rule = report.disclosure else {
      preconditionFailure("apply disclosure control first")
    }
    return CSVSummary(
      document: SummaryDocument(
        report: report, rule: rule, labels: SummaryLabels(language: language)),
      dialect: csvDialect
    ).render()
  }
}
