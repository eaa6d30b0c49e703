import ShegongValidation

/// A township (乡镇/街道) of the generated region.
struct Township {
  /// The 12-digit 统计用区划代码, e.g. 371326102000.
  let code: Int
  /// The six-digit county code, the first six digits of `code`.
  let county: Int
  /// The name, e.g. 大柳镇.
  let name: [UInt8]
  /// Its villages and communities, as indices into `SampleWorld.villages`.
  let villages: Range<Int>
  /// Its own open station of type `station`, if it has one.
  var station: Int?
  /// The station responsible for its people: its own, else a neighbour's.
  var hub = 0
}

/// A village (村) or community (社区).
struct Village {
  /// The 12-digit code: its township's first nine digits and three of its own.
  let code: Int
  /// Index of its township.
  let township: Int
  /// The name, e.g. 王家庄村.
  let name: [UInt8]
  /// An open service point in the village, if it has one.
  var point: Int?
}

/// A social-work station (社工站) or service point (服务点).
struct Station {
  /// The number in its id (`ST0001` is 1).
  let number: Int
  /// Station or point.
  let type: StationType
  /// Index of the township it lies in.
  let township: Int
  /// Index of the village it lies in; `nil` for a township's station.
  let village: Int?
  /// The name, e.g. 大柳镇社会工作服务站.
  let name: [UInt8]
  /// The day it opened.
  let opened: Int
  /// The day it closed, if it did (before the first month).
  var closed: Int?
  /// Social-worker posts planned.
  let posts: Int
}

/// A social worker (社工) or volunteer (志愿者).
struct Worker {
  /// The number in its id (`W00012` is 12).
  let number: Int
  /// Social worker or volunteer.
  let role: WorkerRole
  /// Index of the station they belong to.
  let station: Int
  /// The station whose beneficiaries they serve (their township's responsible station).
  let hub: Int
  /// Holds a social-work certificate.
  let certified: Bool
  /// Whether the worker is a man (for the name).
  let male: Bool
  /// The first day of employment.
  let start: Int
  /// The day employment ended (exclusive), if it did.
  let end: Int?
  /// Relative share of the services they give.
  let weight: Int

  /// True when the worker is employed on `day` (half-open interval).
  func isActive(on day: Int) -> Bool {
    start <= day && (end.map { day < $0 } ?? true)
  }
}

/// The registered beneficiaries, column by column (millions of them at province scale).
struct BeneficiaryTable {
  /// The day each one was registered.
  var registered: [Int32] = []
  /// The day each one exited, or `Int32.max`.
  var exited: [Int32] = []
  /// Bits of the activity target groups each one belongs to (see `TargetGroup.bit`).
  var groups: [UInt8] = []
  /// The progress of each one's case work: 0 none, 1 open, 2 closed.
  var caseState: [UInt8] = []
  /// Each one's visit interval in days under the sample's policy (the defaults of SPEC §6), or
  /// 0 for none.
  var interval: [Int32] = []
  /// The day of each one's latest contact among the services scheduled so far, or their
  /// registration day before any.
  var lastContact: [Int32] = []
  /// Beneficiaries by responsible station (index of the hub station), for choosing whom a
  /// worker serves.
  var pools: [[Int32]] = []
  /// Beneficiaries that exited before the first month (for planted inactive services).
  var exitedEarly: [Int32] = []

  /// The number of beneficiaries.
  var count: Int { registered.count }

  /// True when beneficiary `index` is registered on `day` (half-open interval).
  @inline(__always)
  func isActive(_ index: Int, on day: Int) -> Bool {
    Int(registered[index]) <= day && day < Int(exited[index])
  }
}
