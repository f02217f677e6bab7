import EgideCore
import EgideService
import EgideStore
import Foundation

/// The service of a registry file on this host, acting as the local
/// account (`--actor`, `$EGIDE_ACTOR`, else the system login), with the
/// time of this host's clock (or `$EGIDE_NOW`).
struct LocalClient: RegistryClient {
  let service: EgideService
  let caller: Caller

  func send<Request: ServiceRequest>(_ request: Request) throws
    -> Request.Response
  {
    try request.run(on: service, as: caller)
  }

  var display: Display { Display(timeZone: service.configuration.timeZone) }

  func attach(_ request: AttachEvidenceFile, content: Data) throws
    -> EvidenceReceipt
  {
    try request.run(on: service, as: caller, content: content)
  }

  func export(
    _ request: ExportCases, destination: String,
    write: @escaping (String) throws -> Void
  ) throws -> Int {
    let prepared = try request.prepare(
      on: service, as: caller, destination: destination)
    try prepared.write(write)
    return prepared.count
  }

  func importCases(
    _ request: ImportCases, content: Data,
    progress: @escaping (ImportCases.Phase, Int, Int) -> Void
  ) throws -> ImportCases.Report {
    try request.run(
      on: service, as: caller, content: content, progress: progress)
  }

  func retrieve(_ request: RetrieveEvidence) throws -> (
    RetrieveEvidence.Facts, Data
  ) {
    try request.run(on: service, as: caller)
  }
}

extension Settings {
  /// The service of the registry these settings name, opened with its key
  /// when the key file is there; the service's notes go to standard
  /// error.
  func service() throws -> EgideService {
    EgideService(
      registry: try openRegistry(), configuration: configuration,
      clock: { [now] in now }, notes: Self.print)
  }

  /// The local client: the service, acting as the local account.
  func localClient() throws -> LocalClient {
    LocalClient(service: try service(), caller: .local(actor))
  }

  /// Prints a note of the service on standard error.
  @Sendable static func print(_ note: ServiceNote) {
    switch note {
    case .firstAdminRecorded(let name):
      Terminal.error(
        "egide: note: this registry had no users; \(name) is now its first admin: add the others with 'egide user add NAME --role ROLE'"
      )
    case .personLinked(let id, let earlier):
      Terminal.error(
        "note: linked \(id), already registered with this name, role and court (cases \(earlier.map(\.description).joined(separator: ", ")))"
      )
    case .warning(let text):
      Terminal.error("egide: warning: \(text)")
    }
  }
}
