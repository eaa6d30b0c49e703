import Foundation
import ShegongIngest
import ShegongValidation

/// The small valid registers every run starts from; the fuzz input becomes two services files.
let baseFiles: [(name: String, text: String)] = [
  (
    "areas.csv",
    """
    区划代码,名称,层级,上级代码
    371326001000,文化街道,township,
    371326001001,前进社区,village,371326001000

    """
  ),
  (
    "stations.csv",
    """
    序号,站点编号,站点名称,类型,所在区划,启用日期,停用日期,岗位数
    1,ST0001,文化街道社会工作服务站,站,371326001000,2026年1月28日,,8

    """
  ),
  (
    "workers.csv",
    """
    worker_id,name,role,station_id,certified,start_date,end_date
    W00001,张三,social_worker,ST0001,yes,2026-03-11,

    """
  ),
  (
    "beneficiaries.csv",
    """
    对象编号,姓名,身份证号,户编号,所在村居,责任站点,对象类别,残疾类别,残疾等级,建档日期,销档日期
    B000001,李四,371326194611264949,,371326001001,ST0001,独居老人,,,2023/11/13,

    """
  ),
]

/// A scratch inputs folder holding the base registers, made once per process.
let folderPath: String = {
  let path = NSTemporaryDirectory() + "/shegong-fuzz-ingest-\(ProcessInfo.processInfo.processIdentifier)"
  try? FileManager.default.createDirectory(atPath: path + "/services", withIntermediateDirectories: true)
  for file in baseFiles {
    _ = FileManager.default.createFile(atPath: path + "/" + file.name, contents: Data(file.text.utf8))
  }
  return path
}()

/// The day the validation runs as of.
let asOf: Day = CivilDate.dayNumber(year: 2026, month: 11, day: 1) ?? 0

/// libFuzzer entry point: writes the input next to the base registers as `services/a.csv`, and
/// again from its second line on as `services/b.csv` (so that keys repeat across files), then
/// validates the folder three ways: on one thread, with the files read on two threads, and with
/// each file cut into pieces read on four. Only `IngestError` may be thrown, and the three must
/// agree on every issue and every count (a difference stops the run like a crash).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let path = folderPath
  let bytes = Data(bytes: data, count: size)
  let cut = bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
  guard FileManager.default.createFile(atPath: path + "/services/a.csv", contents: bytes),
    FileManager.default.createFile(atPath: path + "/services/b.csv", contents: bytes[cut...])
  else { return 0 }
  var pieces = ValidationOptions(asOf: asOf, threads: 4)
  pieces.minimumPieceBytes = 1
  let configurations: [ValidationOptions] = [
    ValidationOptions(asOf: asOf, threads: 1), ValidationOptions(asOf: asOf, threads: 2), pieces,
  ]
  let outcomes = configurations.map { (options: ValidationOptions) -> String in
    do {
      let inputs = try Validator.validate(try InputFolder(path: path), options: options)
      return "\(inputs.files)\n\(Array(inputs.issues))\n\(inputs.services.line)\n\(inputs.services.beneficiary)"
    } catch {
      return "\(error)"
    }
  }
  if outcomes[1] != outcomes[0] || outcomes[2] != outcomes[0] {
    fatalError("threads change the result:\n\(outcomes[0])\n---\n\(outcomes[1])\n---\n\(outcomes[2])")
  }
  return 0
}
