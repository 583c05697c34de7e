"""Demo databases for the whole-process benchmarks (startup.py, pdf.py): made once, kept between runs.

A file is made under PATH.new and renamed when complete, so an interrupted run never leaves a half-made
database under PATH. houqin closes its file cleanly, so no -wal may remain: one would make every later
open run the quick check and measure that instead.
"""
import os
import shutil
import subprocess
import sys

PASSWORD = "bench-pass-1"
DIRECTOR = "Bench"


def _fresh(path):
    tmp = path + ".new"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(tmp + suffix):
            os.remove(tmp + suffix)
    return tmp


def _finish(tool, tmp, path):
    if os.path.exists(tmp + "-wal"):
        sys.exit(f"{tool}: {tmp}-wal remains after houqin closed the file")
    os.replace(tmp, path)


def _add_director(houqin, db, env):
    subprocess.run([houqin, "--db", db, "user", "add", DIRECTOR, "--role", "director"],
                   env=dict(env, HOUQIN_NEW_PASSWORD=PASSWORD), check=True, stdout=subprocess.DEVNULL)


def make(tool, houqin, path, years, env, account=False):
    """`houqin demo-data --years YEARS` at PATH, with the director's account when account is true."""
    if os.path.exists(path):
        return
    tmp = _fresh(path)
    subprocess.run([houqin, "--db", tmp, "demo-data", "--years", str(years)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    if account:
        _add_director(houqin, tmp, env)
    _finish(tool, tmp, path)


def copy_with_account(tool, houqin, source, path, env):
    """A copy of SOURCE with the director's account: the same rows, one more audit entry."""
    if os.path.exists(path):
        return
    tmp = _fresh(path)
    shutil.copyfile(source, tmp)
    _add_director(houqin, tmp, env)
    _finish(tool, tmp, path)
