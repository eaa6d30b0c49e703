/// The names of the workbook's sheets, in their order (SPEC §7).
public struct SheetNames: Sendable, Equatable {
  /// 汇总: the headline keys.
  public let summary: String
  /// 站点: `by_station`.
  public let stations: String
  /// 乡镇: `by_township`.
  public let townships: String
  /// 对象类别: `by_category`.
  public let categories: String
  /// 残疾四色台账: `by_disability`.
  public let disability: String
  /// 服务类型: `by_service_type` and `by_activity_group`.
  public let serviceTypes: String
  /// 人员工时: `by_worker`.
  public let workers: String
  /// 月度趋势: `trend`.
  public let trend: String
  /// 待回访: `overdue`.
  public let overdue: String
  /// 问题汇总: the issues by station.
  public let issueStations: String
  /// 数据问题: the issues.
  public let issues: String
  /// 指标说明: the definitions.
  public let definitions: String

  /// Every name, in sheet order.
  public var all: [String] {
    [
      summary, stations, townships, categories, disability, serviceTypes, workers, trend, overdue, issueStations,
      issues,
      definitions,
    ]
  }
}
