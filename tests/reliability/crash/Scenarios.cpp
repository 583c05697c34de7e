#include "Scenarios.h"

#include "SampleCsv.h"

#include <QDir>
#include <QFileInfo>

namespace houqin::reliability {

namespace {

QString importMarker(int cycle) {
    return QStringLiteral("crash-c%1").arg(cycle);
}

// An import of `rows` food samples, all or nothing.
QStringList importRows(const CycleContext& ctx, const QString& marker, int rows, const QString& fileName) {
    const QString csv = QDir(ctx.dir).filePath(fileName);
    if (!writeSampleCsv(csv, {ctx.sampler, ctx.campus, marker, rows}))
        return {};
    return {QStringLiteral("import"), QStringLiteral("food-samples"), csv};
}

// The rows an import wrote are its own: none or all of them carry its marker.
QString allOrNothing(DbState& db, const QString& marker, int rows) {
    const qint64 n = db.count(QStringLiteral("food_samples"), markerCondition(marker));
    if (n == 0 || n == rows)
        return {};
    return QStringLiteral("%1 of the import's %2 rows are in the file").arg(n).arg(rows);
}

QString backupOutput(const CycleContext& ctx) {
    return QDir(ctx.dir).filePath(QStringLiteral("backup-out.sqlite"));
}

// A backup is complete and checked, or absent: if the file exists under its name it must be a sound copy
// of the database as it was.
QString backupIsWholeOrAbsent(const CycleContext& ctx, DbState& db, const TableCounts& before) {
    if (!QFileInfo::exists(backupOutput(ctx)))
        return {};
    DbState copy(backupOutput(ctx));
    if (!copy.isOpen())
        return QStringLiteral("the backup exists but cannot be opened: %1").arg(copy.openError());
    if (const QString ok = copy.integrityCheck(); ok != QStringLiteral("ok"))
        return QStringLiteral("the backup exists but is damaged: %1").arg(ok);
    const TableCounts counts = copy.counts();
    if (counts != before && counts != db.counts())
        return QStringLiteral("the backup's rows differ from the database's: %1")
            .arg(describe(difference(before, counts)));
    return {};
}

} // namespace

QString acknowledgedMarker(int cycle) {
    return QStringLiteral("crash-ack-c%1").arg(cycle);
}

QStringList acknowledgedWrite(const CycleContext& ctx) {
    return importRows(ctx, acknowledgedMarker(ctx.cycle), 1, QStringLiteral("acknowledged.csv"));
}

QList<Scenario> scenarios() {
    QList<Scenario> all;
    all << Scenario{
        .name = QStringLiteral("import"),
        .command = QStringLiteral("import"),
        .what = QStringLiteral("houqin import food-samples FILE: N rows in one transaction"),
        .share = 4,
        .prepare =
            [](const CycleContext& ctx) {
                return importRows(ctx, importMarker(ctx.cycle), ctx.rows, QStringLiteral("import.csv"));
            },
        .check = [](const CycleContext& ctx, DbState& db,
                    const TableCounts&) { return allOrNothing(db, importMarker(ctx.cycle), ctx.rows); },
    };
    // A form's save and a one-row import both store through RecordRepository::insertAll (validation,
    // insert, audit row, linked updates, one transaction), so the CLI's one-row import stands for a save.
    all << Scenario{
        .name = QStringLiteral("form-save"),
        .command = QStringLiteral("import"),
        .what = QStringLiteral("a form save through the CLI: a one-row import (the same repository insert)"),
        .share = 4,
        .prepare =
            [](const CycleContext& ctx) {
                return importRows(ctx, importMarker(ctx.cycle), 1, QStringLiteral("one-row.csv"));
            },
        .check = [](const CycleContext& ctx, DbState& db,
                    const TableCounts&) { return allOrNothing(db, importMarker(ctx.cycle), 1); },
    };
    all << Scenario{
        .name = QStringLiteral("demo-data"),
        .command = QStringLiteral("demo-data"),
        .what = QStringLiteral("houqin demo-data --years 1 into an empty file (Chinese, one transaction)"),
        .base = Base::Empty,
        .acknowledgedWriteFirst = false,
        .exactCounts = false,
        .prepare =
            [](const CycleContext&) {
                return QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                   QStringLiteral("demo-data"), QStringLiteral("--years"),
                                   QStringLiteral("1")};
            },
        .check = {},
    };
    all << Scenario{
        .name = QStringLiteral("backup"),
        .command = QStringLiteral("backup"),
        .what = QStringLiteral("houqin backup -o FILE: the copy is whole and checked, or absent"),
        .prepare =
            [](const CycleContext& ctx) {
                return QStringList{QStringLiteral("backup"), QStringLiteral("-o"), backupOutput(ctx)};
            },
        .check = backupIsWholeOrAbsent,
    };
    return all;
}

} // namespace houqin::reliability
