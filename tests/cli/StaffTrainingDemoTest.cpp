// Demo data of the staff and training module: fortnightly study of both kinds, skills training every other
// month, a monthly exam with a few people absent, one appraisal per active person and month with a spread of
// grades, and on the demo's day the dashboard's staff items quiet.
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/staff/StaffKind.h"
#include "domain/staff/TrainingKinds.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace houqin;
namespace t = houqin::staff::training;

namespace {

QList<Record> whole(Database& db, const RecordKind& kind) {
    RecordRepository repo(db, kind);
    ListQuery q;
    q.limit = 1000000;
    QList<Record> out;
    for (const Record& r : *repo.list(q))
        out << *repo.get(r.id);
    return out;
}

class StaffTrainingDemoTest : public ::testing::Test {
protected:
    test::TempDb db{QDateTime(QDate(2026, 11, 26), QTime(16, 0))}; // after the 25th, in the exam week
    void SetUp() override {
        auto s = demo::generate(db.db(), {1, 7}, test::tester());
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }
};

} // namespace

TEST_F(StaffTrainingDemoTest, SessionsExamsAndAppraisalsFollowTheCadenceWithASpread) {
    const QList<Record> sessions = whole(db.db(), houqin::staff::trainingSessionsKind());
    QMap<QString, int> byKind;
    for (const Record& r : sessions) {
        ++byKind[r.value(t::kKind).toString()];
        EXPECT_TRUE(validateRecord(houqin::staff::trainingSessionsKind(), r, db->ruleContext()).isEmpty());
    }
    EXPECT_GE(byKind.value(t::kTheory), 15); // fortnightly through the terms
    EXPECT_GE(byKind.value(t::kCanteenTheory), 15);
    EXPECT_GE(byKind.value(t::kSkills), 3);
    EXPECT_LE(byKind.value(t::kSkills), 6);

    int absent = 0;
    for (const Record& e : whole(db.db(), houqin::staff::examsKind()))
        for (const Record& line : e.lines)
            absent += line.isEmpty(t::kScore) ? 1 : 0;
    EXPECT_GT(absent, 0);

    const QList<Record> appraisals = whole(db.db(), houqin::staff::appraisalsKind());
    QSet<QString> grades;
    QMap<QDate, int> perMonth;
    for (const Record& a : appraisals) {
        grades << deriveValues(houqin::staff::appraisalsKind(), a, db->ruleContext())
                      .value(t::kGrade)
                      .toString();
        ++perMonth[a.value(t::kMonth).toDate()];
    }
    EXPECT_GE(grades.size(), 3) << "a plausible spread of grades";
    ListQuery active;
    active.filter = houqin::staff::staffKind().pickerFilter;
    const qint64 people = *RecordRepository(db.db(), houqin::staff::staffKind()).count(active);
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it)
        EXPECT_EQ(it.value(), people) << it.key().toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(perMonth.contains(QDate(2026, 11, 1)));

    for (const AttentionItem& item : houqin::staff::attentionItems()) {
        auto s = AttentionService(db.db()).evaluate(item);
        ASSERT_TRUE(s.ok());
        EXPECT_FALSE(s->raised) << item.key.toStdString();
    }
}

TEST(StaffTrainingDemo, IsDeterministic) {
    QList<QList<QVariantMap>> runs;
    for (int i = 0; i < 2; ++i) {
        test::TempDb db{QDateTime(QDate(2026, 11, 26), QTime(16, 0))};
        ASSERT_TRUE(demo::generate(db.db(), {1, 7}, test::tester()).ok());
        QList<QVariantMap> values;
        for (const Record& a : whole(db.db(), houqin::staff::appraisalsKind()))
            for (const Record& line : a.lines)
                values << line.values.toMap();
        runs << values;
    }
    EXPECT_EQ(runs[0], runs[1]);
}
