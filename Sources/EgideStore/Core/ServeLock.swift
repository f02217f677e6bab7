import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The mark of a registry being served: an exclusive lock on the file
/// `REGISTRY.serve`, held by `egide serve` for as long as it runs, and
/// holding its process identifier and address.
///
/// A second server of the same registry is refused; so are the local
/// commands that would open the registry and its key beside the server.
/// The lock is the kernel's (`flock`): it goes with the process, however
/// the process ends, even by SIGKILL.
public final class ServeLock: Sendable {
  /// The lock file.
  public let path: String
  private let descriptor: Int32

  /// Who serves a registry, as its lock file says.
  public struct Holder: Sendable, Equatable {
    /// The serving process.
    public var processID: Int32
    /// Where it listens.
    public var address: String
  }

  /// The lock file of a registry.
  public static func path(forRegistryAt registry: String) -> String {
    registry + ".serve"
  }

  /// Takes the lock of the registry at `registry` for this process.
  ///
  /// - Throws: ``StoreError`` `.busy` naming the server already holding
  ///   it, `.io` when the lock file cannot be created.
  public init(registry: String, address: String) throws(StoreError) {
    path = Self.path(forRegistryAt: registry)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError(
        .io,
        "cannot create the lock file \(path): \(SystemError.describe(errno)); check the folder's permissions"
      )
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let holder = Self.read(descriptor)
      close(descriptor)
      throw StoreError(
        .busy,
        "the registry is already served"
          + (holder.map { " by process \($0.processID) at \($0.address)" } ?? "")
          + "; one server owns a registry: stop it first, or use it as a client with --server"
      )
    }
    ftruncate(descriptor, 0)
    let text = "\(getpid()) \(address)\n"
    _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    self.descriptor = descriptor
  }

  /// Says where the server now listens (once it knows its port).
  public func record(address: String) {
    ftruncate(descriptor, 0)
    let text = "\(getpid()) \(address)\n"
    _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
  }

  deinit {
    ftruncate(descriptor, 0)
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// Who serves the registry at `registry`, or nil when nobody does.
  public static func holder(ofRegistryAt registry: String) -> Holder? {
    let descriptor = open(path(forRegistryAt: registry), O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
      flock(descriptor, LOCK_UN)
      return nil
    }
    return read(descriptor)
      ?? Holder(processID: 0, address: "an unknown address")
  }

  private static func read(_ descriptor: Int32) -> Holder? {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = text.split(separator: " ", maxSplits: 1)
    guard parts.count == 2, let pid = Int32(parts[0]) else { return nil }
    return Holder(processID: pid, address: String(parts[1]))
  }
}
