import EgideCore
import Foundation

/// What a notice is asked for by: a notice, or a measure standing for its
/// notices.
enum NoticeSubject {
  /// One notice.
  case notice(NoticeID)
  /// A content_takedown measure: all its notices, or its only one.
  case measure(MeasureID)

  /// Parses `N-000001` or `M-000003` (the letter is required).
  ///
  /// - Throws: ``DomainError`` naming the value and the accepted forms.
  static func parse(_ text: String) throws(DomainError) -> NoticeSubject {
    let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
    if trimmed.hasPrefix(NoticeID.prefix) {
      return .notice(try NoticeID.parse(text))
    }
    if trimmed.hasPrefix(MeasureID.prefix) {
      return .measure(try MeasureID.parse(text))
    }
    throw DomainError(
      .invalidValue,
      "invalid notice or measure '\(text)'; give a notice such as N-000001 or a measure such as M-000003"
    )
  }

  /// What authorization checks the scope of.
  var caseSubject: CaseSubject {
    switch self {
    case .notice(let id): .notice(id)
    case .measure(let id): .measure(id)
    }
  }

  /// `N-000001` or `M-000003`.
  var description: String {
    switch self {
    case .notice(let id): id.description
    case .measure(let id): id.description
    }
  }
}
