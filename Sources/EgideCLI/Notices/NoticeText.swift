import EgideCore
import EgideService
import Foundation

/// A notice as text for people: where it stands, each URL with its status
/// and time to removal, the replies and the history.
///
/// URLs, the notifier and the statements are left out when they were not
/// revealed.
enum NoticeText {
  static func render(
    _ notice: TakedownNotice, policy: FollowUpPolicy, display: Display,
    now: Date, identitiesHidden: Bool = false
  ) -> String {
    let draft = notice.draft
    var lines = [
      "\(notice.id) · measure \(draft.measure) · case \(draft.caseReference) · \(draft.platform.rawValue) · \(draft.channel.rawValue)"
    ]
    var status = "status: \(notice.status.rawValue)"
    if let sentAt = notice.sentAt {
      status += " · sent \(display.dateTime(sentAt))"
      if notice.isAwaitingAnswer, let due = notice.followUpDue(policy: policy) {
        status += " · follow up on \(display.dateTime(due))"
        if due < now { status += " (OVERDUE)" }
      }
    } else {
      status += " · drafted \(display.dateTime(notice.draftedAt)), not sent"
    }
    lines.append(status)
    if let name = HiddenIdentities.shown(draft.notifier.name),
      let email = HiddenIdentities.shown(draft.notifier.email)
    {
      lines.append("notifier: \(name) <\(email)>")
    }
    lines.append("offences: \(notice.offences.joined(separator: ", "))")
    let removed = notice.targets.filter { $0.status == .removed }.count
    lines.append("URLs: \(notice.targets.count), removed \(removed)")
    let statusWidth =
      NoticeURLStatus.allCases.map(\.rawValue.count).max() ?? 10
    for target in notice.targets {
      var line =
        "  \(target.position). "
        + target.status.rawValue.padding(
          toLength: statusWidth, withPad: " ", startingAt: 0)
      if let decided = target.decidedAt {
        line += "  \(display.dateTime(decided))"
      }
      if let time = notice.timeToRemoval(of: target) {
        line += "  time to removal \(NoticeDuration.text(time))"
      }
      line += HiddenIdentities.suffix(target.url, separator: "  ")
      lines.append(line)
    }
    if !notice.replies.isEmpty {
      lines.append("replies:")
      for recorded in notice.replies {
        let reply = recorded.reply
        let positions = reply.positions.map(String.init).joined(
          separator: ", ")
        lines.append(
          "  \(display.dateTime(reply.decidedAt)) \(reply.decision.rawValue) (URL \(positions))\(HiddenIdentities.suffix(reply.statement)) — recorded by \(recorded.recordedBy)"
        )
      }
    }
    lines.append("history:")
    for event in notice.events {
      lines.append(
        "  \(display.dateTime(event.recordedAt)) \(event.change.name) by \(event.actor)"
      )
    }
    if identitiesHidden { lines.append(HiddenIdentities.notice()) }
    return lines.joined(separator: "\n")
  }
}

/// The JSON form of a notice for `egide notice show --json`.
struct NoticeDocument: Encodable {
  struct URLPart: Encodable {
    var decidedAt: String?
    var position: Int
    var removedAt: String?
    var status: String
    var timeToRemovalSeconds: Int?
    var url: String
  }
  struct ReplyPart: Encodable {
    var decidedAt: String
    var decision: String
    var positions: [Int]
    var recordedAt: String
    var recordedBy: String
    var statement: String
  }
  struct NotifierPart: Encodable {
    var email: String
    var name: String
  }

  var caseReference: String
  var channel: String
  var draftedAt: String
  var followUpDue: String?
  var followUpOverdue: Bool
  var measure: String
  var notice: String
  var notifier: NotifierPart
  var offences: [String]
  var platform: String
  var replies: [ReplyPart]
  var sentAt: String?
  var status: String
  var urls: [URLPart]

  init(_ notice: TakedownNotice, policy: FollowUpPolicy, now: Date) {
    let draft = notice.draft
    caseReference = draft.caseReference.description
    channel = draft.channel.rawValue
    draftedAt = ISODate.string(notice.draftedAt)
    followUpDue =
      notice.isAwaitingAnswer
      ? notice.followUpDue(policy: policy).map(ISODate.string) : nil
    followUpOverdue = notice.isFollowUpOverdue(at: now, policy: policy)
    measure = draft.measure.description
    self.notice = notice.id.description
    notifier = NotifierPart(
      email: draft.notifier.email, name: draft.notifier.name)
    offences = notice.offences
    platform = draft.platform.rawValue
    replies = notice.replies.map {
      ReplyPart(
        decidedAt: ISODate.string($0.reply.decidedAt),
        decision: $0.reply.decision.rawValue, positions: $0.reply.positions,
        recordedAt: ISODate.string($0.recordedAt), recordedBy: $0.recordedBy,
        statement: $0.reply.statement)
    }
    sentAt = notice.sentAt.map(ISODate.string)
    status = notice.status.rawValue
    urls = notice.targets.map {
      URLPart(
        decidedAt: $0.decidedAt.map(ISODate.string), position: $0.position,
        removedAt: $0.removedAt.map(ISODate.string),
        status: $0.status.rawValue,
        timeToRemovalSeconds: notice.timeToRemoval(of: $0).map { Int($0) },
        url: $0.url)
    }
  }
}
