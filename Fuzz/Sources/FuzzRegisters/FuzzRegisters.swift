import Foundation
import ShegongIngest
import ShegongValidation

/// The small valid registers every run starts from; the fuzz input becomes `beneficiaries.csv`.
let baseFiles: [(name: String, text: String)] = [
  ("areas.csv", "area_code,name,level,parent_code\nT1,城关镇,township,\nV1,东村,village,T1\nV2,西村,village,T1\n"),
  ("stations.csv", "station_id,name,type,area_code,opened_on\nST1,城关社工站,station,T1,2025-01-01\n"),
  ("workers.csv", "worker_id,name,role,station_id,start_date\nW1,李明,social_worker,ST1,2025-01-01\n"),
  ("services.csv", "record_id,date,worker_id,beneficiary_id,service_type,duration\n"),
]

/// A scratch inputs folder holding the base registers, made once per process.
let folderPath: String = {
  let path = NSTemporaryDirectory() + "/shegong-fuzz-registers-\(ProcessInfo.processInfo.processIdentifier)"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  for file in baseFiles {
    _ = FileManager.default.createFile(atPath: path + "/" + file.name, contents: Data(file.text.utf8))
  }
  return path
}()

/// The day the validation runs as of.
let asOf: Day = CivilDate.dayNumber(year: 2026, month: 11, day: 1) ?? 0

/// libFuzzer entry point: writes the input as `beneficiaries.csv` next to the base registers and
/// validates the folder on one thread and with the register cut into pieces read on four. Only
/// `IngestError` may be thrown, and the two must agree on every issue, count and register row
/// (a difference stops the run like a crash).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let path = folderPath
  guard
    FileManager.default.createFile(
      atPath: path + "/beneficiaries.csv", contents: Data(bytes: data, count: size))
  else { return 0 }
  var pieces = ValidationOptions(asOf: asOf, threads: 4)
  pieces.minimumPieceBytes = 1
  let configurations: [ValidationOptions] = [ValidationOptions(asOf: asOf, threads: 1), pieces]
  let outcomes = configurations.map { (options: ValidationOptions) -> String in
    do {
      let inputs = try Validator.validate(try InputFolder(path: path), options: options)
      let people = inputs.beneficiaries
      return "\(inputs.files)\n\(Array(inputs.issues))\n\(people.id)\n\(people.name)\n\(people.household)\n"
        + "\(people.householdCount)\n\(people.area)\n\(people.categories)\n\(people.registeredOn)"
    } catch {
      return "\(error)"
    }
  }
  if outcomes[1] != outcomes[0] {
    fatalError("pieces change the result:\n\(outcomes[0])\n---\n\(outcomes[1])")
  }
  return 0
}
