import Testing

@testable import shegong

@Suite("The commit trusts syncfs only where the kernel reports write-back errors through it")
struct FileSystemSyncTests {
  @Test(
    "Linux 5.8 and later report them; earlier kernels and unreadable releases do not",
    arguments: [
      ("6.18.44-fc-v1272", true), ("6.1.0-13-amd64", true), ("5.8.0", true), ("5.10.0-28-arm64", true),
      ("5.7.19", false), ("4.19.90-24.4.v2101.ky10.x86_64", false), ("4.18.0-553.el8_10.x86_64", false),
      ("5.4.0-150-generic", false), ("", false), ("unknown", false), ("5", false),
    ])
  func kernelRelease(release: String, reports: Bool) {
    #expect(FileSystemSync.kernelReportsWriteErrors(release: release) == reports)
  }

  @Test("syncfs of the folder holding a file succeeds on this machine's file system, and a missing folder fails")
  func syncsFolder() throws {
    let folder = try CommandRunner.temporaryFolder()
    #expect(FileSystemSync.sync(holding: folder) == 0)
    #expect(FileSystemSync.sync(holding: folder + "/missing") != 0)
  }
}
