import Foundation

/// The decision files an `exposure scan` names: each file given, and the
/// files of each folder given, so that a month of open data (thousands of
/// files) is named by its folder rather than one argument per file.
enum DecisionFiles {
  /// The files `arguments` name, in order.
  ///
  /// A file names itself; a folder, the files under it at any depth, in
  /// the order of their paths, hidden files and folders (`.name`) left
  /// out. Anything else under a folder (a pipe, a device) is named too,
  /// and refused by the file checks.
  ///
  /// - Throws: ``CLIError`` `.noInput` naming a folder that cannot be read.
  static func named(by arguments: [String]) throws -> [String] {
    var files: [String] = []
    for argument in arguments {
      var isFolder: ObjCBool = false
      guard
        FileManager.default.fileExists(
          atPath: argument, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        files.append(argument)
        continue
      }
      files += try self.files(in: argument)
    }
    return files
  }

  private static func files(in folder: String) throws -> [String] {
    let base = URL(fileURLWithPath: folder, isDirectory: true)
    // A folder under it that cannot be read stops the walk: its files
    // would otherwise be left out without a word.
    let unreadable = UnreadableFolder()
    guard
      let walk = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isDirectoryKey],
        options: [.skipsHiddenFiles],
        errorHandler: { url, _ in
          unreadable.path = url.path
          return false
        })
    else {
      throw CLIError(
        .noInput,
        "decision folder '\(folder)' cannot be read; give a folder of decision files you may read"
      )
    }
    var found: [String] = []
    for case let url as URL in walk {
      let values = try? url.resourceValues(forKeys: [.isDirectoryKey])
      guard values?.isDirectory != true else { continue }
      // Named from the folder as given: `decisions/2026/d-1.txt`.
      guard url.path.hasPrefix(base.path + "/") else {
        found.append(url.path)
        continue
      }
      let relative = url.path.dropFirst(base.path.count + 1)
      found.append(
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
    }
    if let path = unreadable.path {
      throw CLIError(
        .noInput,
        "decision folder '\(path)' cannot be read; give a folder of decision files you may read"
      )
    }
    return found.sorted()
  }
}

/// The folder a walk could not read, if any.
private final class UnreadableFolder: @unchecked Sendable {
  var path: String?
}
