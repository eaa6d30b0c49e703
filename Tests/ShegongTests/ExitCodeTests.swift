import ShegongIngest
import ShegongRendering
import ShegongSample
import Testing

@Suite("Exit codes: the numbers of SPEC §2, and the code each error carries")
struct ExitCodeTests {
  @Test("each named code has the number SPEC §2 gives it")
  func numbers() {
    #expect(ExitCode.success.rawValue == 0)
    #expect(ExitCode.failure.rawValue == 1)
    #expect(ExitCode.usage.rawValue == 2)
    #expect(ExitCode.unusableInputs.rawValue == 3)
    #expect(ExitCode.rowsRejected.rawValue == 4)
    #expect(ExitCode.reportChanged.rawValue == 5)
    // A run stopped by a signal exits as shells report it: SIGINT 130, SIGTERM 143, SIGHUP 129.
    #expect(ExitCode.stopped(by: 2).rawValue == 130)
    #expect(ExitCode.stopped(by: 15).rawValue == 143)
    #expect(ExitCode.stopped(by: 1).rawValue == 129)
  }

  @Test("unusable inputs and templates exit 3, a workbook failure 1")
  func inputAndOutputErrors() {
    let ingest = IngestError(.missingColumn, file: "services.csv", line: 1, column: "date", message: "no date column")
    #expect(ingest.exitCode == .unusableInputs)
    let template = TemplateError(fileName: "report.zh.md", line: 3, kind: .unknownName("foo"))
    #expect(template.exitCode == .unusableInputs)
    let workbook = XLSXError(function: "workbook_close", message: "cannot write")
    #expect(workbook.exitCode == .failure)
  }

  @Test("a sample option out of range is a usage error; a folder that cannot be written a failure")
  func sampleErrors() {
    #expect(SampleError.invalidOption("--to is before --from").exitCode == .usage)
    #expect(SampleError.io(path: "/out", reason: "cannot create the folder").exitCode == .failure)
    #expect(SampleError.conflictingOutput(path: "/out/services", reason: "is a file").exitCode == .failure)
  }
}
