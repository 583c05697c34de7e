#!/usr/bin/env python3
"""Whole-process start-up of houqin against a bare Qt main window, on a private Xvfb (issue #15).

Each run starts a fresh process through houqin_mapwatch, which waits for the X server's MapNotify of the
window (an event, not a poll). Runs are interleaved (bare, houqin, bare, houqin ...) after warm-up runs,
so both see the same machine load; the medians and their ratios are printed. houqin opens a demo database
with a director's account, so its first window is the sign-in dialog; the password is then typed with
xdotool and the time from Return to the main window's map is measured separately. Peak memory (VmHWM)
is read 3 s after the last window of a run was mapped, on a few extra runs.

With --no-account the database has no account, as `demo-data` makes it and as the issue measured. houqin
then opens with the dialog that creates the director's account (accounts are not optional, issue #13), so
the first window is that dialog and no main window is reached without typing a name and a password twice;
only the first window is timed.

    tests/bench/startup.py [--build build] [--years 10] [--runs 15] [--rss-runs 5] [--db FILE] [--no-account]

The database is made once with `houqin demo-data --years N` and (unless --no-account) `houqin user add`,
kept in /tmp/houqin-startup-N.sqlite (/tmp/houqin-startup-N-open.sqlite without an account) unless --db is
given. Needs Xvfb and xdotool; python3 standard library only.
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

def free_display():
    for n in range(150, 250):
        if not os.path.exists(f"/tmp/.X{n}-lock") and not os.path.exists(f"/tmp/.X11-unix/X{n}"):
            return n
    sys.exit("startup.py: no free X display between :150 and :249")


def start_xvfb():
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if os.path.exists(f"/tmp/.X11-unix/X{n}"):
            return proc, f":{n}"
        time.sleep(0.025)
    proc.terminate()
    sys.exit("startup.py: Xvfb did not start")


def run(watch, args, env):
    out = subprocess.run([watch] + args, env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        sys.exit(f"startup.py: {' '.join(args)} failed: {out.stderr.strip()}")
    values = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition("=")
        values[key] = float(value)
    return values


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(here, "..", "..", "build"))
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--rss-runs", type=int, default=5)
    ap.add_argument("--db")
    ap.add_argument("--lang", default="zh_CN")
    ap.add_argument("--no-account", action="store_true",
                    help="a database without accounts: the first window is the director's account dialog")
    ap.add_argument("--compare", metavar="HOUQIN", help="another houqin build timed in the same runs (before/after)")
    opts = ap.parse_args()

    houqin = os.path.abspath(os.path.join(opts.build, "houqin"))
    bare = os.path.abspath(os.path.join(opts.build, "tests", "bench", "houqin_bare_window"))
    watch = os.path.abspath(os.path.join(opts.build, "tests", "bench", "houqin_mapwatch"))
    for exe in (houqin, bare, watch):
        if not os.access(exe, os.X_OK):
            sys.exit(f"startup.py: {exe} is missing; build houqin houqin_bare_window houqin_mapwatch")
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            sys.exit(f"startup.py: {tool} is not installed")

    home = tempfile.mkdtemp(prefix="houqin-startup-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
               LC_ALL="C.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)
    account = not opts.no_account
    db = opts.db or f"/tmp/houqin-startup-{opts.years}{'' if account else '-open'}.sqlite"
    demodb.make("startup.py", houqin, db, opts.years, env, account)

    xvfb, display = start_xvfb()
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    sign_in = ["--password", demodb.PASSWORD] if account else []
    houqin_args = sign_in + ["--", houqin, "--db", db, "--lang", opts.lang]
    bare_args = ["--", bare]
    programs = [("bare", bare_args), ("houqin", houqin_args)]
    if opts.compare:
        programs.append(("compare", sign_in + ["--", os.path.abspath(opts.compare), "--db", db,
                                               "--lang", opts.lang]))
    try:
        samples = {}
        for i in range(opts.warmup + opts.runs):
            order = programs[i % len(programs):] + programs[:i % len(programs)]  # none always runs first
            for name, args in order:
                v = run(watch, args, env)
                if i < opts.warmup:
                    continue
                if name == "bare":
                    samples.setdefault("bare", []).append(v["first_map_ms"])
                elif not account:
                    samples.setdefault(name + ".first", []).append(v["first_map_ms"])
                else:
                    samples.setdefault(name + ".signin", []).append(v["first_map_ms"])
                    samples.setdefault(name + ".enter", []).append(v["enter_to_map_ms"])
                    samples.setdefault(name + ".both", []).append(v["first_map_ms"] + v["enter_to_map_ms"])
        rss = {}
        for _ in range(opts.rss_runs):
            for name, args in programs:
                v = run(watch, ["--rss-after", "3000"] + args, env)
                rss.setdefault(name, []).append(v["vmhwm_kib"])
                rss.setdefault(name + ".now", []).append(v["vmrss_kib"])
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)

    med = {k: statistics.median(v) for k, v in samples.items()}
    mib = {k: statistics.median(v) / 1024 for k, v in rss.items()}
    print(f"database: {db} ({os.path.getsize(db) / 1e6:.1f} MB, {opts.years} years of demo data)")
    print(f"runs: {opts.runs} interleaved after {opts.warmup} warm-up; medians; peak RSS of {opts.rss_runs} runs")
    print(f"bare window mapped:                  {med['bare']:7.1f} ms")
    for name, _ in programs[1:]:
        label = "houqin" if name == "houqin" else f"compare ({opts.compare})"
        print(f"{label}:")
        if not account:
            print(f"  account dialog mapped (no account): {med[name + '.first']:7.1f} ms   "
                  f"ratio {med[name + '.first'] / med['bare']:.2f}x")
        else:
            print_sign_in(med, name)
        print(f"  peak RSS (VmHWM) 3 s after:        {mib[name]:7.1f} MiB  ratio {mib[name] / mib['bare']:.2f}x "
              f"(bare {mib['bare']:.1f} MiB); resident then (VmRSS) {mib[name + '.now']:.1f} MiB, "
              f"bare {mib['bare.now']:.1f} MiB")


def print_sign_in(med, name):
    print(f"  sign-in dialog mapped:             {med[name + '.signin']:7.1f} ms   "
          f"ratio {med[name + '.signin'] / med['bare']:.2f}x")
    print(f"  Return -> main window mapped:      {med[name + '.enter']:7.1f} ms")
    print(f"  both (without the typing):         {med[name + '.both']:7.1f} ms   "
          f"ratio {med[name + '.both'] / med['bare']:.2f}x")


if __name__ == "__main__":
    main()
