"""Times DuckDB computing a few of shegong's figures on the benchmark inputs, for a ratio.

It computes, for January–October 2026, service_records, beneficiaries_served (services only),
households_visited and service hours by station -- with no validation at all -- over the
services files DuckDB can read directly (UTF-8; the GB18030 month files are left out, so DuckDB
reads fewer rows than shegong does).
"""
import glob
import os
import subprocess
import sys
import time

import duckdb

MINUTES = """
CASE
  WHEN d ~ '^[0-9.]+$' THEN round(d::DOUBLE * 60)
  WHEN d ~ '^[0-9.]+ *(h|hr|hrs|hour|hours|小时|个小时)$' THEN round(regexp_extract(d, '^[0-9.]+')::DOUBLE * 60)
  WHEN d ~ '^[0-9.]+ *(min|mins|minute|minutes|m|分钟|分)$' THEN round(regexp_extract(d, '^[0-9.]+')::DOUBLE)
  WHEN d ~ '^[0-9]+:[0-9]{2}$' THEN split_part(d, ':', 1)::INT * 60 + split_part(d, ':', 2)::INT
  WHEN d ~ '^[0-9]+(小时|h)[0-9]+' THEN regexp_extract(d, '^[0-9]+')::INT * 60
       + regexp_extract(d, '(小时|h)([0-9]+)', 2)::INT
  ELSE NULL END
"""

DAY = """
COALESCE(
  try_strptime(s, '%Y-%m-%d'), try_strptime(s, '%Y/%m/%d'), try_strptime(s, '%Y.%m.%d'),
  try_strptime(s, '%Y%m%d'), try_strptime(s, '%Y年%m月%d日'),
  CASE WHEN s ~ '^[0-9]{5}$' THEN DATE '1899-12-30' + s::INT END)::DATE
"""


def utf8_files(folder):
    files = []
    for path in sorted(glob.glob(os.path.join(folder, "services", "*.csv"))):
        with open(path, "rb") as handle:
            try:
                handle.read().decode("utf-8")
                files.append(path)
            except UnicodeDecodeError:
                pass
    return files


def run(folder):
    files = utf8_files(folder)
    con = duckdb.connect()
    con.execute("PRAGMA threads=2")
    started = time.perf_counter()
    # Each file may name its columns in English or Chinese; read each and map to English names.
    parts = []
    for path in files:
        rel = con.execute(f"SELECT * FROM read_csv('{path}', all_varchar=true, header=true) LIMIT 0")
        names = [c[0].lstrip("\ufeff") for c in rel.description]
        pick = {n: n for n in names}
        zh = {"服务日期": "date", "对象编号": "beneficiary_id", "服务类型": "service_type", "服务时长": "duration",
              "服务站点": "station_id", "服务人员编号": "worker_id"}
        for z, e in zh.items():
            if z in pick:
                pick[z] = e
        cols = ", ".join(f'"{raw}" AS {pick[n]}' for raw, n in zip([c[0] for c in rel.description], names)
                         if pick[n] in ("date", "beneficiary_id", "service_type", "duration", "station_id", "worker_id"))
        parts.append(f"SELECT {cols} FROM read_csv('{path}', all_varchar=true, header=true)")
    con.execute("CREATE TEMP VIEW raw AS " + " UNION ALL BY NAME ".join(parts))
    con.execute(f"""
      CREATE TEMP TABLE s AS
      SELECT trim(beneficiary_id) AS b, trim(worker_id) AS w, nullif(trim(station_id), '') AS st,
             CASE WHEN service_type IN ('home_visit', '入户探访') THEN 1 ELSE 0 END AS visit,
             (SELECT {MINUTES} FROM (SELECT trim(duration) AS d)) AS minutes,
             (SELECT {DAY} FROM (SELECT trim(date) AS s)) AS day
      FROM raw""")
    ben = os.path.join(folder, "beneficiaries.csv")
    workers = os.path.join(folder, "workers.csv")
    result = con.execute(f"""
      WITH b AS (SELECT "对象编号" AS id, coalesce(nullif("户编号", ''), "对象编号") AS hh
                 FROM read_csv('{ben}', all_varchar=true, header=true)),
           w AS (SELECT worker_id, station_id FROM read_csv('{workers}', all_varchar=true, header=true)),
           p AS (SELECT s.*, coalesce(s.st, w.station_id) AS station FROM s LEFT JOIN w ON w.worker_id = s.w
                 WHERE day BETWEEN DATE '2026-01-01' AND DATE '2026-10-31')
      SELECT count(*) AS service_records, count(DISTINCT p.b) AS served,
             count(DISTINCT CASE WHEN visit = 1 THEN b.hh END) AS households_visited,
             (SELECT count(*) FROM (SELECT station, sum(minutes) FROM p GROUP BY station)) AS stations
      FROM p LEFT JOIN b ON b.id = p.b""").fetchall()
    elapsed = time.perf_counter() - started
    return elapsed, result[0], len(files)


def main():
    bench = sys.argv[1]
    print(f"{'case':<14} {'duckdb s':>9}  files  (records, served, households visited, stations)")
    for name in sys.argv[2:]:
        folder = os.path.join(bench, name)
        times = []
        figures = None
        for _ in range(3):
            elapsed, figures, count = run(folder)
            times.append(elapsed)
        times.sort()
        print(f"{name:<14} {times[1]:9.2f}  {count:5d}  {figures}")


if __name__ == "__main__":
    main()
