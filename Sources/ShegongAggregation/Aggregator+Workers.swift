import ShegongIngest
import ShegongValidation

extension PeriodTables {
  /// `by_worker`: every worker with a service or led activity in the period, by `worker_id` bytewise.
  func byWorker() -> [WorkerRow] {
    let workers = inputs.workers
    let flows = detail.workers
    return workers.id.bytewiseOrder().compactMap { worker in
      guard flows.isBusy(worker) else { return nil }
      let serviceMinutes = flows.serviceMinutes[worker]
      let activityMinutes = flows.activityMinutes[worker]
      return WorkerRow(
        workerId: workers.id[worker],
        name: workers.name[worker],
        role: workers.role[worker],
        stationId: inputs.stations.id[Int(workers.station[worker])],
        serviceRecords: flows.services[worker],
        homeVisitRecords: flows.homeVisits[worker],
        activitiesLed: flows.activitiesLed[worker],
        serviceMinutes: serviceMinutes,
        activityMinutes: activityMinutes,
        totalMinutes: serviceMinutes + activityMinutes,
        pay: Pay.pay(
          worker: worker, flows: flows, isSocialWorker: lookup.isSocialWorker[worker], policy: inputs.policy),
        warnings: flows.warnings[worker]
      )
    }
  }
}
