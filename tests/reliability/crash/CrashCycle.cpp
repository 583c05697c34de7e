#include "CrashCycle.h"

#include "SampleCsv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace houqin::reliability {

const char* outcomeName(Outcome o) {
    switch (o) {
    case Outcome::NothingWritten:
        return "killed, nothing written";
    case Outcome::CommittedUnseen:
        return "killed after its commit";
    case Outcome::Acknowledged:
        return "finished before the kill";
    case Outcome::Killed:
        return "killed";
    case Outcome::Failed:
        return "FAILED";
    }
    return "";
}

namespace {
QString baseFile(const QString& work, Base b) {
    return QDir(work).filePath(b == Base::Demo ? QStringLiteral("base-demo.sqlite")
                                               : QStringLiteral("base-empty.sqlite"));
}

// Backups the command made by itself (a writing command makes one when the newest is a day old) are in
// backups/ beside the file. Each one there under a finished name must be sound; a temporary file a kill
// left behind (hidden, or named tmp or partial) is not a backup.
QString automaticBackupsAreSound(const CycleContext& ctx) {
    const QDir folder(QDir(ctx.dir).filePath(QStringLiteral("backups")));
    for (const QFileInfo& f : folder.entryInfoList(QDir::Files)) {
        const QString name = f.fileName();
        if (name.contains(QStringLiteral("tmp"), Qt::CaseInsensitive) ||
            name.contains(QStringLiteral("partial"), Qt::CaseInsensitive) ||
            name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm")) ||
            name.endsWith(QStringLiteral("-journal")))
            continue;
        DbState copy(f.filePath());
        const QString ok = copy.isOpen() ? copy.integrityCheck() : copy.openError();
        if (ok != QStringLiteral("ok"))
            return QStringLiteral("the automatic backup %1 is not sound: %2").arg(name, ok);
    }
    return {};
}

// The same tables changed, each in the same direction.
bool sameTablesChanged(const TableCounts& actual, const TableCounts& reference) {
    if (actual.keys() != reference.keys())
        return false;
    for (auto it = actual.begin(); it != actual.end(); ++it)
        if ((it.value() > 0) != (reference.value(it.key()) > 0))
            return false;
    return true;
}

QString explain(const RunResult& r) {
    return QStringLiteral("exit %1%2: %3")
        .arg(r.exitCode)
        .arg(r.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(r.err.trimmed().left(400));
}
} // namespace

CrashCycles::CrashCycles(const HouqinProcess& houqin, QString workDir, int rows)
    : m_houqin(houqin), m_work(std::move(workDir)), m_rows(rows) {}

QString CrashCycles::makeBases() {
    const QString demo = baseFile(m_work, Base::Demo), empty = baseFile(m_work, Base::Empty);
    const RunResult e = m_houqin.run(empty, {QStringLiteral("kinds")});
    if (e.exitCode != 0)
        return QStringLiteral("the empty base file could not be made: %1").arg(explain(e));
    // The demo file is the empty one after an unkilled demo-data run, which is also the reference of a
    // scenario running that same command on the empty file (see calibrate()).
    if (!QFile::copy(empty, demo))
        return QStringLiteral("cannot copy %1").arg(empty);
    TableCounts before;
    {
        DbState db(demo);
        before = db.counts();
    }
    m_demoArgs = {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("demo-data"),
                  QStringLiteral("--years"), QStringLiteral("1")};
    QElapsedTimer t;
    t.start();
    const RunResult d = m_houqin.run(demo, m_demoArgs);
    m_demoRun.runMs = t.elapsed();
    if (d.exitCode != 0)
        return QStringLiteral("the demo base file could not be made: %1").arg(explain(d));
    DbState db(demo);
    m_demoRun.delta = difference(before, db.counts());
    const QStringList row = db.query("SELECT sampled_by, campus FROM food_samples ORDER BY id DESC LIMIT 1")
                                .split(QLatin1Char('|'));
    if (row.size() != 2 || row.at(0).isEmpty())
        return QStringLiteral("the demo file has no food sample to take a sampler and campus from");
    m_sampler = row.at(0);
    m_campus = row.at(1);
    return {};
}

// A cycle's folder holds only a copy of the base file (the process that made the base exited cleanly, so
// the file has no -wal beside it) and the scenario's input files.
QString CrashCycles::freshCycle(const Scenario& s, int cycle, const QString& folder, CycleContext& ctx) {
    ctx.cycle = cycle;
    ctx.dir = QDir(m_work).filePath(folder);
    ctx.db = QDir(ctx.dir).filePath(QStringLiteral("houqin.sqlite"));
    ctx.rows = m_rows;
    ctx.sampler = m_sampler;
    ctx.campus = m_campus;
    QDir(ctx.dir).removeRecursively();
    if (!QDir().mkpath(ctx.dir) || !QFile::copy(baseFile(m_work, s.base), ctx.db))
        return QStringLiteral("cannot copy the base file to %1").arg(ctx.db);
    if (s.acknowledgedWriteFirst) {
        const RunResult ack = m_houqin.run(ctx.db, acknowledgedWrite(ctx));
        if (ack.exitCode != 0)
            return QStringLiteral("the acknowledged one-row write failed: %1").arg(explain(ack));
    }
    return {};
}

QString CrashCycles::calibrate(const Scenario& s) {
    CycleContext ctx;
    if (QString e = freshCycle(s, 0, QStringLiteral("calibration"), ctx); !e.isEmpty())
        return e;
    TableCounts before;
    {
        DbState db(ctx.db);
        before = db.counts();
    }
    QElapsedTimer t;
    t.start();
    const QStringList args = s.prepare(ctx);
    if (s.base == Base::Empty && !s.acknowledgedWriteFirst && args == m_demoArgs) {
        m_refs.insert(s.name, m_demoRun); // the run that made the demo file was this very run
        return {};
    }
    const RunResult r = m_houqin.run(ctx.db, args);
    Reference ref;
    ref.runMs = t.elapsed();
    if (r.exitCode != 0)
        return QStringLiteral("a run of %1 that was not killed failed: %2").arg(s.name, explain(r));
    DbState db(ctx.db);
    ref.delta = difference(before, db.counts());
    m_refs.insert(s.name, ref);
    return {};
}

QString CrashCycles::checkFile(const Scenario& s, const CycleContext& ctx, const TableCounts& before,
                               bool exitedCleanly, Outcome& outcome) {
    DbState db(ctx.db);
    if (!db.isOpen())
        return QStringLiteral("the file cannot be opened: %1").arg(db.openError());
    if (const QString ok = db.integrityCheck(); ok != QStringLiteral("ok"))
        return QStringLiteral("integrity_check: %1").arg(ok);
    if (const QString fk = db.foreignKeyCheck(); !fk.isEmpty())
        return QStringLiteral("foreign_key_check: %1").arg(fk);
    if (s.acknowledgedWriteFirst &&
        db.count(QStringLiteral("food_samples"), markerCondition(acknowledgedMarker(ctx.cycle))) != 1)
        return QStringLiteral("the acknowledged one-row write is missing");
    const TableCounts after = db.counts();
    const TableCounts& delta = m_refs[s.name].delta;
    const bool whole =
        s.exactCounts ? after == plus(before, delta) : sameTablesChanged(difference(before, after), delta);
    if (exitedCleanly && whole)
        outcome = Outcome::Acknowledged;
    else if (whole && delta.isEmpty())
        outcome = Outcome::Killed;
    else if (whole)
        outcome = Outcome::CommittedUnseen;
    else if (after == before && !exitedCleanly)
        outcome = Outcome::NothingWritten;
    else
        return QStringLiteral("the file is neither as before nor as after a whole run: %1 (a whole run: %2)")
            .arg(describe(difference(before, after)), describe(delta));
    if (QString e = automaticBackupsAreSound(ctx); !e.isEmpty())
        return e;
    if (s.check)
        return s.check(ctx, db, before);
    return {};
}

CycleResult CrashCycles::run(const Scenario& s, int cycle, std::mt19937_64& rng) {
    CycleResult result;
    result.scenario = s.name;
    QElapsedTimer whole;
    whole.start();
    // Up to a quarter past a whole run's time, so some runs finish first and are checked as acknowledged.
    const qint64 window = qMax<qint64>(1, m_refs[s.name].runMs * 5 / 4);
    result.killAfterMs = std::uniform_int_distribution<qint64>(0, window)(rng);
    CycleContext ctx;
    if (QString e = freshCycle(s, cycle, QStringLiteral("cycle"), ctx); !e.isEmpty()) {
        result.problem = e;
        return result;
    }
    TableCounts before;
    {
        DbState db(ctx.db);
        before = db.counts();
    }
    QProcess p;
    m_houqin.prepare(p, ctx.db, s.prepare(ctx));
    p.start();
    if (!p.waitForStarted(30000)) {
        result.problem = QStringLiteral("houqin did not start: %1").arg(p.errorString());
        return result;
    }
    bool exitedCleanly = false;
    if (p.waitForFinished(int(result.killAfterMs))) {
        const RunResult r = collect(p);
        if (r.exitCode != 0) {
            result.problem = QStringLiteral("the command failed before the kill: %1").arg(explain(r));
            return result;
        }
        exitedCleanly = true;
    } else {
        p.kill(); // SIGKILL
        p.waitForFinished(30000);
    }
    result.problem = checkFile(s, ctx, before, exitedCleanly, result.outcome);
    if (!result.problem.isEmpty())
        result.outcome = Outcome::Failed;
    result.cycleMs = whole.elapsed();
    return result;
}

} // namespace houqin::reliability
