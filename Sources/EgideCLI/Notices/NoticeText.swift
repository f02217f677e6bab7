import EgideCore
import EgideService
import Foundation

/// Notices as text for people: where each stands, each URL with its
/// status and time to removal, the replies and the history.
///
/// URLs, the notifier and the statements are left out when they were not
/// revealed.
enum NoticeText {
  /// The text of `notice show`: one notice, or every notice of a measure.
  static func render(_ document: ShowNotices.Document, display: Display)
    -> String
  {
    if let measure = document.measure, document.notices.isEmpty {
      return
        "\(measure): no notice; draft one with 'egide notice draft \(measure) --url …'"
    }
    var text = document.notices.map { render($0, display: display) }
      .joined(separator: "\n\n")
    if !document.identitiesRevealed {
      text += "\n" + HiddenWording.notice()
    }
    return text
  }

  /// The lines of one notice.
  static func render(_ entry: ShowNotices.Document.Entry, display: Display)
    -> String
  {
    let notice = entry.notice
    let time = { (text: String) in
      ISODate.date(text).map(display.dateTime) ?? text
    }
    var lines = [
      "\(notice.notice) · measure \(notice.measure) · case \(notice.caseReference) · \(notice.platform) · \(notice.channel)"
    ]
    var status = "status: \(notice.status)"
    if let sentAt = notice.sentAt {
      status += " · sent \(time(sentAt))"
      if let due = notice.followUpDue {
        status += " · follow up on \(time(due))"
        if notice.followUpOverdue { status += " (OVERDUE)" }
      }
    } else {
      status += " · drafted \(time(notice.draftedAt)), not sent"
    }
    lines.append(status)
    if let name = HiddenIdentities.shown(notice.notifier.name),
      let email = HiddenIdentities.shown(notice.notifier.email)
    {
      lines.append("notifier: \(name) <\(email)>")
    }
    lines.append("offences: \(notice.offences.joined(separator: ", "))")
    let removed = notice.urls.filter {
      $0.status == NoticeURLStatus.removed.rawValue
    }.count
    lines.append("URLs: \(notice.urls.count), removed \(removed)")
    let statusWidth =
      NoticeURLStatus.allCases.map(\.rawValue.count).max() ?? 10
    for target in notice.urls {
      var line =
        "  \(target.position). "
        + target.status.padding(
          toLength: statusWidth, withPad: " ", startingAt: 0)
      if let decided = target.decidedAt {
        line += "  \(time(decided))"
      }
      if let seconds = target.timeToRemovalSeconds {
        line += "  time to removal \(NoticeDuration.text(Double(seconds)))"
      }
      line += HiddenIdentities.suffix(target.url, separator: "  ")
      lines.append(line)
    }
    if !notice.replies.isEmpty {
      lines.append("replies:")
      for reply in notice.replies {
        let positions = reply.positions.map(String.init).joined(
          separator: ", ")
        lines.append(
          "  \(time(reply.decidedAt)) \(reply.decision) (URL \(positions))\(HiddenIdentities.suffix(reply.statement)) — recorded by \(reply.recordedBy)"
        )
      }
    }
    lines.append("history:")
    for event in entry.history {
      lines.append(
        "  \(time(event.recordedAt)) \(event.change) by \(event.actor)")
    }
    return lines.joined(separator: "\n")
  }
}
