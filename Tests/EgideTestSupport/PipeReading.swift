import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads `descriptor` until the end of the file, handing each piece to
/// `body` as it comes, and retrying reads that a signal interrupted (the
/// signals of many child processes make them likely).
func readPieces(
  fileDescriptor descriptor: Int32, _ body: (ArraySlice<UInt8>) -> Void
) {
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = buffer.withUnsafeMutableBytes {
      Glibc.read(descriptor, $0.baseAddress, $0.count)
    }
    if count > 0 {
      body(buffer[0..<count])
    } else if count < 0 && errno == EINTR {
      continue
    } else {
      return
    }
  }
}
