#include "domain/plan/PlanTasks.h"

#include "domain/Attention.h"
#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"
#include "domain/plan/Semesters.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;
namespace tf = houqin::plan::taskfield;
namespace ts = houqin::plan::taskstatus;

namespace {

const QDate kToday(2026, 9, 16); // Wednesday of week 3 of a semester starting Tuesday 1 September 2026

RuleContext context(QDate today = kToday) {
    RuleContext c;
    c.settings.name = QStringLiteral("测试幼儿园");
    c.settings.semesterStart = QDate(2026, 9, 1);
    c.now = QDateTime(today, QTime(10, 0));
    return c;
}

Record task(int week, int month, const QString& status = ts::kNotStarted) {
    Record r;
    r.set(tf::kSemester, QStringLiteral("2026学年第一学期"));
    r.set(tf::kWeek, qint64(week));
    r.set(tf::kMonth, qint64(month));
    r.set(tf::kTitle, QStringLiteral("定期检查设施设备"));
    r.set(tf::kCategory, QStringLiteral("assets"));
    r.set(tf::kStatus, status);
    r.set(tf::kDueDate, dueDate(SemesterCalendar(QDate(2026, 9, 1)), week));
    return r;
}

QStringList errorFields(const Issues& issues) {
    QStringList out;
    for (const Issue& i : issues)
        if (i.isError())
            out << i.field;
    return out;
}

QStringList warningFields(const Issues& issues) {
    QStringList out;
    for (const Issue& i : issues)
        if (!i.isError())
            out << i.field;
    return out;
}

Issues check(const Record& r, QDate today = kToday) {
    return validateRecord(planTasksKind(), r, context(today));
}

} // namespace

TEST(PlanTasks, DeclaredAndRegistered) {
    EXPECT_EQ(findKind(QStringLiteral("plan-tasks")), &planTasksKind());
    EXPECT_EQ(findKind(QStringLiteral("semesters")), &semestersKind());
    const RecordKind& k = planTasksKind();
    for (const QString& key : {tf::kSemester, tf::kMonth, tf::kWeek, tf::kTitle, tf::kCategory, tf::kOwner,
                               tf::kStatus, tf::kDoneOn, tf::kOutcome, tf::kLink, tf::kDueDate})
        EXPECT_NE(k.field(key), nullptr) << key.toStdString();
    QStringList categories, statuses;
    for (const ChoiceDef& c : k.field(tf::kCategory)->choices)
        categories << c.key;
    for (const ChoiceDef& c : k.field(tf::kStatus)->choices)
        statuses << c.key;
    EXPECT_EQ(categories,
              (QStringList{QStringLiteral("staff"), QStringLiteral("safety"), QStringLiteral("health"),
                           QStringLiteral("assets"), QStringLiteral("other")}));
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("not-started"), QStringLiteral("in-progress"),
                                     QStringLiteral("done"), QStringLiteral("postponed"),
                                     QStringLiteral("cancelled"), QStringLiteral("not-tracked")}));
    for (const char* f : {"open", "this-week", "overdue", "done", "postponed"})
        EXPECT_NE(k.filter(QString::fromLatin1(f)), nullptr) << f;
}

TEST(PlanTasks, ANotStartedTaskIsValid) {
    EXPECT_TRUE(check(task(3, 9)).isEmpty());
}

TEST(PlanTasks, DoneNeedsTheDoneOnDate) {
    Record r = task(3, 9, ts::kDone);
    EXPECT_EQ(errorFields(check(r)), QStringList{tf::kDoneOn});
    r.set(tf::kDoneOn, kToday);
    EXPECT_TRUE(errorFields(check(r)).isEmpty());
}

TEST(PlanTasks, DoneOnIsNotInTheFuture) {
    Record r = task(3, 9, ts::kDone);
    r.set(tf::kDoneOn, kToday);
    EXPECT_TRUE(check(r).isEmpty());
    r.set(tf::kDoneOn, kToday.addDays(1));
    EXPECT_EQ(errorFields(check(r)), QStringList{tf::kDoneOn});
}

TEST(PlanTasks, ADoneOnDateWithoutDoneIsAWarning) {
    Record r = task(3, 9, ts::kInProgress);
    r.set(tf::kDoneOn, kToday);
    const Issues issues = check(r);
    EXPECT_TRUE(errorFields(issues).isEmpty());
    EXPECT_EQ(warningFields(issues), QStringList{tf::kDoneOn});
}

TEST(PlanTasks, WeekRangeIsBeforeTermToWeekThirty) {
    EXPECT_TRUE(errorFields(check(task(0, 8))).isEmpty());
    EXPECT_EQ(errorFields(check(task(-1, 8))), QStringList{tf::kWeek});
    EXPECT_TRUE(errorFields(check(task(30, 3))).isEmpty());
    EXPECT_EQ(errorFields(check(task(31, 3))), QStringList{tf::kWeek});
}

TEST(PlanTasks, MonthRangeIsOneToTwelve) {
    Record r = task(3, 9);
    r.set(tf::kMonth, qint64(0));
    EXPECT_EQ(errorFields(check(r)), QStringList{tf::kMonth});
    r.set(tf::kMonth, qint64(13));
    EXPECT_EQ(errorFields(check(r)), QStringList{tf::kMonth});
    r.set(tf::kMonth, qint64(12));
    EXPECT_TRUE(errorFields(check(r)).isEmpty());
}

TEST(PlanTasks, AMonthFarFromTheWeekIsAWarning) {
    // Week 13 runs from 23 to 29 November 2026; the plan files it under December, a week later.
    EXPECT_TRUE(check(task(13, 12)).isEmpty());
    EXPECT_TRUE(check(task(13, 11)).isEmpty());
    EXPECT_EQ(warningFields(check(task(13, 10))), QStringList{tf::kMonth});
    EXPECT_EQ(warningFields(check(task(13, 1))), QStringList{tf::kMonth});
    // Before term: the four weeks before week 1 (3 to 30 August).
    EXPECT_TRUE(check(task(0, 8)).isEmpty());
    EXPECT_EQ(warningFields(check(task(0, 9))), QStringList{tf::kMonth});
    // Without a due date nothing can be said.
    Record r = task(13, 3);
    r.set(tf::kDueDate, QVariant());
    EXPECT_TRUE(check(r).isEmpty());
}

TEST(PlanTasks, MonthFitsWeekBoundaries) {
    // Week 3 (14 to 20 Sep) with a week of slack on each side: 7 to 27 September.
    const QDate due(2026, 9, 20);
    EXPECT_TRUE(monthFitsWeek(9, 3, due));
    EXPECT_FALSE(monthFitsWeek(8, 3, due));
    EXPECT_FALSE(monthFitsWeek(10, 3, due));
    // Week 1 (31 Aug to 6 Sep): slack back to 24 August and on to 13 September.
    EXPECT_TRUE(monthFitsWeek(8, 1, QDate(2026, 9, 6)));
    // A week ending on 27 September reaches 4 October with its slack; one ending on 20 September does not.
    EXPECT_TRUE(monthFitsWeek(10, 4, QDate(2026, 9, 27)));
    EXPECT_FALSE(monthFitsWeek(10, 3, QDate(2026, 9, 20)));
    // Before term: 28 days ending on the due date.
    EXPECT_TRUE(monthFitsWeek(8, 0, QDate(2026, 9, 6))); // 10 Aug to 6 Sep
    EXPECT_FALSE(monthFitsWeek(7, 0, QDate(2026, 9, 6)));
    EXPECT_TRUE(monthFitsWeek(7, 0, QDate(2026, 8, 27)));  // 31 Jul to 27 Aug
    EXPECT_FALSE(monthFitsWeek(7, 0, QDate(2026, 8, 28))); // 1 Aug to 28 Aug
    EXPECT_FALSE(monthFitsWeek(0, 3, due));
    EXPECT_FALSE(monthFitsWeek(9, 3, QDate()));
}

TEST(PlanTasks, MonthForWeekKeepsAFittingMonthOnly) {
    const SemesterCalendar cal(QDate(2026, 9, 1));
    EXPECT_EQ(monthForWeek(cal, 13, 12), 12);
    EXPECT_EQ(monthForWeek(cal, 13, 10), 11);
    EXPECT_EQ(monthForWeek(cal, 13), 11);
    EXPECT_EQ(monthForWeek(cal, 0, 8), 8);
    EXPECT_EQ(monthForWeek(cal, 0, 9), 8);
}

TEST(PlanTasks, OverdueOnceTheWeekHasPassed) {
    // Week 2 ends on Sunday 13 September.
    const Record r = task(2, 9);
    EXPECT_FALSE(isOverdue(r, QDate(2026, 9, 13)));
    EXPECT_TRUE(isOverdue(r, QDate(2026, 9, 14)));
    Record done = task(2, 9, ts::kDone);
    EXPECT_FALSE(isOverdue(done, QDate(2026, 9, 14)));
    Record cancelled = task(2, 9, ts::kCancelled);
    EXPECT_FALSE(isOverdue(cancelled, QDate(2026, 9, 14)));
    Record postponed = task(2, 9, ts::kPostponed);
    EXPECT_TRUE(isOverdue(postponed, QDate(2026, 9, 14)));
    Record noDue = task(2, 9);
    noDue.set(tf::kDueDate, QVariant());
    EXPECT_FALSE(isOverdue(noDue, QDate(2027, 1, 1)));
}

TEST(PlanTasks, TheWeeksAlreadyOverAreLeftOutOnTheDayAfterTheirSunday) {
    // Week 2 ends on Sunday 13 September; week 3 on the 20th.
    QList<Record> tasks{task(2, 9), task(3, 9), task(2, 9, ts::kDone)};
    EXPECT_EQ(leaveOutPastWeeks(tasks, QDate(2026, 9, 13)), 0);
    EXPECT_EQ(tasks[0].value(tf::kStatus).toString(), ts::kNotStarted);
    EXPECT_EQ(leaveOutPastWeeks(tasks, QDate(2026, 9, 14)), 1);
    EXPECT_EQ(tasks[0].value(tf::kStatus).toString(), ts::kNotTracked);
    EXPECT_EQ(tasks[1].value(tf::kStatus).toString(), ts::kNotStarted);
    EXPECT_EQ(tasks[2].value(tf::kStatus).toString(), ts::kDone); // done stays done
    // Not tracked: neither overdue nor expected, and valid.
    EXPECT_FALSE(isOverdue(tasks[0], QDate(2026, 9, 14)));
    EXPECT_TRUE(isNotExpected(tasks[0]));
    EXPECT_EQ(timingOf(tasks[0], QDate(2026, 9, 14)), tasktiming::kClosed);
    EXPECT_FALSE(hasErrors(validateRecord(planTasksKind(), tasks[0], context(QDate(2026, 9, 14)))));
}

TEST(PlanTasks, Timing) {
    const Record week3 = task(3, 9); // due Sunday 20 September
    EXPECT_EQ(timingOf(week3, QDate(2026, 9, 13)), tasktiming::kLater);
    EXPECT_EQ(timingOf(week3, QDate(2026, 9, 14)), tasktiming::kThisWeek);
    EXPECT_EQ(timingOf(week3, QDate(2026, 9, 20)), tasktiming::kThisWeek);
    EXPECT_EQ(timingOf(week3, QDate(2026, 9, 21)), tasktiming::kOverdue);
    EXPECT_EQ(timingOf(task(3, 9, ts::kDone), QDate(2026, 9, 21)), tasktiming::kClosed);
    const QVariantMap derived = deriveValues(planTasksKind(), week3, context(QDate(2026, 9, 21)));
    EXPECT_EQ(derived.value(tf::kTiming).toString(), tasktiming::kOverdue);
    // The week's number, language-neutral; its display reads "Week 3" / "Before term".
    const FieldDef& weekLabel = planTasksKind().derivedField(tf::kWeekLabel)->field;
    EXPECT_EQ(derived.value(tf::kWeekLabel).toLongLong(), 3);
    EXPECT_EQ(valuefmt::display(weekLabel, derived.value(tf::kWeekLabel)), QStringLiteral("Week 3"));
    EXPECT_EQ(valuefmt::display(weekLabel,
                                deriveValues(planTasksKind(), task(0, 8), context()).value(tf::kWeekLabel)),
              QStringLiteral("Before term"));
}

TEST(PlanTasks, SundayOf) {
    EXPECT_EQ(sundayOf(QDate(2026, 9, 14)), QDate(2026, 9, 20)); // Monday
    EXPECT_EQ(sundayOf(QDate(2026, 9, 20)), QDate(2026, 9, 20)); // Sunday
    EXPECT_EQ(sundayOf(QDate(2026, 9, 21)), QDate(2026, 9, 27));
    EXPECT_FALSE(sundayOf(QDate()).isValid());
}

TEST(PlanTasks, PrefillUsesTheCurrentSemestersWeek) {
    const Record r = newRecord(planTasksKind(), nullptr, context());
    EXPECT_EQ(r.value(tf::kWeek).toLongLong(), 3);
    EXPECT_EQ(r.value(tf::kMonth).toLongLong(), 9);
    EXPECT_EQ(r.value(tf::kDueDate).toDate(), QDate(2026, 9, 20));
    EXPECT_EQ(r.value(tf::kStatus).toString(), ts::kNotStarted);
    EXPECT_EQ(r.value(tf::kCategory).toString(), QStringLiteral("other"));
    // Before term it proposes week 0.
    const Record early = newRecord(planTasksKind(), nullptr, context(QDate(2026, 8, 20)));
    EXPECT_EQ(early.value(tf::kWeek).toLongLong(), 0);
    EXPECT_EQ(early.value(tf::kMonth).toLongLong(), 8);
    // The semester carries over from the previous task.
    const Record previous = task(5, 10);
    const Record next = newRecord(planTasksKind(), &previous, context());
    EXPECT_EQ(next.value(tf::kSemester).toString(), QStringLiteral("2026学年第一学期"));
}

TEST(PlanTasks, PlaceInSemester) {
    const Semester s{1, QStringLiteral("2027学年第一学期"), QDate(2027, 9, 1), QDate(), false};
    Record r = task(13, 12);
    placeInSemester(r, s);
    EXPECT_EQ(r.value(tf::kSemester).toString(), s.name);
    EXPECT_EQ(r.value(tf::kDueDate).toDate(), QDate(2027, 11, 28)); // 30 Aug 2027 + 12 weeks + 6 days
    EXPECT_EQ(r.value(tf::kMonth).toLongLong(), 12);
}

TEST(Semesters, Rules) {
    RuleContext c = context();
    Record s = Semester{0, QStringLiteral("2026学年第一学期"), QDate(2026, 9, 1), QDate(2027, 1, 17), false}
                   .toRecord();
    EXPECT_TRUE(validateRecord(semestersKind(), s, c).isEmpty());
    s.set(semesterfield::kEnd, QDate(2026, 9, 1)); // one day: allowed
    EXPECT_TRUE(validateRecord(semestersKind(), s, c).isEmpty());
    s.set(semesterfield::kEnd, QDate(2026, 8, 31));
    EXPECT_EQ(errorFields(validateRecord(semestersKind(), s, c)), QStringList{semesterfield::kEnd});
    // 30 teaching weeks at most: week 30 ends on Sunday 28 March 2027.
    ASSERT_EQ(SemesterCalendar(QDate(2026, 9, 1)).sundayOfWeek(30), QDate(2027, 3, 28));
    s.set(semesterfield::kEnd, QDate(2027, 3, 28));
    EXPECT_TRUE(validateRecord(semestersKind(), s, c).isEmpty());
    s.set(semesterfield::kEnd, QDate(2027, 3, 29));
    EXPECT_EQ(errorFields(validateRecord(semestersKind(), s, c)), QStringList{semesterfield::kEnd});
    s.set(semesterfield::kName, QString());
    EXPECT_TRUE(errorFields(validateRecord(semestersKind(), s, c)).contains(semesterfield::kName));
}

TEST(Semesters, MonthsAndTheYearOfAMonth) {
    const Semester autumn{0, QStringLiteral("a"), QDate(2026, 9, 1), QDate(2027, 1, 17), false};
    const QList<QDate> months = autumn.months();
    ASSERT_EQ(months.size(), 6);
    EXPECT_EQ(months.first(), QDate(2026, 8, 1));
    EXPECT_EQ(months.last(), QDate(2027, 1, 1));
    EXPECT_EQ(autumn.firstOfMonth(8), QDate(2026, 8, 1));
    EXPECT_EQ(autumn.firstOfMonth(12), QDate(2026, 12, 1));
    EXPECT_EQ(autumn.firstOfMonth(1), QDate(2027, 1, 1));
    EXPECT_EQ(autumn.firstOfMonth(3), QDate(2027, 3, 1)); // outside: the next March
    EXPECT_EQ(autumn.firstOfMonth(7), QDate(2027, 7, 1));
    EXPECT_FALSE(autumn.firstOfMonth(0).isValid());
    const Semester spring{0, QStringLiteral("b"), QDate(2027, 2, 22), QDate(), false};
    EXPECT_EQ(spring.months().first(), QDate(2027, 1, 1)); // four weeks before 22 Feb: 25 January
    EXPECT_EQ(spring.months().last(), QDate(2027, 7, 1));
    EXPECT_EQ(spring.firstOfMonth(2), QDate(2027, 2, 1));
}

TEST(Attention, EveryItemNamesADeclaredKindAndFilter) {
    QSet<QString> keys;
    ASSERT_FALSE(allAttentionItems().isEmpty());
    for (const AttentionItem& item : allAttentionItems()) {
        SCOPED_TRACE(item.key.toStdString());
        EXPECT_FALSE(keys.contains(item.key));
        keys.insert(item.key);
        const RecordKind* kind = findKind(item.kindKey);
        ASSERT_NE(kind, nullptr);
        EXPECT_NE(kind->filter(item.filterKey), nullptr);
        EXPECT_FALSE(QString::fromUtf8(item.label).isEmpty());
    }
    const AttentionItem* overdue = findAttentionItem(QStringLiteral("plan.tasks-overdue"));
    ASSERT_NE(overdue, nullptr);
    EXPECT_EQ(overdue->severity, AttentionItem::Severity::Warning);
    const AttentionItem* samples = findAttentionItem(QStringLiteral("canteen.samples-overdue"));
    ASSERT_NE(samples, nullptr);
    EXPECT_EQ(samples->severity, AttentionItem::Severity::Critical);
    EXPECT_EQ(findAttentionItem(QStringLiteral("canteen.samples-due"))->filterKey, QStringLiteral("due"));
    EXPECT_EQ(findAttentionItem(QStringLiteral("nothing")), nullptr);
}

TEST(Attention, TriggersOnBothSides) {
    AttentionItem any{QStringLiteral("a"), "A", AttentionItem::Severity::Info, QStringLiteral("plan-tasks"),
                      QStringLiteral("overdue")};
    EXPECT_FALSE(any.raisedBy(0));
    EXPECT_TRUE(any.raisedBy(1));
    AttentionItem none = any;
    none.trigger = AttentionItem::Trigger::WhenNone;
    EXPECT_TRUE(none.raisedBy(0));
    EXPECT_FALSE(none.raisedBy(1));
}
