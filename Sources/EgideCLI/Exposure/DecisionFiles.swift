import Foundation

/// The decision files an `exposure scan` names: each file given, and the
/// files of each folder given, so that a month of open data (thousands of
/// files) is named by its folder rather than one argument per file.
enum DecisionFiles {
  /// How deep a folder is walked: deeper is refused, naming the folder.
  static let maximumDepth = 32

  /// The files `arguments` name, in order.
  ///
  /// A file names itself; a folder (or a link to one), the files under it
  /// at any depth, in the order of their paths, hidden files and folders
  /// (`.name`) left out. Anything else under a folder (a pipe, a device)
  /// is named too, and refused by the file checks. A link to a folder
  /// inside a folder is refused, naming it: followed, it could loop or
  /// leave the folder; left out, its files would be missed without a word.
  ///
  /// - Throws: ``CLIError`` `.noInput` naming a folder that cannot be read,
  ///   a link to a folder inside one, or a folder nested too deep.
  static func named(by arguments: [String]) throws -> [String] {
    var files: [String] = []
    for argument in arguments {
      guard isFolder(argument) else {
        files.append(argument)
        continue
      }
      var found: [String] = []
      try walk(argument, depth: 0, into: &found)
      files += found.sorted()
    }
    return files
  }

  /// Whether `path` is a folder, or a link to one.
  private static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder)
      && folder.boolValue
  }

  /// Adds the files under `folder`, named from it as it was given.
  private static func walk(
    _ folder: String, depth: Int, into found: inout [String]
  ) throws {
    guard depth < maximumDepth else {
      throw CLIError(
        .noInput,
        "decision folder '\(folder)' is more than \(maximumDepth) folders deep; give a folder of decision files nearer to it"
      )
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw CLIError(
        .noInput,
        "decision folder '\(folder)' cannot be read; give a folder of decision files you may read"
      )
    }
    for name in names where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      guard isFolder(path) else {
        found.append(path)
        continue
      }
      if (try? FileManager.default.destinationOfSymbolicLink(atPath: path))
        != nil
      {
        throw CLIError(
          .noInput,
          "decision folder '\(folder)' holds '\(name)', a link to a folder; give the folder it leads to as a FILE of its own"
        )
      }
      try walk(path, depth: depth + 1, into: &found)
    }
  }
}
