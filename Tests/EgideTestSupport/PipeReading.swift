import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Everything readable from `descriptor` until the end of the file,
/// retrying reads that a signal interrupted (the signals of many child
/// processes make them likely).
func readAll(fileDescriptor descriptor: Int32) -> Data {
  var data = Data()
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = buffer.withUnsafeMutableBytes {
      Glibc.read(descriptor, $0.baseAddress, $0.count)
    }
    if count > 0 {
      data.append(contentsOf: buffer[0..<count])
    } else if count < 0 && errno == EINTR {
      continue
    } else {
      return data
    }
  }
}
