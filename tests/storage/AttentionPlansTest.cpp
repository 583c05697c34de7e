// The dashboard items that look through every record of their kind must be answered from an index, so
// that their cost does not grow with the years of records (issue #15, docs/performance.md "Growth"): the
// query plan of each one's count, with the values it really binds, has no SCAN of the kind's table. A
// plan assertion, not a timing. The indexes are migration 0016's.
#include "TestSupport.h"
#include "domain/Attention.h"
#include "domain/KindRegistry.h"
#include "domain/assets/AssetKinds.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/safety/Checklists.h"
#include "storage/AttentionService.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <QRegularExpression>
#include <algorithm>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;
namespace cl = houqin::safety::checklist;

namespace {
const QDate kToday(2026, 11, 16);

// The plan of the last statement containing every marker that `run` executed, with its bound values
// written in (sqlite3_expanded_sql): SQLite plans a statement again with the values bound, and only then
// can it see that "result = :p0" bound to 'fail' matches a partial index's WHERE.
QStringList planOf(Database& db, const std::function<void()>& run, const QStringList& markers) {
    QStringList statements;
    sqlite3_trace_v2(
        db.handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* ctx, void* stmt, void*) {
            char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
            static_cast<QStringList*>(ctx)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
            return 0;
        },
        &statements);
    run();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    QString sql;
    for (const QString& s : statements)
        if (std::all_of(markers.begin(), markers.end(), [&](const QString& m) { return s.contains(m); }))
            sql = s;
    EXPECT_FALSE(sql.isEmpty()) << "no statement with " << markers.join(QStringLiteral(", ")).toStdString();
    QStringList plan;
    sqlite3_stmt* st = nullptr;
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), explain.constData(), -1, &st, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db.handle());
    while (st && sqlite3_step(st) == SQLITE_ROW)
        plan << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    sqlite3_finalize(st);
    return plan;
}

class AttentionPlansTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};

    // The item's count, evaluated as the dashboard does, and the plan of its statement.
    QStringList itemPlan(const QString& key, const QStringList& markers, int* count) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        if (!item)
            return {};
        return planOf(
            t.db(),
            [&] {
                auto s = AttentionService(t.db()).evaluate(*item);
                ASSERT_TRUE(s.ok());
                *count = s->count;
            },
            markers);
    }
    bool isPartialIndex(const QString& name) {
        Query q(t.db(),
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"));
        q.bind(QStringLiteral(":name"), name);
        return q.exec().ok() && q.next() && q.value(0).toString().contains(QStringLiteral(" WHERE "));
    }
    void facilityCheck(bool failed, bool handled) {
        Record r = newRecord(assets::facilityChecksKind(), nullptr, t->ruleContext());
        assets::facilityChecksKind().fillLines(r, t->ruleContext());
        r.set(assets::facility::kChecker, QStringLiteral("王师傅"));
        if (failed) {
            r.lines[0].set(cl::kResult, cl::kFail);
            r.lines[0].set(cl::kNote, QStringLiteral("螺丝松动"));
        }
        auto id = RecordRepository(t.db(), assets::facilityChecksKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        if (handled) {
            ASSERT_TRUE(Query::run(t.db(), QStringLiteral("UPDATE facility_check_lines SET repair_id = 1 "
                                                          "WHERE facility_check_id = %1")
                                               .arg(*id))
                            .ok());
        }
    }
    void morningCheck(const QString& person, double temperature, const QString& action = {}) {
        Record r = newRecord(canteen::morningChecksKind(), nullptr, t->ruleContext());
        r.set(QStringLiteral("person"), person);
        r.set(QStringLiteral("temperature_c"), temperature);
        r.set(QStringLiteral("checked_by"), QStringLiteral("保健老师"));
        if (!action.isEmpty())
            r.set(QStringLiteral("action"), action);
        auto id = RecordRepository(t.db(), canteen::morningChecksKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
};

bool scans(const QStringList& plan, const QString& table) {
    return std::any_of(plan.begin(), plan.end(), [&](const QString& step) {
        return step.startsWith(QStringLiteral("SCAN ") + table + QLatin1Char(' ')) ||
               step == QStringLiteral("SCAN ") + table;
    });
}
} // namespace

TEST_F(AttentionPlansTest, FailedFacilityItemsAreReadFromTheOpenFailuresOnly) {
    facilityCheck(false, false);
    facilityCheck(true, true);  // handled: a repair was opened from it
    facilityCheck(true, false); // open
    int count = -1;
    const QStringList plan =
        itemPlan(QStringLiteral("assets.facility-failed-unhandled"),
                 {QStringLiteral("COUNT"), QStringLiteral("facility_check_lines")}, &count);
    EXPECT_EQ(count, 1);
    const QString text = plan.join(QStringLiteral(" | "));
    EXPECT_FALSE(scans(plan, QStringLiteral("facility_checks"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SEARCH facility_checks USING INTEGER PRIMARY KEY")))
        << text.toStdString();
    // Only the open failures are read: hazard_id and repair_id both empty, searched in the partial index.
    EXPECT_TRUE(text.contains(QStringLiteral(
        "SEARCH t1 USING COVERING INDEX facility_check_lines_failed (hazard_id=? AND repair_id=?)")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("SCAN t1"))) << text.toStdString();
}

TEST_F(AttentionPlansTest, UnfitStaffWithoutAMeasureAreFoundThroughOneIndexSearchPerSymptom) {
    morningCheck(QStringLiteral("甲"), 36.6);
    morningCheck(QStringLiteral("乙"), 38.0, QStringLiteral("已回家休息"));
    morningCheck(QStringLiteral("丙"), 37.3);
    for (const double fever : {37.3, 37.5}) {
        SCOPED_TRACE(fever);
        KindergartenSettings s = t->settings();
        s.feverThresholdC = fever;
        ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
        int count = -1;
        const QStringList plan = itemPlan(
            QStringLiteral("canteen.unfit-without-measure"),
            {QStringLiteral("COUNT"), QStringLiteral("morning_checks"), QStringLiteral("action IS NULL")},
            &count);
        EXPECT_EQ(count, fever <= 37.3 ? 1 : 0);
        const QString text = plan.join(QStringLiteral(" | "));
        EXPECT_FALSE(scans(plan, QStringLiteral("morning_checks"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("MULTI-INDEX OR"))) << text.toStdString();
        EXPECT_EQ(text.count(QStringLiteral("USING INDEX morning_checks_temperature (temperature_c>?)")), 1)
            << text.toStdString();
        EXPECT_EQ(text.count(QStringLiteral("USING INDEX morning_checks_symptoms_action (action=?)")), 6)
            << text.toStdString();
    }
}

TEST_F(AttentionPlansTest, EveryFilterLookingForARecordsOwnLinesReadsTheMatchingLinesFromAnIndex) {
    // Declared filters written as "id IN (SELECT <parent> FROM <lines> ...)": neither the records nor the
    // lines are read whole; the lines come from an index holding the ones the filter looks for. A new
    // filter of that shape needs its index (in a migration) or fails here.
    facilityCheck(true, false);
    int checked = 0;
    for (const RecordKind* kind : allKinds())
        for (const FilterDef& f : kind->filters) {
            if (!kind->lines)
                continue;
            RecordRepository repo(t.db(), *kind);
            ListQuery q;
            q.filter = f.key;
            const QStringList plan = planOf(t.db(), [&] { ASSERT_TRUE(repo.count(q).ok()); },
                                            {QStringLiteral("COUNT"), kind->table});
            const QString text = plan.join(QStringLiteral(" | "));
            if (!text.contains(QStringLiteral("LIST SUBQUERY")))
                continue;
            SCOPED_TRACE((kind->key + QLatin1Char('/') + f.key + QStringLiteral(": ") + text).toStdString());
            ++checked;
            EXPECT_FALSE(scans(plan, kind->table));
            for (const QString& step : plan) {
                if (step.startsWith(QStringLiteral("SCAN t1"))) {
                    EXPECT_TRUE(isPartialIndex(step.section(QLatin1Char(' '), -1))) << step.toStdString();
                }
            }
            EXPECT_TRUE(text.contains(QStringLiteral("SEARCH ") + kind->table +
                                      QStringLiteral(" USING INTEGER PRIMARY KEY")));
        }
    EXPECT_GE(checked, 7) << "with failed items (4 checklists), patrols (2), exams";
}
