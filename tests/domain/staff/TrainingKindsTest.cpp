// The staff and training module's rules on both sides of their boundaries: exam results against the pass
// mark, the appraisal's weighted total and grades, the rubric's weights, and the kinds' own checks.
#include "domain/staff/TrainingKinds.h"

#include "../canteen/CanteenTestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/staff/StaffKind.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::staff;
using houqin::test::hasErrorOn;
namespace t = houqin::staff::training;

namespace {
const QDate kToday(2026, 11, 16);

RuleContext ctx(KindergartenSettings s = {}) {
    return test::ctxOn(kToday, std::move(s));
}

Record itemLine(const QString& item, double weight, QVariant score) {
    Record line;
    line.set(t::kItem, item);
    line.set(t::kWeight, weight);
    if (score.isValid())
        line.set(t::kScore, score);
    return line;
}

// An appraisal of the default rubric with the four scores given.
Record appraisal(double attendance, double duty, double hygiene, double service) {
    Record r;
    r.set(t::kMonth, QDate(2026, 11, 1));
    r.set(t::kPerson, QStringLiteral("张丽"));
    r.lines = {
        itemLine(QStringLiteral("出勤纪律"), 20, attendance), itemLine(QStringLiteral("岗位职责"), 30, duty),
        itemLine(QStringLiteral("卫生保育"), 30, hygiene), itemLine(QStringLiteral("服务态度"), 20, service)};
    return r;
}

Record scoreLine(const QString& person, QVariant score = {}) {
    Record line;
    line.set(t::kPerson, person);
    if (score.isValid())
        line.set(t::kScore, score);
    return line;
}

Record exam(double passMark = 60) {
    Record r;
    r.set(t::kMonth, QDate(2026, 11, 1));
    r.set(t::kDate, QDate(2026, 11, 26));
    r.set(t::kSubject, QStringLiteral("食品安全"));
    r.set(t::kPassMark, passMark);
    r.lines = {scoreLine(QStringLiteral("张丽"), 59.9), scoreLine(QStringLiteral("王芳"), 60.0),
               scoreLine(QStringLiteral("李娜"))};
    return r;
}
} // namespace

TEST(TrainingKinds, AreRegisteredWithTheirLines) {
    for (const char* key : {"training-sessions", "exams", "appraisals"}) {
        const RecordKind* kind = findKind(QString::fromLatin1(key));
        ASSERT_NE(kind, nullptr) << key;
        EXPECT_TRUE(kind->lines) << key;
    }
}

TEST(ExamResult, FiftyNinePointNineFailsAndSixtyPasses) {
    EXPECT_EQ(examResult(59.9, 60), t::kFail);
    EXPECT_EQ(examResult(60.0, 60), t::kPass);
    EXPECT_EQ(examResult(100.0, 60), t::kPass);
    EXPECT_EQ(examResult(QVariant(), 60), t::kAbsent);
    // The exam's own pass mark, not the setting's.
    EXPECT_EQ(examResult(65.0, 70), t::kFail);
    EXPECT_EQ(examResult(70.0, 70), t::kPass);
}

TEST(ExamResult, LinesAreJudgedByTheirExamsPassMark) {
    const Record r = exam(60);
    RuleContext c = ctx();
    c.parent = &r;
    const RecordKind& lines = *examsKind().lines;
    EXPECT_EQ(test::derived(lines, r.lines[0], c, t::kResult), t::kFail);
    EXPECT_EQ(test::derived(lines, r.lines[1], c, t::kResult), t::kPass);
    EXPECT_EQ(test::derived(lines, r.lines[2], c, t::kResult), t::kAbsent);
    const Record strict = exam(59.9);
    c.parent = &strict;
    EXPECT_EQ(test::derived(lines, strict.lines[0], c, t::kResult), t::kPass);
    // Without its exam, a line is judged by the setting.
    KindergartenSettings s;
    s.examPassMark = 59.9;
    RuleContext bySetting = ctx(s);
    EXPECT_EQ(test::derived(lines, r.lines[0], bySetting, t::kResult), t::kPass);
}

TEST(Exams, CountPassedFailedAndAbsent) {
    const Record r = exam();
    EXPECT_EQ(test::derived(examsKind(), r, ctx(), QStringLiteral("passed_count")), QStringLiteral("1"));
    EXPECT_EQ(test::derived(examsKind(), r, ctx(), QStringLiteral("failed_count")), QStringLiteral("1"));
    EXPECT_EQ(test::derived(examsKind(), r, ctx(), QStringLiteral("absent_count")), QStringLiteral("1"));
    EXPECT_TRUE(validateRecord(examsKind(), r, ctx()).isEmpty() ||
                !hasErrorOn(validateRecord(examsKind(), r, ctx()), t::kDate));
}

TEST(Exams, DateOutsideItsMonthAndAPersonTwiceAreRefused) {
    Record r = exam();
    r.set(t::kDate, QDate(2026, 12, 1));
    EXPECT_TRUE(hasErrorOn(validateRecord(examsKind(), r, ctx()), t::kDate));
    r.set(t::kDate, QDate(2026, 11, 30));
    EXPECT_FALSE(hasErrorOn(validateRecord(examsKind(), r, ctx()), t::kDate));
    r.lines << scoreLine(QStringLiteral("王芳"), 80.0);
    EXPECT_TRUE(hasErrorOn(validateRecord(examsKind(), r, ctx()), lineIssueField(3, t::kPerson)));
    Record line = scoreLine(QStringLiteral("赵敏"), 100.1);
    r.lines = {line};
    EXPECT_TRUE(hasErrorOn(validateRecord(examsKind(), r, ctx()), lineIssueField(0, t::kScore)));
}

TEST(Exams, ANewExamTakesThePassMarkFromTheSettings) {
    KindergartenSettings s;
    s.examPassMark = 70;
    const Record r = newRecord(examsKind(), nullptr, ctx(s));
    EXPECT_EQ(r.value(t::kPassMark).toDouble(), 70.0);
    EXPECT_EQ(r.value(t::kMonth).toDate(), QDate(2026, 11, 1));
    EXPECT_EQ(r.value(t::kDate).toDate(), kToday);
}

TEST(Appraisals, WeightedTotalToOneDecimal) {
    EXPECT_EQ(*weightedTotal(appraisal(100, 90, 80, 70).lines), 85.0);
    // 20*91 + 30*87 + 30*88 + 20*86 = 8790 / 100 = 87.9
    EXPECT_EQ(*weightedTotal(appraisal(91, 87, 88, 86).lines), 87.9);
    // 20*90.1 + 30*80 + 30*80 + 20*80 = 8202 / 100 = 82.02 -> 82.0
    EXPECT_EQ(*weightedTotal(appraisal(90.1, 80, 80, 80).lines), 82.0);
    Record incomplete = appraisal(90, 90, 90, 90);
    incomplete.lines[2].values.remove(t::kScore);
    EXPECT_FALSE(weightedTotal(incomplete.lines).has_value());
}

TEST(Appraisals, TotalsOnALimitTakeTheHigherGrade) {
    const KindergartenSettings s;
    EXPECT_EQ(gradeOf(90.0, s), QStringLiteral("excellent"));
    EXPECT_EQ(gradeOf(89.9, s), QStringLiteral("good"));
    EXPECT_EQ(gradeOf(80.0, s), QStringLiteral("good"));
    EXPECT_EQ(gradeOf(79.9, s), QStringLiteral("pass"));
    EXPECT_EQ(gradeOf(60.0, s), QStringLiteral("pass"));
    EXPECT_EQ(gradeOf(59.9, s), QStringLiteral("fail"));
    // Through the kind: every item 90 totals exactly 90.0.
    EXPECT_EQ(test::derived(appraisalsKind(), appraisal(90, 90, 90, 90), ctx(), t::kGrade),
              QStringLiteral("excellent"));
    // 20*90 + 30*90 + 30*89 + 20*90 = 8970 -> 89.7
    EXPECT_EQ(test::derived(appraisalsKind(), appraisal(90, 90, 89, 90), ctx(), t::kGrade),
              QStringLiteral("good"));
    EXPECT_EQ(test::derived(appraisalsKind(), appraisal(60, 60, 60, 60), ctx(), t::kGrade),
              QStringLiteral("pass"));
    EXPECT_EQ(test::derived(appraisalsKind(), appraisal(60, 60, 59, 60), ctx(), t::kGrade),
              QStringLiteral("fail"));
    // The limits are settings.
    KindergartenSettings strict;
    strict.gradeExcellent = 95;
    EXPECT_EQ(gradeOf(94.9, strict), QStringLiteral("good"));
}

TEST(Appraisals, LineWeightsMustTotalOneHundred) {
    Record r = appraisal(90, 90, 90, 90);
    EXPECT_FALSE(hasErrorOn(validateRecord(appraisalsKind(), r, ctx()), kLinesIssueField));
    r.lines[0].set(t::kWeight, 19.9);
    EXPECT_TRUE(hasErrorOn(validateRecord(appraisalsKind(), r, ctx()), kLinesIssueField));
    r.lines[0].set(t::kWeight, 20.1);
    EXPECT_TRUE(hasErrorOn(validateRecord(appraisalsKind(), r, ctx()), kLinesIssueField));
    r = appraisal(90, 90, 101, 90);
    EXPECT_TRUE(hasErrorOn(validateRecord(appraisalsKind(), r, ctx()), lineIssueField(2, t::kScore)));
    r = appraisal(90, 90, 100, 0);
    EXPECT_TRUE(validateRecord(appraisalsKind(), r, ctx()).isEmpty());
    r.set(t::kMonth, QDate(2026, 11, 2));
    EXPECT_TRUE(hasErrorOn(validateRecord(appraisalsKind(), r, ctx()), t::kMonth));
}

TEST(Appraisals, ANewAppraisalHasTheRubricsItems) {
    KindergartenSettings s;
    s.appraisalRubric = {{QStringLiteral("出勤"), 50}, {QStringLiteral("态度"), 50}};
    const Record r = newRecord(appraisalsKind(), nullptr, ctx(s));
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines[1].value(t::kItem).toString(), QStringLiteral("态度"));
    EXPECT_EQ(r.lines[1].value(t::kWeight).toDouble(), 50.0);
    EXPECT_EQ(r.value(t::kMonth).toDate(), QDate(2026, 11, 1));
    EXPECT_EQ(newRecord(appraisalsKind(), nullptr, ctx()).lines.size(), 4);
}

TEST(TrainingSessions, KindsAcceptTheirChineseNamesAndAttendanceItsMarks) {
    const FieldDef* kind = trainingSessionsKind().field(t::kKind);
    ASSERT_NE(kind, nullptr);
    QStringList aliases;
    for (const ChoiceDef& c : kind->choices)
        aliases << c.aliases;
    for (const char* a : {"理论学习", "技能培训", "食堂理论学习"})
        EXPECT_TRUE(aliases.contains(QString::fromUtf8(a))) << a;
    const FieldDef* attendance = trainingSessionsKind().lines->field(t::kAttendance);
    aliases.clear();
    for (const ChoiceDef& c : attendance->choices)
        aliases << c.aliases;
    for (const char* a : {"出席", "请假", "缺席"})
        EXPECT_TRUE(aliases.contains(QString::fromUtf8(a))) << a;
    EXPECT_TRUE(trainingSessionsKind().field(t::kTopic)->offers.contains(QStringLiteral("心肺复苏")));
}

TEST(TrainingSessions, APersonSignedInTwiceIsRefused) {
    Record r;
    r.set(t::kDate, kToday);
    r.set(t::kKind, t::kTheory);
    r.set(t::kTopic, QStringLiteral("消毒知识"));
    Record a;
    a.set(t::kPerson, QStringLiteral("张丽"));
    a.set(t::kAttendance, t::kPresent);
    r.lines = {a};
    EXPECT_TRUE(validateRecord(trainingSessionsKind(), r, ctx()).isEmpty());
    r.lines << a;
    EXPECT_TRUE(hasErrorOn(validateRecord(trainingSessionsKind(), r, ctx()), lineIssueField(1, t::kPerson)));
}

TEST(StaffKind, HasTheIssuesPostsAndFields) {
    const RecordKind& k = staffKind();
    for (const char* f : {"department", "hire_date", "mentor"})
        EXPECT_NE(k.field(QString::fromLatin1(f)), nullptr) << f;
    QStringList aliases;
    for (const ChoiceDef& c : k.field(QStringLiteral("post"))->choices)
        aliases << c.aliases;
    for (const char* post : {"保育员", "厨师", "帮厨", "保安", "保洁", "保健老师", "后勤主任", "文员"})
        EXPECT_TRUE(aliases.contains(QString::fromUtf8(post))) << post;
    const FieldDef* status = k.field(QStringLiteral("status"));
    EXPECT_TRUE(status->choice(QStringLiteral("active"))->aliases.contains(QStringLiteral("在岗")));
    EXPECT_TRUE(status->choice(QStringLiteral("left"))->aliases.contains(QStringLiteral("离职")));
    EXPECT_EQ(k.pickerFilter, QStringLiteral("active"));
    ASSERT_NE(k.filter(k.pickerFilter), nullptr);
}
