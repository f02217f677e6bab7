/// Everything a user may be allowed to do, one case per command (or per
/// capability shared by several), named as the user types it.
///
/// ``AccessPolicy`` says which ``UserRole`` holds each.
public enum Permission: String, CaseIterable, Hashable, Sendable {
  case report
  case `import`
  case list
  case show
  case timeline
  case assess
  case escalate
  case assign
  case note
  case evidenceAdd = "evidence add"
  case evidenceGet = "evidence get"
  case measureRequest = "measure request"
  case measureUpdate = "measure update"
  case resolve
  case close
  case reopen
  case noticeDraft = "notice draft"
  case noticeAddURL = "notice add-url"
  case noticeSend = "notice send"
  case noticeReply = "notice reply"
  case noticeRender = "notice render"
  case noticeShow = "notice show"
  case due
  case occultationRequest = "occultation request"
  case occultationDecide = "occultation decide"
  case occultationAppeal = "occultation appeal"
  case occultationShow = "occultation show"
  case exposureScan = "exposure scan"
  case campaignList = "campaign list"
  case campaignShow = "campaign show"
  case summary
  /// A summary with counts below the publication threshold (`--internal`):
  /// small counts can point at one case, so a liaison never gets one.
  case summaryInternal = "summary --internal"
  case export = "export cases"
  /// Seeing names and free text: `--identities`, `--include-identities`,
  /// `--reveal`, and the commands that always reveal (`evidence get`,
  /// `notice render`).
  case revealIdentities = "reveal identities"
  case userAdd = "user add"
  case userList = "user list"
  case userDisable = "user disable"
  /// Creating an API token for a user: its secret is shown once.
  case tokenCreate = "user token create"
  /// Listing the API tokens, never their secrets.
  case tokenList = "user token list"
  /// Revoking an API token: it is refused from then on.
  case tokenRevoke = "user token revoke"
  /// Creating, backing up, restoring and rotating the registry key.
  case keys = "key"
  /// Purging identities under the retention policy.
  case retention
  case audit
  case verify
  case doctor
  case backup
  case restore

  /// Whether using it writes to the registry (a change, a user, or an
  /// entry of the access log): the first such command on a registry
  /// without users records its actor as the first admin.
  public var writes: Bool {
    switch self {
    case .list, .show, .timeline, .noticeShow, .due, .occultationShow,
      .exposureScan, .campaignList, .campaignShow, .summary, .summaryInternal,
      .export, .userList, .tokenList, .audit, .verify, .doctor, .backup,
      .restore:
      false
    case .report, .import, .assess, .escalate, .assign, .note, .evidenceAdd,
      .evidenceGet, .measureRequest, .measureUpdate, .resolve, .close,
      .reopen, .noticeDraft, .noticeAddURL, .noticeSend, .noticeReply,
      .noticeRender, .occultationRequest, .occultationDecide,
      .occultationAppeal, .revealIdentities, .userAdd, .userDisable,
      .tokenCreate, .tokenRevoke, .keys, .retention:
      true
    }
  }
}
