/// Every request the service answers, in the order the API documents
/// them: what the HTTP server routes, and what the API's contract test
/// checks the OpenAPI document against.
public enum ServiceCatalog {
  /// The requests.
  public static let requests: [any ServiceRequest.Type] = [
    CurrentSession.self,
    ReportCase.self, ListCases.self, ShowCase.self, CaseTimeline.self,
    AssessCase.self, EscalateCase.self, AssignCase.self, NoteCase.self,
    ResolveCase.self, CloseCase.self, ReopenCase.self,
    AddEvidenceURL.self, RequestMeasure.self, UpdateMeasure.self,
    DraftNotice.self, AddNoticeURLs.self, SendNotice.self, ReplyToNotice.self,
    RenderNotice.self, ListDueNotices.self, ShowNotices.self,
    RequestOccultation.self, DecideOccultation.self, AppealOccultation.self,
    ShowOccultation.self,
    SummarizePeriod.self, ListPublications.self, ScanExposure.self,
    ListCampaigns.self,
    ShowCampaigns.self,
    FindPerson.self, ListAccessLog.self,
    ListUsers.self, AddUser.self, DisableUser.self,
    CreateToken.self, ListTokens.self, RevokeToken.self,
  ]

  /// The endpoints whose body or answer is a file, routed apart: a file
  /// kept in a case or given back, an export, an import.
  public static let fileEndpoints: [Endpoint] = [
    AttachEvidenceFile.endpoint, RetrieveEvidence.endpoint,
    ExportCases.endpoint, ExportCases.disclosureEndpoint, ImportCases.endpoint,
  ]
}
