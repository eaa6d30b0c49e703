#!/usr/bin/env python3
"""Turns a generated inputs folder into the warnings-heavy case of `make bench` (SPEC §9).

    python3 scripts/bench_warnings.py SOURCE TARGET

Copies SOURCE to TARGET and rewrites its services files so that real-world trouble shows at
province scale, leaving every other file as it is except the policy:
  - every fifth service that gives a start time starts at 09:00, so that a worker's services on one
    day overlap (`worker-overlap`, the later of two equal starts is flagged);
  - one service in a hundred names a station other than its worker's (`station-mismatch`);
  - the policy's visit intervals are shortened to 7 days, so that most registered people are
    overdue (a long overdue list).
Each services file keeps its encoding, header (English or Chinese), column order and line ends.
"""
import csv
import io
import json
import os
import shutil
import sys

# Header names of the columns the script reads or rewrites (English name, Chinese aliases).
SERVICE_WORKER = ("worker_id", "服务人员编号")
SERVICE_STATION = ("station_id", "服务站点")
SERVICE_START = ("start_time", "开始时间")
WORKER_ID = ("worker_id", "人员编号")
WORKER_STATION = ("station_id", "所属站点", "站点编号")
STATION_ID = ("station_id", "站点编号")


def decode(data):
    """The text of a file and how to write it back: (text, encoding, BOM bytes)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding), encoding, bom
    try:
        return data.decode("utf-8"), "utf-8", b""
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030", b""


def column(header, names):
    """The index of the first header cell that is one of `names` (trimmed, case folded), or -1."""
    folded = [cell.strip().lower() for cell in header]
    for name in names:
        if name in folded:
            return folded.index(name)
    return -1


def read_table(path):
    text, _, _ = decode(open(path, "rb").read())
    return list(csv.reader(io.StringIO(text, newline="")))


def main(source, target):
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(source, target)
    workers = read_table(os.path.join(target, "workers.csv"))
    stations = read_table(os.path.join(target, "stations.csv"))
    station_column = column(stations[0], STATION_ID)
    station_ids = [row[station_column].strip() for row in stations[1:] if len(row) > station_column]
    id_column, own_column = column(workers[0], WORKER_ID), column(workers[0], WORKER_STATION)
    own_station = {
        row[id_column].strip(): row[own_column].strip() for row in workers[1:] if len(row) > max(id_column, own_column)
    }
    # Another station for each station: the next one in the register.
    other = {station: station_ids[(index + 1) % len(station_ids)] for index, station in enumerate(station_ids)}

    services = os.path.join(target, "services")
    paths = [os.path.join(services, name) for name in sorted(os.listdir(services))] if os.path.isdir(services) else [
        os.path.join(target, "services.csv")]
    counts = {"rows": 0, "nine_oclock": 0, "other_station": 0}
    for path in paths:
        if not path.lower().endswith(".csv"):
            continue
        data = open(path, "rb").read()
        text, encoding, bom = decode(data)
        line_end = "\r\n" if "\r\n" in text[:4096] else "\n"
        rows = csv.reader(io.StringIO(text, newline=""))
        header = next(rows)
        worker, station, start = column(header, SERVICE_WORKER), column(header, SERVICE_STATION), column(header, SERVICE_START)
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator=line_end)
        writer.writerow(header)
        for row in rows:
            counts["rows"] += 1
            number = counts["rows"]
            if start >= 0 and len(row) > start and row[start].strip() and number % 5 == 0:
                row[start] = "09:00"
                counts["nine_oclock"] += 1
            if station >= 0 and len(row) > max(station, worker) and number % 100 == 7:
                own = own_station.get(row[worker].strip())
                if own in other:
                    row[station] = other[own]
                    counts["other_station"] += 1
            writer.writerow(row)
        with open(path, "wb") as file:
            file.write(bom + out.getvalue().encode(encoding))

    policy_path = os.path.join(target, "policy.json")
    policy = json.load(open(policy_path, encoding="utf-8")) if os.path.exists(policy_path) else {}
    intervals = policy.get("visit_interval_days") or {}
    for category in ("elderly_alone", "left_behind_elderly", "elderly_advanced", "orphan", "unsupported_child",
                     "child_in_difficulty", "left_behind_child", "tekun", "dibao", "dibao_edge", "disabled",
                     "poverty_monitoring"):
        intervals[category] = 7
    policy["visit_interval_days"] = intervals
    with open(policy_path, "w", encoding="utf-8") as file:
        json.dump(policy, file, ensure_ascii=False, indent=2)
        file.write("\n")
    print(f"{counts['rows']} services: {counts['nine_oclock']} moved to 09:00, "
          f"{counts['other_station']} naming another station", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
