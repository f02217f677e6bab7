import EgideCore
import Foundation

/// One line saying what an event changed, for confirmations and timelines;
/// a value not revealed is left out rather than shown as its marker.
public enum ChangeDescription {
  /// The line for one change; a protection fonctionnelle's request states
  /// its basis when `protections` holds it.
  public static func line(
    _ change: CaseChange, display: Display,
    protections: [MeasureID: ProtectionRequest] = [:]
  ) -> String {
    switch change {
    case .reported(let report):
      let kinds = report.kinds.map(\.rawValue).joined(separator: ", ")
      return "reported (\(kinds)) at \(report.court.code)"
        + HiddenIdentities.suffix(report.summary)
    case .assessed(let severity, let factors):
      let list =
        factors.isEmpty
        ? "" : "; factors: " + factors.map(\.rawValue).joined(separator: ", ")
      return "assessed \(severity.rawValue)\(list)"
    case .escalated(let level, let authority, let reason):
      let to = authority.map { " (\($0))" } ?? ""
      return "escalated to \(level.rawValue)\(to)"
        + HiddenIdentities.suffix(reason)
    case .assigned(let name):
      return "assigned to \(name)"
    case .noted(let text):
      return HiddenIdentities.shown(text).map { "note: \($0)" } ?? "note"
    case .evidenceAdded(let item):
      switch item.source {
      case .url(let url):
        return "evidence \(item.id) added"
          + (HiddenIdentities.shown(url).map { ": \($0)" } ?? ": a URL")
      case .file(let name, let sha256, let size, _):
        let file = HiddenIdentities.shown(name).map { "\($0) " } ?? "a file "
        return
          "evidence \(item.id) added: \(file)(\(size) bytes, sha256 \(sha256.prefix(12))…)"
      }
    case .measureRequested(let measure):
      let due = measure.due.map { ", due \(display.day($0))" } ?? ""
      let basis = protections[measure.id].map {
        "; protection fonctionnelle, basis \($0.basis.rawValue) (\($0.basis.citation)), written request of \($0.requestedOn)"
      }
      return
        "measure \(measure.id) requested: \(measure.kind.rawValue) from \(measure.authority) for \(measure.beneficiary)\(due)\(basis ?? "")"
    case .measureUpdated(let id, let from, let to, let note):
      let text = note.map { HiddenIdentities.suffix($0) } ?? ""
      return "measure \(id) \(from.rawValue) → \(to.rawValue)\(text)"
    case .resolved(let outcome):
      return "resolved" + HiddenIdentities.suffix(outcome)
    case .closed(let reason, let duplicate):
      let of = duplicate.map { " of \($0)" } ?? ""
      return "closed: \(reason.rawValue)\(of)"
    case .reopened(let reason):
      return "reopened" + HiddenIdentities.suffix(reason)
    case .purged(let years):
      return
        "identities purged: ended more than \(years) years ago (retention policy); the facts remain"
    }
  }
}
