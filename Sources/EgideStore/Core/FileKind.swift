import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a path or an open file is, as `lstat` and `fstat` tell it: the
/// front ends check it before they read or write a user's file.
public enum FileKind: Sendable, Equatable {
  /// Nothing is at the path.
  case missing
  /// A regular file.
  case regularFile
  /// A folder.
  case directory
  /// A symbolic link, dangling or not.
  case symbolicLink
  /// Anything else: a device, a pipe, a socket.
  case other

  /// What is at `path`, without following a final symbolic link.
  ///
  /// - Parameter path: the path to look at.
  /// - Returns: its kind, ``missing`` when `lstat` fails.
  public static func at(_ path: String) -> FileKind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    return kind(status.st_mode)
  }

  /// What the open file `descriptor` is.
  ///
  /// - Parameter descriptor: an open file descriptor.
  /// - Returns: its kind, ``missing`` when `fstat` fails.
  public static func ofOpenFile(_ descriptor: Int32) -> FileKind {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .missing }
    return kind(status.st_mode)
  }

  private static func kind(_ mode: mode_t) -> FileKind {
    switch mode & S_IFMT {
    case S_IFREG: .regularFile
    case S_IFDIR: .directory
    case S_IFLNK: .symbolicLink
    default: .other
    }
  }
}
