import EgideService
import Foundation

/// Where a command's requests go: the service of a registry on this host
/// (``LocalClient``), or an Égide server (``RemoteClient``).
///
/// Commands build a request, send it, and print the answer the same way
/// whichever it is.
protocol RegistryClient {
  /// Runs a request and returns the answer.
  func send<Request: ServiceRequest>(_ request: Request) throws
    -> Request.Response
  /// How dates are shown: in the registry's time zone.
  var display: Display { get }

  /// Keeps a file in a case.
  func attach(_ request: AttachEvidenceFile, content: Data) throws
    -> EvidenceReceipt
  /// Writes an export piece by piece, and returns how many cases it
  /// holds.
  func export(
    _ request: ExportCases, destination: String,
    write: @escaping (String) throws -> Void
  ) throws -> Int
  /// Imports the cases of a file.
  func importCases(
    _ request: ImportCases, content: Data,
    progress: @escaping (ImportCases.Phase, Int, Int) -> Void
  ) throws -> ImportCases.Report
  /// Gives a stored file back, once its reveal is logged.
  func retrieve(_ request: RetrieveEvidence) throws -> (
    RetrieveEvidence.Facts, Data
  )
}
