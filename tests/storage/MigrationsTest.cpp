// Upgrades from populated files of every earlier schema version, kept as SQL dumps in fixtures/.
// When migration N+1 is added, add fixtures/vN.sql (a dump made by the version that wrote N) and a line
// below. There are no dumps of versions 9 to 13 and 15: migrations 9 to 14 only add tables, columns and
// checklist rows, and 16 only indexes, so a file of those versions upgrades through the same statements as
// the populated v8 file (through 9 to 16) and the populated v14 file (through 15, which rewrites the audit
// trail, and 16).
#include "storage/Migrations.h"

#include "TestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/plan/PlanTasks.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "domain/staff/StaffKind.h"
#include "storage/Attachments.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/access/UserStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;

namespace {
// Builds a database file from a dump, as the old version left it on disk.
QString restoreDump(const QTemporaryDir& dir, const QString& fixture) {
    QFile f(test::dataPath(QStringLiteral("storage/fixtures/") + fixture));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << fixture.toStdString();
    const QString path = dir.filePath(fixture + QStringLiteral(".sqlite"));
    sqlite3* raw = nullptr;
    EXPECT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(raw, f.readAll().constData(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(raw);
    return path;
}
} // namespace

TEST(Migrations, VersionsAreNumberedFromOneWithoutGaps) {
    const QStringList files =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (qsizetype i = 0; i < files.size(); ++i)
        EXPECT_TRUE(files[i].startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))))
            << files[i].toStdString();
    EXPECT_EQ(migrations::latestVersion(), files.size());
}

TEST(Migrations, UpgradesAPopulatedVersion1File) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v1.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    EXPECT_TRUE(Maintenance::check(**db)->isEmpty());

    RecordRepository samples(**db, canteen::foodSamplesKind());
    EXPECT_EQ(*samples.count(), 3);
    auto first = samples.get(1);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->value(QStringLiteral("dish")).toString(), QStringLiteral("番茄炒蛋"));
    EXPECT_EQ(first->value(QStringLiteral("disposed_at")).toDateTime(),
              QDateTime(QDate(2026, 9, 3), QTime(12, 0)));
    auto second = samples.get(2);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->value(QStringLiteral("notes")).toString(), QStringLiteral("两行\n备注"));
    EXPECT_EQ(*RecordRepository(**db, staff::staffKind()).count(), 2);

    // The upgraded file takes new records and audits them.
    Record r = *first;
    r.id = 0;
    EXPECT_TRUE(samples.insert(r, test::tester()).ok());

    // Version 2: the plan's tables, empty, with their foreign key and due-date triggers.
    EXPECT_EQ(*RecordRepository(**db, plan::semestersKind()).count(), 0);
    EXPECT_EQ(*RecordRepository(**db, plan::planTasksKind()).count(), 0);
    for (const char* name : {"semesters", "plan_tasks", "plan_tasks_due_insert", "plan_tasks_due_update",
                             "semesters_start_moves_due_dates", "semesters_one_current"}) {
        Query q(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = :n"));
        q.bind(QStringLiteral(":n"), QString::fromLatin1(name));
        ASSERT_TRUE(q.exec().ok());
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << name;
    }
    Record semester =
        plan::Semester{0, QStringLiteral("2026学年第一学期"), QDate(2026, 9, 1), QDate(2027, 1, 17), true}
            .toRecord();
    EXPECT_TRUE(RecordRepository(**db, plan::semestersKind()).insert(semester, test::tester()).ok());
}

TEST(Migrations, ReopeningAnUpgradedFileChangesNothing) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v1.sql"));
    { ASSERT_TRUE(Database::open(path).ok()); }
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)->schemaVersion(), migrations::latestVersion());
}

// Version 4 (the canteen module complete) to the latest: every record survives, and a workflow step can be
// recorded on the upgraded file.
TEST(Migrations, UpgradesAPopulatedVersion4File) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v4-demo.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*RecordRepository(**db, canteen::foodSamplesKind()).count(), 3);
    auto deliveries = RecordRepository(**db, canteen::deliveriesKind()).list();
    ASSERT_TRUE(deliveries.ok());
    ASSERT_EQ(deliveries->size(), 2);
    int lines = 0;
    for (const Record& d : *deliveries)
        lines += int(d.lines.size());
    EXPECT_EQ(lines, 7);
    Query steps(**db, QStringLiteral("SELECT COUNT(*) FROM workflow_steps"));
    ASSERT_TRUE(steps.exec().ok());
    ASSERT_TRUE(steps.next());
    EXPECT_EQ(steps.value(0).toInt(), 0);
}

// Version 7 adds the safety module's tables and the default checklists to a file with records.
TEST(Migrations, UpgradesAPopulatedVersion6File) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v6.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*RecordRepository(**db, canteen::foodSamplesKind()).count(), 5);
    EXPECT_EQ(*RecordRepository(**db, staff::staffKind()).count(), 40);
    Query items(**db,
                QStringLiteral("SELECT COUNT(DISTINCT checklist) FROM checklist_items WHERE active = 1"));
    ASSERT_TRUE(items.exec().ok());
    ASSERT_TRUE(items.next());
    // inspections, closing checks, hygiene checks; the facility checks' three levels (0014_facilities)
    EXPECT_EQ(items.value(0).toInt(), 6);
    Query hazards(**db, QStringLiteral("SELECT COUNT(*) FROM hazards"));
    ASSERT_TRUE(hazards.exec().ok());
    ASSERT_TRUE(hazards.next());
    EXPECT_EQ(hazards.value(0).toInt(), 0);
}

// Version 8 lets a checklist's lines have photos: the lines and the hazard they opened are unchanged, and
// a line's photo now goes when its inspection goes.
TEST(Migrations, UpgradesAPopulatedVersion7File) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v7.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    RecordRepository inspections(**db, safety::inspectionsKind());
    auto inspection = inspections.get(1);
    ASSERT_TRUE(inspection.ok()) << inspection.error().message.toStdString();
    ASSERT_EQ(inspection->lines.size(), 12);
    EXPECT_EQ(inspection->lines[0].value(QStringLiteral("hazard_id")).toLongLong(), 1);
    EXPECT_EQ(*RecordRepository(**db, safety::hazardsKind()).count(), 1);

    const QString linesKey = safety::inspectionsKind().lines->key;
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(image.save(&buffer, "JPEG"));
    AttachmentStore store(**db);
    ASSERT_TRUE(store.replace(
        linesKey, inspection->lines[0].id,
        {PendingPhoto{0, QStringLiteral("a.jpg"), QStringLiteral("image/jpeg"), 40, 30, jpeg, jpeg, {}}},
        test::tester()));
    ASSERT_TRUE(inspections.remove(1, test::tester()).ok());
    EXPECT_EQ(*store.count(linesKey, inspection->lines[0].id), 0);
}

// The walk-throughs, mentor pairs, competitions and awards arrive empty on a file with records.
TEST(Migrations, UpgradingAVersion6FileAddsThePatrolTablesEmpty) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v6.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    for (const char* table :
         {"patrols", "patrol_findings", "mentor_pairs", "mentor_reviews", "competitions", "awards"}) {
        SCOPED_TRACE(table);
        Query q(**db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        ASSERT_TRUE(q.exec().ok());
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
    EXPECT_EQ(*RecordRepository(**db, staff::staffKind()).count(), 40);
}

// The assets module's tables arrive empty on a populated version 7 file, and the file stays consistent.
TEST(Migrations, UpgradesAVersion7FileWithEmptyAssetTables) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v7.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    for (const char* table : {"assets", "loans", "repairs", "disposals", "disposal_lines"}) {
        Query q(**db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        ASSERT_TRUE(q.exec().ok()) << table;
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*RecordRepository(**db, staff::staffKind()).count(), 40); // earlier records untouched
}

TEST(Migrations, UpgradesAPopulatedVersion8File) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v8.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    RecordRepository staff(**db, staff::staffKind());
    EXPECT_EQ(*staff.count(), 40);
    ListQuery active;
    active.filter = staff::staffKind().pickerFilter;
    EXPECT_EQ(staff.list(active)->size(), 38);
    auto someone = staff.list({});
    ASSERT_TRUE(someone.ok() && !someone->isEmpty());
    EXPECT_TRUE(someone->first().isEmpty(QStringLiteral("hire_date")));
    EXPECT_EQ(*RecordRepository(**db, safety::hazardsKind()).count(), 1);
    auto inspection = RecordRepository(**db, safety::inspectionsKind()).get(1);
    ASSERT_TRUE(inspection.ok());
    EXPECT_EQ(inspection->lines.size(), 2);
    for (const char* table : {"training_sessions", "training_attendance", "exams", "exam_scores",
                              "appraisals", "appraisal_items", "stocktakes", "stocktake_lines"}) {
        Query q(**db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        ASSERT_TRUE(q.exec().ok()) << table;
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
}

// The version that added users and the audit chain (issue #13): an old file opens with no users (so the
// app asks for the director's account first) and every audit row it had is chained, oldest first.
TEST(Migrations, UpgradingChainsEveryOldAuditRowAndLeavesNoUsers) {
    QTemporaryDir dir;
    // The version before users and the chain (14), populated; it must open as it was and gain both.
    const QString path = restoreDump(dir, QStringLiteral("v14.sql"));
    qint64 oldRows = 0;
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(raw, "SELECT count(*) FROM audit_log", -1, &st, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
        oldRows = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(raw);
    }
    ASSERT_GT(oldRows, 0);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto anyUser = UserStore(**db).any();
    ASSERT_TRUE(anyUser.ok());
    EXPECT_FALSE(*anyUser);
    Query unchained(**db, QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL"));
    ASSERT_TRUE(unchained.exec().ok());
    ASSERT_TRUE(unchained.next());
    EXPECT_EQ(unchained.value(0).toLongLong(), 0);
    auto verdict = AuditChain::verify(**db);
    ASSERT_TRUE(verdict.ok());
    EXPECT_TRUE(verdict->intact()) << verdict->reason.toStdString();
    EXPECT_EQ(verdict->rowsChecked, oldRows);
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*RecordRepository(**db, staff::staffKind()).count(), 40); // earlier records untouched
}

// The purchase and requisition tables arrive empty on a populated version 8 file, which stays consistent.
TEST(Migrations, UpgradesAVersion8FileWithEmptyPurchaseTables) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v8.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    for (const char* table :
         {"purchase_requests", "purchase_request_lines", "requisitions", "requisition_lines"}) {
        Query q(**db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        ASSERT_TRUE(q.exec().ok()) << table;
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*RecordRepository(**db, staff::staffKind()).count(), 40); // earlier records untouched
}

TEST(Migrations, AVersion8FileGainsFacilityChecksUtilityReadingsAndTheLevelsChecklists) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v8.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    for (const char* table : {"facility_checks", "facility_check_lines", "utility_readings"}) {
        Query q(**db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        ASSERT_TRUE(q.exec().ok()) << table;
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
    for (const char* level : {"daily", "weekly", "monthly"}) {
        Query q(**db, QStringLiteral("SELECT COUNT(*) FROM checklist_items WHERE checklist = :c"));
        q.bind(QStringLiteral(":c"), QStringLiteral("facility-checks.") + QLatin1String(level));
        ASSERT_TRUE(q.exec().ok()) << level;
        ASSERT_TRUE(q.next());
        EXPECT_GE(q.value(0).toInt(), 5) << level;
    }
    // The earlier checklists and a stored inspection with its lines are untouched.
    auto inspection = RecordRepository(**db, safety::inspectionsKind()).get(1);
    ASSERT_TRUE(inspection.ok());
    EXPECT_EQ(inspection->lines.size(), 2);
    Record check = newRecord(assets::facilityChecksKind(), nullptr, (*db)->ruleContext());
    EXPECT_EQ(check.lines.size(), 6); // the daily small check
}

// Version 16 adds only indexes, for two dashboard items (issue #15): a populated file gains them and keeps
// every record.
TEST(Migrations, AVersion14FileGainsTheAttentionIndexesAndKeepsItsRecords) {
    QTemporaryDir dir;
    const QString path = restoreDump(dir, QStringLiteral("v14.sql"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    Query q(**db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
                           "('facility_check_lines_failed', 'inspection_lines_failed', "
                           "'closing_check_lines_failed', 'hygiene_check_lines_failed', "
                           "'patrol_findings_problems', 'exam_scores_absent', "
                           "'morning_checks_temperature', 'morning_checks_symptoms_action') ORDER BY name"));
    ASSERT_TRUE(q.exec().ok());
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    EXPECT_EQ(indexes,
              (QStringList{
                  QStringLiteral("closing_check_lines_failed"), QStringLiteral("exam_scores_absent"),
                  QStringLiteral("facility_check_lines_failed"), QStringLiteral("hygiene_check_lines_failed"),
                  QStringLiteral("inspection_lines_failed"), QStringLiteral("morning_checks_symptoms_action"),
                  QStringLiteral("morning_checks_temperature"), QStringLiteral("patrol_findings_problems")}));
    Query checks(**db, QStringLiteral("SELECT count(*) FROM morning_checks"));
    ASSERT_TRUE(checks.exec().ok());
    ASSERT_TRUE(checks.next());
    EXPECT_EQ(checks.value(0).toInt(), 5);
    auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
}
