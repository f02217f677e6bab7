import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file read whole, only if it is a regular file and only up to a byte
/// cap counted while reading.
///
/// The size `stat` reports is never trusted: pseudo files such as
/// `/proc/self/pagemap` say 0 bytes and hold gigabytes, and a file can
/// grow while it is read. The file is opened first (without blocking, so
/// that a named pipe cannot hang the reader), then `fstat` on the open
/// descriptor must say it is a regular file, then the bytes are counted
/// as they arrive and the read stops as soon as the cap is passed.
/// Refusals are ``DomainError``s whose one-line message names the file as
/// the caller words it (`--file`, `decision file`), the path, and what is
/// accepted.
public struct BoundedFile: Sendable {
  /// How messages name the file: a flag (`--file`) or a noun (`decision
  /// file`).
  public var what: String
  /// The most bytes accepted.
  public var limit: Int
  /// What the refusal of a file too large adds, to say how to get past
  /// the limit (`split it`), if anything.
  public var remedy: String?

  /// A reader of files named `what` in messages, accepting up to `limit`
  /// bytes.
  ///
  /// - Parameters:
  ///   - what: how messages name the file.
  ///   - limit: the most bytes accepted.
  ///   - remedy: what the refusal of a file too large adds, if anything.
  public init(what: String, limit: Int, remedy: String? = nil) {
    self.what = what
    self.limit = limit
    self.remedy = remedy
  }

  /// The bytes of the regular file at `path`, refused as soon as more than
  /// ``limit`` bytes have been read.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - inspect: sees each piece of the file as it is read, and may
  ///     throw to stop reading (an import checks its cells this way).
  /// - Returns: the file's bytes.
  /// - Throws: ``DomainError`` `.notFound` for a missing path,
  ///   `.invalidValue` for a path that is not a regular file or cannot be
  ///   read, `.unacceptableValue` for a file larger than ``limit``; what
  ///   `inspect` throws.
  public func read(
    _ path: String, inspect: ((UnsafeRawBufferPointer) throws -> Void)? = nil
  ) throws -> Data {
    let descriptor = try open(path)
    defer { close(descriptor) }
    var content = Data()
    let chunk = 64 * 1024
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes { bytes in
        Glibc.read(descriptor, bytes.baseAddress, chunk)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw unreadable(path, errno)
      }
      if count == 0 { return content }
      guard content.count + count <= limit else { throw tooLarge(path) }
      try buffer.withUnsafeBytes { bytes in
        let piece = UnsafeRawBufferPointer(rebasing: bytes[..<count])
        try inspect?(piece)
        content.append(contentsOf: piece)
      }
    }
  }

  /// The size the regular file at `path` says it has, once it has been
  /// opened for reading: checks that a file can be read before anything is
  /// read.
  ///
  /// - Parameter path: the file to check.
  /// - Returns: the size `fstat` gives, for a first estimate only: the read
  ///   counts again.
  /// - Throws: ``DomainError`` as ``read(_:inspect:)`` does, for a missing,
  ///   unreadable or not regular path, or one whose stated size is already
  ///   over ``limit``.
  public func check(_ path: String) throws -> Int {
    let descriptor = try open(path)
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw unreadable(path, errno) }
    let size = Int(status.st_size)
    guard size <= limit else { throw tooLarge(path) }
    return size
  }

  /// A descriptor open for reading on the regular file at `path`.
  private func open(_ path: String) throws -> Int32 {
    let descriptor = Glibc.open(
      path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR {
        throw DomainError(
          .notFound,
          "\(what) '\(path)' does not exist; give the path of a regular file")
      }
      throw unreadable(path, code)
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw unreadable(path, code)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw DomainError(
        .invalidValue,
        "\(what) '\(path)' is \(Self.kind(of: status.st_mode)), not a regular file; only a regular file is accepted"
      )
    }
    _ = fcntl(descriptor, F_SETFL, O_RDONLY)
    return descriptor
  }

  /// What a file of mode `mode` is, in a message.
  static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "a folder"
    case S_IFIFO: "a named pipe"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  /// The refusal of a file past ``limit``.
  private func tooLarge(_ path: String) -> DomainError {
    DomainError(
      .unacceptableValue,
      "\(what) '\(path)' is larger than \(limit) bytes; at most \(limit) bytes (\(Self.describe(bytes: limit))) are accepted\(remedy.map { "; \($0)" } ?? "")"
    )
  }

  /// The refusal of a file that cannot be opened or read.
  private func unreadable(_ path: String, _ code: Int32) -> DomainError {
    DomainError(
      .invalidValue,
      "\(what) '\(path)' cannot be read (\(String(cString: strerror(code)))); give a regular file you may read"
    )
  }

  /// `bytes` in the largest whole binary unit (`64 MiB`, `4 KiB`).
  ///
  /// - Parameter bytes: a count of bytes.
  /// - Returns: the count as people read it.
  public static func describe(bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
