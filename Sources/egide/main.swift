import EgideCLI

#if canImport(Glibc)
import Glibc
#endif

// A file-size limit (ulimit -f) must fail the write, not kill the process:
// SQLite then reports the error and the transaction is rolled back.
signal(SIGXFSZ, SIG_IGN)
await EgideCommand.runAndExit()
