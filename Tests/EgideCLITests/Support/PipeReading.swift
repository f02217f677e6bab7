import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension FileHandle {
  /// Everything until the end of the file, retrying reads that a signal
  /// interrupted: Foundation's `readDataToEndOfFile()` traps on EINTR,
  /// which the signals of many child processes make likely.
  func readAllRetryingInterrupts() -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Glibc.read(fileDescriptor, $0.baseAddress, $0.count)
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
}

/// Serialises process launches.
///
/// Foundation's `Process.run()` on Linux crashed (a bad memcpy inside it) when tests launched many processes
/// from several threads at once. The processes still run side by side;
/// only the launching is one at a time.
private let launchLock = NSLock()

extension Process {
  /// Launches the process, one launch at a time across the test run.
  func runSerialized() throws {
    launchLock.lock()
    defer { launchLock.unlock() }
    try run()
  }
}
