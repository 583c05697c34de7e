// Demo data of the safety module: every kind filled with valid records, the hazards the inspections found
// linked both ways and taken through the 整改 workflow (one overdue), a drill every quarter, and the
// dashboard's safety items showing what a well-run kindergarten shows.
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/KindRegistry.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyCommon.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/AttentionService.h"
#include "storage/Maintenance.h"
#include "storage/RecordRepository.h"
#include "storage/WorkflowService.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {

const QStringList kSafetyKinds{QStringLiteral("hazards"),
                               QStringLiteral("inspections"),
                               QStringLiteral("responsibility-agreements"),
                               QStringLiteral("emergency-plans"),
                               QStringLiteral("drills"),
                               QStringLiteral("duty-rosters"),
                               QStringLiteral("visitors"),
                               QStringLiteral("early-pickups"),
                               QStringLiteral("guard-logs"),
                               QStringLiteral("closing-checks"),
                               QStringLiteral("safety-education"),
                               QStringLiteral("classes"),
                               QStringLiteral("hygiene-zones"),
                               QStringLiteral("hygiene-checks"),
                               QStringLiteral("greenery")};

QList<Record> all(Database& db, const RecordKind& kind, const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    q.limit = 1000000;
    auto list = RecordRepository(db, kind).list(q);
    EXPECT_TRUE(list.ok());
    return list.ok() ? *list : QList<Record>{};
}

class SafetyDemoTest : public ::testing::Test {
protected:
    // A Tuesday afternoon in term, in the second month of a quarter, after the 20th.
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    demo::Summary summary;
    void SetUp() override {
        auto s = demo::generate(t.db(), {1, 7}, test::tester());
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        summary = *s;
    }
    QDate today() { return t.db().now().date(); }
};

} // namespace

TEST_F(SafetyDemoTest, FillsEverySafetyKindWithValidRecords) {
    for (const QString& key : kSafetyKinds) {
        SCOPED_TRACE(key.toStdString());
        const RecordKind* kind = findKind(key);
        ASSERT_NE(kind, nullptr);
        RecordRepository repo(t.db(), *kind);
        const QList<Record> records = all(t.db(), *kind);
        EXPECT_GT(records.size(), 0);
        EXPECT_EQ(records.size(), summary.value(key));
        for (const Record& r : records) {
            const Issues issues = repo.validate(r);
            ASSERT_FALSE(hasErrors(issues))
                << r.id << ": " << (issues.isEmpty() ? std::string() : issues.first().message.toStdString());
            if (kind->dateField.isEmpty())
                continue;
            const QVariant when = r.value(kind->dateField);
            EXPECT_LE(when.toDate(), today()) << "no record after today";
        }
    }
    EXPECT_TRUE(Maintenance::check(t.db())->isEmpty());
}

TEST_F(SafetyDemoTest, InspectionsAreWeeklyWithAFewFailuresThatBecameHazards) {
    const QList<Record> inspections = all(t.db(), safety::inspectionsKind());
    // Two campuses, about forty school weeks a year, plus the big checks before and at the end of term.
    EXPECT_GE(inspections.size(), 70);
    QSet<QString> types;
    int withFailures = 0;
    for (const Record& inspection : inspections) {
        types << inspection.value(QStringLiteral("inspection_type")).toString();
        const QList<int> failed = safety::hazardLines(safety::inspectionsKind(), inspection);
        if (failed.isEmpty())
            continue;
        ++withFailures;
        EXPECT_LE(failed.size(), 2);
        for (int i : failed) {
            const Record& line = inspection.lines.at(i);
            EXPECT_FALSE(line.isEmpty(safety::checklist::kNote));
            // The line names its hazard, and the hazard names the line as its source.
            ASSERT_FALSE(line.isEmpty(safety::checklist::kHazardId));
            auto hazard = RecordRepository(t.db(), safety::hazardsKind())
                              .get(line.value(safety::checklist::kHazardId).toLongLong());
            ASSERT_TRUE(hazard.ok());
            EXPECT_EQ(hazard->value(safety::hazard::kSource).toString(),
                      safety::sourceRef(QStringLiteral("inspections"), inspection.id, i + 1));
            EXPECT_EQ(hazard->value(safety::hazard::kFoundOn).toDate(),
                      inspection.value(QStringLiteral("date")).toDate());
        }
    }
    EXPECT_TRUE(types.contains(QStringLiteral("routine")));
    EXPECT_TRUE(types.contains(QStringLiteral("pre-term")));
    EXPECT_TRUE(types.contains(QStringLiteral("end-of-term")));
    // About one in ten.
    EXPECT_GE(withFailures, inspections.size() / 25);
    EXPECT_LE(withFailures, inspections.size() / 5);
}

TEST_F(SafetyDemoTest, HazardsGoThroughTheWorkflowMostClosedOnTimeExactlyOneOverdue) {
    namespace hz = safety::hazard;
    const QList<Record> hazards = all(t.db(), safety::hazardsKind());
    int closed = 0, overdue = 0, toVerify = 0, direct = 0, sentBack = 0;
    WorkflowService wf(t.db());
    for (const Record& h : hazards) {
        const QString state = h.value(hz::kState).toString();
        if (h.isEmpty(hz::kSource))
            ++direct;
        if (safety::isOverdue(h, today())) {
            ++overdue;
            EXPECT_EQ(state, hz::kInProgress);
        }
        if (state == hz::kToVerify) {
            ++toVerify;
            EXPECT_GE(h.value(hz::kDeadline).toDate(), today().addDays(-0));
        }
        if (state != hz::kClosed)
            continue;
        ++closed;
        EXPECT_NE(h.value(hz::kVerifiedBy), h.value(hz::kOwner));
        EXPECT_FALSE(h.isEmpty(hz::kMeasures));
        auto history = wf.history(safety::hazardsKind(), h.id);
        ASSERT_TRUE(history.ok());
        ASSERT_GE(history->size(), 3);
        EXPECT_EQ(history->first().step, QStringLiteral("assign"));
        EXPECT_EQ(history->last().step, QStringLiteral("verify"));
        // Stamped as an office would have taken the steps: in order, from the day it was found, never
        // after now (not all at the moment the demo was made).
        EXPECT_GE(history->first().at.date(), h.value(hz::kFoundOn).toDate());
        EXPECT_LT(history->first().at.date(), today());
        QDateTime previous;
        for (const auto& e : *history) {
            sentBack += e.step == QStringLiteral("send-back");
            EXPECT_LE(e.at, t->now());
            EXPECT_GE(e.at, previous);
            previous = e.at;
        }
    }
    EXPECT_EQ(overdue, 1);
    EXPECT_GE(toVerify, 1);
    EXPECT_LE(toVerify, 3);
    EXPECT_GE(closed, hazards.size() * 3 / 4);
    EXPECT_GT(direct, 0);
    EXPECT_LT(direct, hazards.size());
    EXPECT_LT(sentBack, closed / 2);
    EXPECT_EQ(all(t.db(), safety::hazardsKind(), QStringLiteral("overdue")).size(), 1);
}

TEST_F(SafetyDemoTest, ADrillEveryQuarterAndTheDailyRecordsOfTheGate) {
    const QList<Record> drills = all(t.db(), safety::drillsKind());
    for (QDate q = safety::quarterStart(today().addYears(-1)); q <= today(); q = q.addMonths(3)) {
        SCOPED_TRACE(q.toString(Qt::ISODate).toStdString());
        const bool any = std::any_of(drills.cbegin(), drills.cend(), [&](const Record& d) {
            const QDate day = d.value(QStringLiteral("date")).toDate();
            return day >= q && day < q.addMonths(3) && !d.isEmpty(QStringLiteral("evacuation_seconds"));
        });
        EXPECT_TRUE(any);
    }
    int refused = 0;
    for (const Record& v : all(t.db(), safety::visitorsKind())) {
        const double c = v.value(QStringLiteral("temperature_c")).toDouble();
        EXPECT_GE(c, 36.0);
        refused += !safety::visitorAdmitted(c, t.db().settings());
        EXPECT_FALSE(v.isEmpty(QStringLiteral("time_out")));
        EXPECT_EQ(v.value(QStringLiteral("id_number")).toString().size(), 18);
    }
    EXPECT_LE(refused, 3);
    for (const Record& p : all(t.db(), safety::earlyPickupsKind()))
        if (!p.isEmpty(QStringLiteral("left_at"))) {
            EXPECT_FALSE(p.isEmpty(QStringLiteral("teacher_signed_by")));
        }
    // Day and night guard logs, a duty roster every day.
    EXPECT_GE(summary.value(QStringLiteral("guard-logs")), 2 * 365);
    EXPECT_GE(summary.value(QStringLiteral("duty-rosters")), 365);
}

TEST_F(SafetyDemoTest, TheDashboardRaisesOnlyTheOverdueHazardAndWhatWaitsForVerification) {
    auto states = AttentionService(t.db()).evaluateAll();
    ASSERT_TRUE(states.ok()) << states.error().message.toStdString();
    bool overdueRaised = false;
    for (const AttentionState& s : *states) {
        const QString key = s.item->key;
        if (!key.startsWith(QStringLiteral("safety.")))
            continue;
        SCOPED_TRACE(key.toStdString());
        if (key == QStringLiteral("safety.hazards-overdue")) {
            overdueRaised = s.raised;
            EXPECT_EQ(s.count, 1);
        } else if (key != QStringLiteral("safety.hazards-to-verify")) {
            EXPECT_FALSE(s.raised) << s.count;
        }
    }
    EXPECT_TRUE(overdueRaised);
}

TEST(SafetyDemo, IsDeterministic) {
    auto overdueOf = [](QDate today) {
        test::TempDb t(QDateTime(today, QTime(10, 0)));
        EXPECT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
        const QList<Record> overdue = all(t.db(), safety::hazardsKind(), QStringLiteral("overdue"));
        return overdue.isEmpty() ? QString()
                                 : overdue.first().value(safety::hazard::kDescription).toString() +
                                       overdue.first().value(safety::hazard::kFoundOn).toDate().toString();
    };
    const QString first = overdueOf(QDate(2026, 3, 18));
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(overdueOf(QDate(2026, 3, 18)), first);
}

TEST(SafetyDemo, ThisWeeksRoundIsARoutineOneWhileTheTermGoesOn) {
    // A Thursday: this week's round (Wednesday) is done, the term ends in January.
    test::TempDb t(QDateTime(QDate(2026, 11, 26), QTime(16, 0)));
    ASSERT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
    const QList<Record> inspections = all(t.db(), safety::inspectionsKind());
    const auto latest =
        std::max_element(inspections.cbegin(), inspections.cend(), [](const Record& a, const Record& b) {
            return a.value(QStringLiteral("date")).toDate() < b.value(QStringLiteral("date")).toDate();
        });
    ASSERT_NE(latest, inspections.cend());
    EXPECT_EQ(latest->value(QStringLiteral("date")).toDate(), QDate(2026, 11, 25));
    EXPECT_EQ(latest->value(QStringLiteral("inspection_type")).toString().toStdString(), "routine");
    // Last week's failure is rectified and waits for verification, within its deadline.
    EXPECT_GE(all(t.db(), safety::hazardsKind(), QStringLiteral("state-to-verify")).size(), 1);
    EXPECT_EQ(all(t.db(), safety::hazardsKind(), QStringLiteral("overdue")).size(), 1);
}
