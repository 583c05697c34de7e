#!/usr/bin/env python3
"""The weekly food sample register as a PDF, whole process: houqin against a bare QPainter writer (issue #15).

`houqin print food-samples-weekly --week W -o FILE.pdf` is timed against `houqin_bare_pdf DB W FILE.pdf`
(tests/bench/BarePdf.cpp: the same rows, the same page, drawn with QPainter on a QPdfWriter from the
sqlite3 C API, no Houqin library). Each run is a fresh process; the programs are run interleaved after
warm-up runs, rotating which goes first, so all see the same machine load. Printed: the median wall time,
the median CPU time (user + system) and the median peak RSS (ru_maxrss of the child, from wait4) of each,
and houqin's ratios to the floor.

houqin opens a demo database without user accounts, so no password is checked (the floor signs no one
in). A second line times houqin on a copy of that database with a director's account, signing in with
--user and HOUQIN_PASSWORD (the Argon2id check included), for information.

    tests/bench/pdf.py [--build build] [--years 10] [--runs 11] [--warmup 2] [--week 2026-W47] [--db FILE]
                       [--callgrind] [--with-libs] [--compare OTHER_HOUQIN]

The databases are made once with `houqin demo-data --years N` (and `houqin user add` on a copy), kept
in /tmp/houqin-pdf-N.sqlite and /tmp/houqin-pdf-N-user.sqlite unless --db is given. Both PDFs of the
last run are compared with pdftotext when it is installed: the bench is only fair while they say the same
(the signed-in copy's differ in the footer's audit trail head only).
Runs under a private HOME (Houqin's settings, its check memo); QT_QPA_PLATFORM=offscreen; python3 standard
library only.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import demodb

def run(args, env):
    """Wall seconds, CPU seconds (user + system) and peak RSS in KiB of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"pdf.py: {' '.join(args)} failed ({proc.returncode}): {err.strip()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def needed(exe):
    """The shared libraries an executable names (DT_NEEDED), through readelf."""
    out = subprocess.run(["readelf", "-d", exe], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


def instructions(args, env):
    """Instructions of one whole process under callgrind (deterministic, whatever the machine's load)."""
    with tempfile.NamedTemporaryFile(prefix="houqin-pdf-cg-") as f:
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={f.name}"] + args, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        for line in open(f.name, encoding="utf-8", errors="replace"):
            if line.startswith("totals:") or line.startswith("summary:"):
                return int(line.split()[1])
    return None


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(here, "..", "..", "build"))
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--week", default="2026-W47")
    ap.add_argument("--db", help="a demo database without user accounts (the signed-in line uses FILE-user)")
    ap.add_argument("--lang", default="zh_CN")
    ap.add_argument("--compare", metavar="HOUQIN", help="another houqin build timed in the same runs (before/after)")
    ap.add_argument("--callgrind", action="store_true",
                    help="also count each program's instructions once under valgrind's callgrind")
    ap.add_argument("--with-libs", action="store_true",
                    help="also time the floor loading the shared libraries houqin links and it does not "
                         "(LD_PRELOAD): what is left of the difference once both load the same libraries")
    opts = ap.parse_args()

    houqin = os.path.abspath(os.path.join(opts.build, "houqin"))
    bare = os.path.abspath(os.path.join(opts.build, "tests", "bench", "houqin_bare_pdf"))
    for exe in (houqin, bare):
        if not os.access(exe, os.X_OK):
            sys.exit(f"pdf.py: {exe} is missing; build houqin houqin_bare_pdf")

    home = tempfile.mkdtemp(prefix="houqin-pdf-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
               XDG_RUNTIME_DIR=home, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    db = opts.db or f"/tmp/houqin-pdf-{opts.years}.sqlite"
    db_user = (db[:-len(".sqlite")] if db.endswith(".sqlite") else db) + "-user.sqlite"
    demodb.make("pdf.py", houqin, db, opts.years, env)
    demodb.copy_with_account("pdf.py", houqin, db, db_user, env)

    # The floor reads its own copy: a read-only SQLite connection leaves an empty -wal beside a WAL-mode file,
    # and a -wal beside it makes houqin check the whole file again on its next open (storage/CheckMemo.h).
    floor_db = os.path.join(home, "floor.sqlite")
    shutil.copyfile(db, floor_db)
    out = {name: os.path.join(home, name + ".pdf") for name in ("bare", "houqin", "signed-in")}
    programs = [
        ("bare", [bare, floor_db, opts.week, out["bare"]], env),
        ("houqin", [houqin, "--db", db, "--lang", opts.lang, "print", "food-samples-weekly", "--week",
                    opts.week, "-o", out["houqin"]], env),
        ("signed-in", [houqin, "--db", db_user, "--user", demodb.DIRECTOR, "--lang", opts.lang, "print",
                       "food-samples-weekly", "--week", opts.week, "-o", out["signed-in"]],
         dict(env, HOUQIN_PASSWORD=demodb.PASSWORD)),
    ]
    if opts.compare:
        out["compare"] = os.path.join(home, "compare.pdf")
        programs.insert(2, ("compare", [os.path.abspath(opts.compare), "--db", db, "--lang", opts.lang, "print",
                                        "food-samples-weekly", "--week", opts.week, "-o", out["compare"]], env))
    if opts.with_libs:
        extra = [lib for lib in needed(houqin) if lib not in needed(bare)]
        out["bare+libs"] = os.path.join(home, "bare+libs.pdf")
        programs.insert(1, ("bare+libs", [bare, floor_db, opts.week, out["bare+libs"]],
                            dict(env, LD_PRELOAD=" ".join(extra))))
    samples = {}
    try:
        for i in range(opts.warmup + opts.runs):
            order = programs[i % len(programs):] + programs[:i % len(programs)]  # none always runs first
            for name, args, run_env in order:
                v = run(args, run_env)
                if i >= opts.warmup:
                    samples.setdefault(name, []).append(v)
        same = None
        if shutil.which("pdftotext"):
            same = pdf_text(out["bare"]) == pdf_text(out["houqin"])
        counts = {}
        if opts.callgrind:
            for name, args, run_env in programs:
                if name not in ("bare+libs", "compare"):
                    counts[name] = instructions(args, run_env)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    med = {name: [statistics.median(v[k] for v in runs) for k in range(3)] for name, runs in samples.items()}
    b = med["bare"]
    print(f"database: {db} ({os.path.getsize(db) / 1e6:.1f} MB, {opts.years} years of demo data), week {opts.week}")
    print(f"runs: {opts.runs} interleaved after {opts.warmup} warm-up; medians; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if same is not None:
        print("pdftotext: houqin's PDF and the floor's say the same" if same else
              "pdftotext: HOUQIN'S PDF AND THE FLOOR'S DIFFER (an unfair comparison)")
    print(f"{'':28}{'wall':>10}{'ratio':>8}{'CPU':>10}{'ratio':>8}{'peak RSS':>12}{'ratio':>8}")
    for name, label in (("bare", "bare QPainter writer"), ("bare+libs", "bare, + houqin's libraries"),
                        ("houqin", "houqin, no accounts"), ("compare", "--compare, no accounts"),
                        ("signed-in", "houqin, signing in (info)")):
        if name not in med:
            continue
        m = med[name]
        print(f"{label:28}{m[0] * 1000:8.1f}ms{m[0] / b[0]:7.2f}x{m[1] * 1000:8.1f}ms{m[1] / b[1]:7.2f}x"
              f"{m[2] / 1024:8.1f} MiB{m[2] / b[2]:7.2f}x")
    if counts:
        print("instructions (callgrind, one run each):")
        for name, label in (("bare", "bare QPainter writer"), ("houqin", "houqin, no accounts"),
                            ("signed-in", "houqin, signing in (info)")):
            print(f"  {label:26}{counts[name] / 1e6:8.1f} M   ratio {counts[name] / counts['bare']:.2f}x")


if __name__ == "__main__":
    main()
