#pragma once

#include "HouqinProcess.h"
#include "Scenarios.h"

#include <QHash>
#include <random>

namespace houqin::reliability {

// How a killed cycle ended, seen from the file.
enum class Outcome {
    NothingWritten,  // killed before its commit: the file is as before
    CommittedUnseen, // killed after its commit, before it could say so: the file has all of it
    Acknowledged,    // exited 0 before the kill came: the file must have all of it
    Killed,          // killed; a whole run changes no row either (a backup), so the file tells no more
    Failed,          // a check failed (see CycleResult::problem)
};
const char* outcomeName(Outcome o);

struct CycleResult {
    QString scenario;
    Outcome outcome = Outcome::Failed;
    qint64 killAfterMs = 0; // when the kill was due, from the command's start
    qint64 cycleMs = 0;     // the whole cycle: copy, acknowledged write, command, checks
    QString problem;
};

// What a run of a scenario that is not killed does to its base file: the reference a killed run's file
// must equal, or the file as it was.
struct Reference {
    TableCounts delta;
    qint64 runMs = 0;
};

// Runs the cycles: a fresh copy of the scenario's base file, the acknowledged write, the command killed
// at a random moment, then the checks.
class CrashCycles {
public:
    CrashCycles(const HouqinProcess& houqin, QString workDir, int rows);

    // Makes the base files (a demo file of one year, an empty file) and reads a sampler and campus from
    // the demo. Empty when fine.
    QString makeBases();
    // An unkilled run of the scenario: its changes and duration. Empty when fine.
    QString calibrate(const Scenario& s);
    Reference reference(const Scenario& s) const { return m_refs.value(s.name); }

    CycleResult run(const Scenario& s, int cycle, std::mt19937_64& rng);

private:
    QString freshCycle(const Scenario& s, int cycle, const QString& folder, CycleContext& ctx);
    QString checkFile(const Scenario& s, const CycleContext& ctx, const TableCounts& before,
                      bool exitedCleanly, Outcome& outcome);

    const HouqinProcess& m_houqin;
    QString m_work;
    int m_rows;
    QString m_sampler, m_campus;
    QHash<QString, Reference> m_refs;
    QStringList m_demoArgs; // the command that made the demo file from the empty one, and what it did
    Reference m_demoRun;
};

} // namespace houqin::reliability
