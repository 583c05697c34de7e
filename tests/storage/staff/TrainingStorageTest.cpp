// The staff and training module on a real database: round trips of each kind with its lines, the
// appraisal's one-a-month constraint, prefilled attendance and the dashboard items on both sides of their
// boundaries.
#include "TestSupport.h"
#include "domain/staff/StaffKind.h"
#include "domain/staff/TrainingKinds.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::staff;
namespace t = houqin::staff::training;

namespace {
const QDate kMonday(2026, 11, 16);

class TrainingStorageTest : public ::testing::Test {
protected:
    test::TempDb db{QDateTime(kMonday, QTime(10, 0))};

    void SetUp() override {
        addStaff(QStringLiteral("张丽"), QStringLiteral("childcare"));
        addStaff(QStringLiteral("王芳"), QStringLiteral("canteen"));
        addStaff(QStringLiteral("李娜"), QStringLiteral("cleaner"));
        addStaff(QStringLiteral("赵敏"), QStringLiteral("childcare"), QStringLiteral("left"));
    }
    void addStaff(const QString& name, const QString& post,
                  const QString& status = QStringLiteral("active")) {
        Record r = newRecord(staffKind(), nullptr, db->ruleContext());
        r.set(QStringLiteral("name"), name);
        r.set(QStringLiteral("post"), post);
        r.set(QStringLiteral("status"), status);
        r.set(QStringLiteral("hire_date"), QDate(2025, 9, 1));
        auto id = RecordRepository(db.db(), staffKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    Result<qint64> insert(const RecordKind& kind, const Record& r) {
        return RecordRepository(db.db(), kind).insert(r, test::tester());
    }
    Record session(QDate date, const QString& kind = t::kTheory) {
        Record r = newRecord(trainingSessionsKind(), nullptr, db->ruleContext());
        r.set(t::kDate, date);
        r.set(t::kKind, kind);
        r.set(t::kTopic, QStringLiteral("消毒知识"));
        return r;
    }
    Record appraisalOf(const QString& person, QDate month) {
        Record r = newRecord(appraisalsKind(), nullptr, db->ruleContext());
        r.set(t::kPerson, person);
        r.set(t::kMonth, month);
        for (Record& line : r.lines)
            line.set(t::kScore, 90.0);
        return r;
    }
    AttentionState state(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        if (!item)
            return {};
        auto s = AttentionService(db.db()).evaluate(*item);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return s.ok() ? *s : AttentionState{};
    }
    void setNow(QDate day) { db.setNow(QDateTime(day, QTime(10, 0))); }
    // Saves the settings as the Settings dialog does, changed by `change`.
    void changeSettings(const std::function<void(KindergartenSettings&)>& change) {
        KindergartenSettings s = db->settings();
        change(s);
        ASSERT_TRUE(SettingsStore::save(db.db(), s, test::tester()).ok());
    }
};
} // namespace

TEST_F(TrainingStorageTest, ANewSessionListsTheActiveStaffAndRoundTrips) {
    Record r = session(kMonday);
    QStringList people;
    for (const Record& line : r.lines)
        people << line.value(t::kPerson).toString();
    EXPECT_EQ(people, (QStringList{QStringLiteral("张丽"), QStringLiteral("李娜"), QStringLiteral("王芳")}));
    r.lines[1].set(t::kAttendance, QStringLiteral("leave"));
    auto id = insert(trainingSessionsKind(), r);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto back = RecordRepository(db.db(), trainingSessionsKind()).get(*id);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->lines.size(), 3);
    EXPECT_EQ(back->lines[1].value(t::kAttendance).toString(), QStringLiteral("leave"));
    EXPECT_EQ(back->value(t::kTopic).toString(), QStringLiteral("消毒知识"));
    EXPECT_EQ(
        deriveValues(trainingSessionsKind(), *back, db->ruleContext()).value(QStringLiteral("present_count")),
        QVariant(qint64(2)));
}

TEST_F(TrainingStorageTest, AnExamKeepsItsAbsentAndItsPassMark) {
    Record r = newRecord(examsKind(), nullptr, db->ruleContext());
    r.set(t::kSubject, QStringLiteral("食品安全"));
    ASSERT_EQ(r.lines.size(), 3);
    r.lines[0].set(t::kScore, 59.9);
    r.lines[1].set(t::kScore, 60.0);
    auto id = insert(examsKind(), r);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto back = RecordRepository(db.db(), examsKind()).get(*id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->value(t::kPassMark).toDouble(), 60.0);
    EXPECT_TRUE(back->lines[2].isEmpty(t::kScore));
    RuleContext c = db->ruleContext();
    c.parent = &*back;
    EXPECT_EQ(deriveValues(*examsKind().lines, back->lines[0], c).value(t::kResult).toString(), t::kFail);
    EXPECT_EQ(deriveValues(*examsKind().lines, back->lines[1], c).value(t::kResult).toString(), t::kPass);
    EXPECT_EQ(deriveValues(*examsKind().lines, back->lines[2], c).value(t::kResult).toString(), t::kAbsent);
    ListQuery q;
    q.filter = QStringLiteral("with-absent");
    EXPECT_EQ(RecordRepository(db.db(), examsKind()).list(q)->size(), 1);
}

TEST_F(TrainingStorageTest, OneAppraisalPerPersonAndMonthWithATranslatedRefusal) {
    const QDate november(2026, 11, 1);
    auto first = insert(appraisalsKind(), appraisalOf(QStringLiteral("张丽"), november));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto back = RecordRepository(db.db(), appraisalsKind()).get(*first);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->lines.size(), 4);
    EXPECT_EQ(back->lines[1].value(t::kItem).toString(), QStringLiteral("岗位职责"));
    EXPECT_EQ(deriveValues(appraisalsKind(), *back, db->ruleContext()).value(t::kGrade).toString(),
              QStringLiteral("excellent"));
    auto again = insert(appraisalsKind(), appraisalOf(QStringLiteral("张丽"), november));
    ASSERT_FALSE(again.ok());
    ASSERT_EQ(again.error().issues.size(), 1);
    EXPECT_EQ(again.error().issues.first().field, t::kPerson);
    EXPECT_EQ(again.error().issues.first().message,
              QCoreApplication::translate(
                  "Constraints", "This person already has an appraisal for that month; edit it instead."));
    // Another month, or another person, is not refused.
    EXPECT_TRUE(insert(appraisalsKind(), appraisalOf(QStringLiteral("张丽"), QDate(2026, 10, 1))).ok());
    EXPECT_TRUE(insert(appraisalsKind(), appraisalOf(QStringLiteral("王芳"), november)).ok());
}

TEST_F(TrainingStorageTest, NoStudySessionIsRaisedOnTheFourteenthDayNotTheThirteenth) {
    const QString key = QStringLiteral("staff.no-study-14-days");
    EXPECT_TRUE(state(key).raised);
    // Skills training is not study.
    ASSERT_TRUE(insert(trainingSessionsKind(), session(kMonday.addDays(-1), t::kSkills)).ok());
    EXPECT_TRUE(state(key).raised);
    ASSERT_TRUE(insert(trainingSessionsKind(), session(kMonday.addDays(-14))).ok());
    EXPECT_TRUE(state(key).raised) << "a session 14 days ago is not in the last 14 days";
    ASSERT_TRUE(insert(trainingSessionsKind(), session(kMonday.addDays(-13), t::kCanteenTheory)).ok());
    EXPECT_FALSE(state(key).raised) << "a session 13 days ago is";
    setNow(kMonday.addDays(1)); // now 14 days after it
    EXPECT_TRUE(state(key).raised);
}

TEST_F(TrainingStorageTest, ExamNotHeldIsRaisedInTheMonthsLastWeekUntilOneIsRecorded) {
    const QString key = QStringLiteral("staff.exam-not-held");
    setNow(QDate(2026, 11, 23)); // 30 days: the last week starts on the 24th
    EXPECT_FALSE(state(key).raised);
    setNow(QDate(2026, 11, 24));
    EXPECT_TRUE(state(key).raised);
    Record exam = newRecord(examsKind(), nullptr, db->ruleContext());
    exam.set(t::kSubject, QStringLiteral("食品安全"));
    ASSERT_TRUE(insert(examsKind(), exam).ok());
    EXPECT_FALSE(state(key).raised);
    setNow(QDate(2026, 12, 25)); // December's last week, November's exam does not count
    EXPECT_TRUE(state(key).raised);
}

TEST_F(TrainingStorageTest, IncompleteAppraisalsAreRaisedFromTheTwentyFifthNamingWhoIsMissing) {
    const QString key = QStringLiteral("staff.appraisals-incomplete");
    setNow(QDate(2026, 11, 24));
    EXPECT_FALSE(state(key).raised);
    setNow(QDate(2026, 11, 25));
    EXPECT_EQ(state(key).count, 3); // the one who left is not asked for
    ASSERT_TRUE(insert(appraisalsKind(), appraisalOf(QStringLiteral("张丽"), QDate(2026, 11, 1))).ok());
    ASSERT_TRUE(insert(appraisalsKind(), appraisalOf(QStringLiteral("王芳"), QDate(2026, 10, 1))).ok());
    ListQuery q;
    q.filter = QStringLiteral("without-appraisal-this-month");
    auto missing = RecordRepository(db.db(), staffKind()).list(q);
    ASSERT_TRUE(missing.ok());
    QStringList names;
    for (const Record& r : *missing)
        names << r.value(QStringLiteral("name")).toString();
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("李娜"), QStringLiteral("王芳")}));
    ASSERT_TRUE(insert(appraisalsKind(), appraisalOf(QStringLiteral("王芳"), QDate(2026, 11, 1))).ok());
    ASSERT_TRUE(insert(appraisalsKind(), appraisalOf(QStringLiteral("李娜"), QDate(2026, 11, 1))).ok());
    EXPECT_FALSE(state(key).raised);
}

TEST_F(TrainingStorageTest, ThePickerFilterOffersOnlyStaffAtWork) {
    ListQuery q;
    q.filter = staffKind().pickerFilter;
    auto people = RecordRepository(db.db(), staffKind()).list(q);
    ASSERT_TRUE(people.ok());
    EXPECT_EQ(people->size(), 3);
    for (const Record& r : *people)
        EXPECT_NE(r.value(QStringLiteral("name")).toString(), QStringLiteral("赵敏"));
}

// The three windows are settings; the item key keeps the default's number, the label the setting's.
TEST_F(TrainingStorageTest, TheStudyIntervalIsASettingAndTheLabelNamesIt) {
    const QString key = QStringLiteral("staff.no-study-14-days");
    changeSettings([](KindergartenSettings& s) { s.studyIntervalDays = 10; });
    EXPECT_EQ(state(key).label, QStringLiteral("No study session in the last 10 days"));
    ASSERT_TRUE(insert(trainingSessionsKind(), session(kMonday.addDays(-10))).ok());
    EXPECT_TRUE(state(key).raised) << "a session 10 days ago is outside a 10-day interval";
    ASSERT_TRUE(insert(trainingSessionsKind(), session(kMonday.addDays(-9))).ok());
    EXPECT_FALSE(state(key).raised) << "one 9 days ago is inside it";
}

TEST_F(TrainingStorageTest, TheExamReminderStartsTheSettingsDaysBeforeTheMonthsEnd) {
    const QString key = QStringLiteral("staff.exam-not-held");
    changeSettings([](KindergartenSettings& s) { s.examRemindLastDays = 3; });
    setNow(QDate(2026, 11, 27)); // 30 days: the last three are the 28th to the 30th
    EXPECT_FALSE(state(key).raised);
    setNow(QDate(2026, 11, 28));
    EXPECT_TRUE(state(key).raised);
}

TEST_F(TrainingStorageTest, TheAppraisalReminderStartsOnTheSettingsDay) {
    const QString key = QStringLiteral("staff.appraisals-incomplete");
    changeSettings([](KindergartenSettings& s) { s.appraisalRemindFromDay = 20; });
    setNow(QDate(2026, 11, 19));
    EXPECT_FALSE(state(key).raised);
    setNow(QDate(2026, 11, 20));
    EXPECT_TRUE(state(key).raised);
}
