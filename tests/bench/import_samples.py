#!/usr/bin/env python3
"""The issue's import measurement (#15): 100,000 valid food samples.

  import_samples.py generate FILE [--rows N]
      writes the CSV file (the header of field keys, dates from 2012 onwards, 20 samples a day).
  import_samples.py floor DB FILE
      the floor: Python's stdlib sqlite3 inserts the same rows into DB (an empty Houqin file) plus one
      audit row each with its JSON, in one transaction, as Houqin's import does (without Houqin's checks).
  import_samples.py compare HOUQIN [--rows N] [--runs K]
      generates the file, then runs `houqin import` and the floor K times each, interleaved, each on a new
      empty database, under /usr/bin/time -v; prints the medians of wall time and peak RSS, and the ratio.
"""
import argparse
import csv
import datetime
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile

HEADER = ["date", "meal", "dish", "weight_g", "stored_at", "fridge_temp_c", "sampled_by"]
FIELDS = ["date", "meal", "dish", "weight_g", "stored_at", "fridge_temp_c", "sampled_by",
          "disposed_at", "disposed_by", "notes", "campus"]


def generate(path, rows):
    first = datetime.date(2012, 1, 1)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\r\n")
        for i in range(rows):
            d = (first + datetime.timedelta(days=i // 20)).isoformat()
            f.write(f"{d},lunch,菜{i},130,{d} 11:30,4,王老师\r\n")


def floor(db, path):
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    now = datetime.datetime.now().replace(microsecond=0).isoformat()
    con.execute("BEGIN IMMEDIATE")
    insert = ("INSERT INTO food_samples(created_at, created_by, updated_at, updated_by, "
              + ", ".join(FIELDS) + ") VALUES(?, ?, ?, ?, " + ", ".join("?" * len(FIELDS)) + ")")
    audit = ("INSERT INTO audit_log(at, actor, kind, record_id, action, before_json, after_json) "
             "VALUES(?, ?, 'food-samples', ?, 'insert', NULL, ?)")
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            values = {
                "date": row["date"], "meal": row["meal"], "dish": row["dish"],
                "weight_g": float(row["weight_g"]), "stored_at": row["stored_at"].replace(" ", "T") + ":00",
                "fridge_temp_c": float(row["fridge_temp_c"]), "sampled_by": row["sampled_by"],
            }
            cur = con.execute(insert, [now, "floor", now, "floor"] + [values.get(k) for k in FIELDS])
            after = json.dumps({k: str(v) for k, v in values.items()}, ensure_ascii=False,
                               separators=(",", ":"))
            con.execute(audit, (now, "floor", cur.lastrowid, after))
    con.execute("COMMIT")
    con.close()


def timed(cmd):
    out = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stdout}\n{out.stderr}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1))
    return seconds, rss / 1024.0


def compare(houqin, rows, runs):
    work = tempfile.mkdtemp(prefix="houqin-import-bench-")
    try:
        data = os.path.join(work, "samples.csv")
        generate(data, rows)
        empty = os.path.join(work, "empty.sqlite")
        subprocess.run([houqin, "--db", empty, "kinds"], check=True, capture_output=True)
        results = {"houqin": [], "floor": []}
        for run in range(runs):
            for who in ("houqin", "floor"):  # interleaved
                db = os.path.join(work, f"{who}{run}.sqlite")
                shutil.copy(empty, db)
                if who == "houqin":
                    cmd = [houqin, "--db", db, "import", "food-samples", data]
                else:
                    cmd = [sys.executable, os.path.abspath(__file__), "floor", db, data]
                results[who].append(timed(cmd))
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.remove(db + suffix)
        med = {k: (statistics.median(t for t, _ in v), statistics.median(m for _, m in v))
               for k, v in results.items()}
        print(f"{rows} rows, {runs} interleaved runs each (medians)")
        for k in ("houqin", "floor"):
            print(f"  {k:7s} {med[k][0]:7.2f} s  {med[k][1]:7.1f} MiB peak")
        print(f"  speed: {med['floor'][0] / med['houqin'][0]:.2f}x the floor's")
    finally:
        shutil.rmtree(work)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("file")
    g.add_argument("--rows", type=int, default=100000)
    f = sub.add_parser("floor")
    f.add_argument("db")
    f.add_argument("file")
    c = sub.add_parser("compare")
    c.add_argument("houqin")
    c.add_argument("--rows", type=int, default=100000)
    c.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    if a.cmd == "generate":
        generate(a.file, a.rows)
    elif a.cmd == "floor":
        floor(a.db, a.file)
    else:
        compare(a.houqin, a.rows, a.runs)


if __name__ == "__main__":
    main()
