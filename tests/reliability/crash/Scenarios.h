#pragma once

#include "DbState.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// The crash harness's scenarios: writing houqin commands to kill. Adding one is adding an entry to
// scenarios() in Scenarios.cpp; the harness copies its base file, runs the command, kills it, and checks
// the file generically (integrity, foreign keys, every table's count either as before or as after a run
// that was not killed, the acknowledged write). A scenario adds its own checks where it has more to say.
namespace houqin::reliability {

// What a scenario's command starts from: a copy of a small demo file, or of an empty (migrated) one.
enum class Base { Demo, Empty };

struct CycleContext {
    int cycle = 0;
    QString dir;     // the cycle's own folder, emptied before each cycle
    QString db;      // the database file in it
    int rows = 1000; // rows of an import of N rows
    QString sampler; // a staff member and a campus of the demo file, for import files
    QString campus;
};

struct Scenario {
    QString name;
    QString command; // the houqin command it runs; the scenario is skipped when the binary lacks it
    QString what;    // one line for --list and the report
    Base base = Base::Demo;
    // Before the command to kill, a one-row import runs to its end (acknowledged: exit 0); it must be in
    // the file after the kill. Off where the command needs an empty file (demo data).
    bool acknowledgedWriteFirst = true;
    // Cycles per round of all scenarios: the quick ones run more often than the slow demo data.
    int share = 1;
    // Whether every whole run adds exactly the same rows. Demo data does not (what it makes depends on
    // the time of day); a whole run of it must then change exactly the tables an unkilled run changed,
    // each in the same direction, so that a file with some of its tables filled and others not fails.
    bool exactCounts = true;
    // Writes the command's input files in ctx.dir and returns its arguments (after --db FILE).
    std::function<QStringList(const CycleContext&)> prepare;
    // Further checks after the kill: empty when fine, else what is wrong. `before` are the file's counts
    // just before the command started.
    std::function<QString(const CycleContext&, DbState&, const TableCounts& before)> check;
};

QList<Scenario> scenarios();

// The marker of the acknowledged one-row write of a cycle, and the file that writes it.
QString acknowledgedMarker(int cycle);
QStringList acknowledgedWrite(const CycleContext& ctx);

} // namespace houqin::reliability
