import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide due`: the notices awaiting a platform's answer past their
/// follow-up date.
struct DueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: "List the notices awaiting an answer past their follow-up date.",
    discussion: """
      A notice is due for a follow-up when it was sent, some URL still has
      no decision, and the follow-up delay of its channel has passed since
      sending. The delays are calendar days, set in the config file under
      [notices] (platform_form, pharos, trusted_flagger); defaults:
      trusted_flagger 2, platform_form 7, pharos 14. The list names no
      person and no URL. A user limited to a court or a ressort sees the
      notices of its cases only.

      Example:
        egide due
        egide due --json
      """)

  @OptionGroup var registry: RegistryOptions
  @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
  var json = false

  struct Row: Encodable {
    var caseReference: String
    var channel: String
    var daysLate: Int
    var followUpDue: String
    var measure: String
    var notice: String
    var pendingUrls: Int
    var platform: String
    var sentAt: String
    var urls: Int
  }

  func run() throws {
    let settings = try registry.settings()
    let policy = try NoticeSettings.followUpPolicy()
    let access = try settings.authorize(.due)
    let store = access.registry
    let due = try store.noticesAwaitingAnswer().filter { notice in
      guard notice.isFollowUpOverdue(at: settings.now, policy: policy) else {
        return false
      }
      guard access.scope != nil else { return true }
      return access.sees(
        try store.location(of: .case(notice.draft.caseReference)))
    }
    let rows = due.compactMap { notice -> Row? in
      guard let sentAt = notice.sentAt,
        let followUp = notice.followUpDue(policy: policy)
      else { return nil }
      return Row(
        caseReference: notice.draft.caseReference.description,
        channel: notice.draft.channel.rawValue,
        daysLate: Int(settings.now.timeIntervalSince(followUp) / 86_400),
        followUpDue: ISODate.string(followUp),
        measure: notice.draft.measure.description,
        notice: notice.id.description,
        pendingUrls: notice.targets.filter { $0.status == .pending }.count,
        platform: notice.draft.platform.rawValue,
        sentAt: ISODate.string(sentAt), urls: notice.targets.count)
    }
    if json {
      print(try JSONOutput.render(rows))
      return
    }
    if rows.isEmpty {
      print("no notice is past its follow-up date")
      return
    }
    let display = Display(timeZone: settings.timeZone)
    for (row, notice) in zip(rows, due) {
      let sent = notice.sentAt.map(display.dateTime) ?? "-"
      let followUp =
        notice.followUpDue(policy: policy).map(display.dateTime) ?? "-"
      print(
        "\(row.notice)  \(row.caseReference)  \(row.measure)  \(row.platform)  \(row.channel)  sent \(sent)  follow up \(followUp)  \(row.daysLate) d late  \(row.pendingUrls)/\(row.urls) URLs pending"
      )
    }
  }
}
