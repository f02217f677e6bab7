/// The formats a summary can be written in.
public enum SummaryFormat: String, Sendable, CaseIterable {
  case md
  case csv
  case json
  case html
}

/// The languages a summary can be written in.
public enum ReportLanguage: String, Sendable, CaseIterable {
  case en
  case fr
}

/// Writes a summary, after disclosure control, as Markdown, CSV, JSON or
/// self-contained HTML, in English or French.
///
/// Every format states the period, the previous period, when the summary
/// was made and the disclosure rule applied; marks an internal document
/// (k below 11) at its top; shows a suppressed figure as a marker (`s`, or
/// `null` with `"suppressed": true` in JSON), never as a number; and holds
/// no name or free text.
public struct SummaryRenderer: Sendable {
  /// The language of titles and labels.
  public var language: ReportLanguage
  /// The institutional heading of the HTML document, if configured.
  public var heading: SummaryHeading?

  /// Creates a renderer for a language.
  public init(language: ReportLanguage, heading: SummaryHeading? = nil) {
    self.language = language
    self.heading = heading
  }

  /// The document, in the renderer's language.
  ///
  /// The report must have had disclosure control applied.
  public func render(_ report: SummaryReport, as format: SummaryFormat)
    -> String
  {
    guard let rule = report.disclosure else {
      preconditionFailure("apply disclosure control first")
    }
    let document = SummaryDocument(
      report: report, rule: rule, labels: SummaryLabels(language: language))
    return switch format {
    case .md: MarkdownSummary(document: document).render()
    case .csv: CSVSummary(document: document).render()
    case .json: JSONSummary(document: document).render()
    case .html: HTMLSummary(document: document, heading: heading).render()
    }
  }
}
