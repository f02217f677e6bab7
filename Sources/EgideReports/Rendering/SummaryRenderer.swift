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
public struct SummaryRenderer: Sendable {
  /// The language of titles and labels.
  public var language: ReportLanguage

  /// Creates a renderer for a language.
  public init(language: ReportLanguage) { self.language = language }

  /// The document. The report must have had disclosure control applied.
  public func render(_ report: SummaryReport, as format: SummaryFormat) -> String {
    precondition(report.disclosure != nil, "apply disclosure control first")
    fatalError("renderers are being written")
  }
}
