import EgideCore
import EgideService

/// How `egide exposure scan` sends many decision files: in several scans,
/// each at most `limits.scan_files` files and `limits.scan_bytes` bytes,
/// so that neither the client nor the service holds more than one scan's
/// text at a time, whatever the number of files.
///
/// A scan that files occultation requests is not cut: its requests are
/// filed all or nothing, one per person and authority.
enum ScanBatches {
  /// The files of each scan, by their positions in `sizes`, in order: as
  /// many files as fit, in the order given, within both limits.
  static func of(_ sizes: [Int], files: Int, bytes: Int) -> [[Int]] {
    var batches: [[Int]] = []
    var current: [Int] = []
    var total = 0
    for (index, size) in sizes.enumerated() {
      if !current.isEmpty && (current.count >= files || total + size > bytes) {
        batches.append(current)
        current = []
        total = 0
      }
      current.append(index)
      total += size
    }
    if !current.isEmpty { batches.append(current) }
    return batches
  }

  /// Refuses, as the service would, a file that no scan could read as
  /// decisions.
  ///
  /// - Throws: ``DomainError`` naming `decisions`, the file, the decision
  ///   and what is accepted.
  static func check(_ decision: ScanExposure.Decision) throws {
    do {
      try DecisionReader.check(text: decision.content, source: decision.source)
    } catch var error {
      if error.field == nil { error.field = "decisions" }
      throw error
    }
  }
}
