import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The rules a registry key file and its folder must meet before egide
/// reads or creates a key there: nobody but the user running egide may
/// have chosen, read or replaced it.
///
/// The file must be a regular file (not a symbolic link), owned by the
/// user running egide, with no permission for group or others and none
/// beyond read and write for its owner (0600 or 0400). Its folder must be
/// owned by that user or by root and must not be writable by group or
/// others: whoever can write a folder can swap the key in it. Only the
/// key's own folder is checked, not the folders above it.
enum KeyFileTrust {
  /// Checks the file at `path` as it is about to be read, and its folder.
  ///
  /// - Parameters:
  ///   - path: the key file's path, for messages and its folder.
  ///   - status: the file's status from `fstat` on the opened file
  ///     (opened with `O_NOFOLLOW`), so that what is checked is what is
  ///     read.
  /// - Throws: ``StoreError`` `.keyUntrusted` saying what is wrong and how
  ///   to fix it.
  static func checkFile(_ path: String, status: stat) throws(StoreError) {
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw StoreError(
        .keyUntrusted,
        "the key file \(path) is not a regular file; give the path of the key file made by 'egide init'"
      )
    }
    let user = geteuid()
    guard status.st_uid == user else {
      throw StoreError(
        .keyUntrusted,
        "the key file \(path) belongs to user id \(status.st_uid), not to you (user id \(user)): its owner may know the key; make a key of your own with 'egide key restore' from your backup, or have it moved to you with 'chown \(user) \(path)'"
      )
    }
    let mode = status.st_mode & 0o7777
    guard mode & ~0o600 == 0 else {
      throw StoreError(
        .keyUntrusted,
        "the key file \(path) has mode \(String(mode, radix: 8)): others than its owner may read or change it; run 'chmod 600 \(path)' and keep it private"
      )
    }
    try checkFolder(of: path)
  }

  /// Checks the folder a key file is in (or is about to be created in).
  ///
  /// - Throws: ``StoreError`` `.keyUntrusted` if the folder belongs to
  ///   another user than the one running egide or root, or if group or
  ///   others may write it; `.io` if it cannot be examined.
  static func checkFolder(of path: String) throws(StoreError) {
    let folder = folder(of: path)
    var status = stat()
    guard stat(folder, &status) == 0 else {
      let code = errno
      if code == ENOENT { return }
      throw StoreError(
        .io,
        "cannot examine the folder \(folder) of the key file \(path): \(SystemError.describe(code))"
      )
    }
    let user = geteuid()
    guard status.st_uid == user || status.st_uid == 0 else {
      throw StoreError(
        .keyUntrusted,
        "the folder \(folder) of the key file \(path) belongs to user id \(status.st_uid): its owner can replace the key; keep the key in a folder of your own (mkdir -m 700 DIR and move the key there)"
      )
    }
    let mode = status.st_mode & 0o777
    guard mode & 0o022 == 0 else {
      throw StoreError(
        .keyUntrusted,
        "the folder \(folder) of the key file \(path) has mode \(String(mode, radix: 8)): others can replace the key in it; run 'chmod go-w \(folder)' or move the key to a folder of your own (mkdir -m 700 DIR)"
      )
    }
  }

  /// The folder of `path`: `.` for a bare file name.
  static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }
}
