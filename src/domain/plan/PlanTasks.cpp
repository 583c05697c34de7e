#include "PlanTasks.h"

#include "../ValueFormat.h"

#include <QCoreApplication>

namespace houqin::plan {

namespace tf = taskfield;
namespace ts = taskstatus;

namespace {

QString isoDate(QDate d) {
    return d.toString(Qt::ISODate);
}

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    const QString status = r.value(tf::kStatus).toString();
    const bool hasDoneOn = !r.isEmpty(tf::kDoneOn);
    if (status == ts::kDone && !hasDoneOn)
        out << Issue::error(
            tf::kDoneOn,
            QCoreApplication::translate("Plan", "Enter the date the task was done, or change its status."));
    if (hasDoneOn) {
        const QDate doneOn = r.value(tf::kDoneOn).toDate();
        if (ctx.now.isValid() && doneOn > ctx.now.date())
            out << Issue::error(tf::kDoneOn,
                                QCoreApplication::translate("Plan", "The done-on date %1 is in the future.")
                                    .arg(isoDate(doneOn)));
        if (status != ts::kDone)
            out << Issue::warning(
                tf::kDoneOn,
                QCoreApplication::translate("Plan", "The task has a done-on date but is not marked done."));
    }
    // The month is the director's grouping and the plan's own months are loose, and while a task is being
    // edited its stored due date may still belong to its old week: a warning, never a refusal.
    if (!r.isEmpty(tf::kDueDate)) {
        const int week = int(r.value(tf::kWeek).toLongLong());
        const int month = int(r.value(tf::kMonth).toLongLong());
        const QDate due = r.value(tf::kDueDate).toDate();
        if (!monthFitsWeek(month, week, due)) {
            const QDate from = due.addDays(-6);
            out << Issue::warning(tf::kMonth,
                                  QCoreApplication::translate(
                                      "Plan", "%1 runs from %2 to %3, more than a week away from month %4.")
                                      .arg(SemesterCalendar::weekLabel(week), isoDate(from), isoDate(due))
                                      .arg(month));
        }
    }
}

void prefill(Record& r, const Record* previous, const RuleContext& ctx) {
    // The current semester's calendar (its start is mirrored into the settings): this week, its month.
    const SemesterCalendar cal(ctx.settings.semesterStart);
    if (!cal.isValid())
        return;
    const int week = qMax(0, cal.weekOf(ctx.now.date()));
    r.set(tf::kWeek, qint64(week));
    r.set(tf::kMonth, qint64(cal.monthOfWeek(week)));
    r.set(tf::kDueDate, dueDate(cal, week));
    Q_UNUSED(previous);
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("plan-tasks");
    k.table = QStringLiteral("plan_tasks");
    k.label = QT_TRANSLATE_NOOP("Fields", "Plan tasks");
    k.fields = {
        field::text(tf::kSemester, QT_TRANSLATE_NOOP("Fields", "Semester")).req().maxLen(50).carry(),
        field::integer(tf::kMonth, QT_TRANSLATE_NOOP("Fields", "Month")).req().range(1, 12),
        field::integer(tf::kWeek, QT_TRANSLATE_NOOP("Fields", "Week number")).req().range(0, kMaxWeeks),
        field::text(tf::kTitle, QT_TRANSLATE_NOOP("Fields", "Task")).req().maxLen(300),
        field::choice(
            tf::kCategory, QT_TRANSLATE_NOOP("Fields", "Category"),
            {
                {taskcategory::kStaff,
                 QT_TRANSLATE_NOOP("Fields", "Team building"),
                 {QStringLiteral("队伍建设")}},
                {taskcategory::kSafety, QT_TRANSLATE_NOOP("Fields", "Safety"), {QStringLiteral("安全")}},
                {taskcategory::kHealth,
                 QT_TRANSLATE_NOOP("Fields", "Health care"),
                 {QStringLiteral("卫生保健"), QStringLiteral("卫生")}},
                {taskcategory::kAssets, QT_TRANSLATE_NOOP("Fields", "Assets"), {QStringLiteral("资产")}},
                {taskcategory::kOther, QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .req()
            .def(taskcategory::kOther),
        field::person(tf::kOwner, QT_TRANSLATE_NOOP("Fields", "Owner")),
        field::choice(
            tf::kStatus, QT_TRANSLATE_NOOP("Fields", "Status"),
            {
                {ts::kNotStarted, QT_TRANSLATE_NOOP("Fields", "Not started"), {QStringLiteral("未开始")}},
                {ts::kInProgress, QT_TRANSLATE_NOOP("Fields", "In progress"), {QStringLiteral("进行中")}},
                {ts::kDone,
                 QT_TRANSLATE_NOOP("Fields", "Done"),
                 {QStringLiteral("已完成"), QStringLiteral("完成")}},
                {ts::kPostponed,
                 QT_TRANSLATE_NOOP("Fields", "Postponed"),
                 {QStringLiteral("已延期"), QStringLiteral("延期")}},
                {ts::kCancelled,
                 QT_TRANSLATE_NOOP("Fields", "Cancelled"),
                 {QStringLiteral("已取消"), QStringLiteral("取消")}},
                {ts::kNotTracked,
                 QT_TRANSLATE_NOOP("Fields", "Not tracked"),
                 {QStringLiteral("不跟踪"), QStringLiteral("未跟踪")}},
            })
            .req()
            .def(ts::kNotStarted),
        field::date(tf::kDoneOn, QT_TRANSLATE_NOOP("Fields", "Done on")),
        field::longText(tf::kOutcome, QT_TRANSLATE_NOOP("Fields", "Outcome")),
        field::text(tf::kLink, QT_TRANSLATE_NOOP("Fields", "Linked records")).maxLen(200),
        field::date(tf::kDueDate, QT_TRANSLATE_NOOP("Fields", "Due by")),
    };
    k.derived = {
        // Not labelled "Week": an imported file's heading "Week" would then also name the field key "week".
        // The week's number (0 = before term), read as "Week 3" / "第3周".
        {field::integer(tf::kWeekLabel, QT_TRANSLATE_NOOP("Fields", "Teaching week"))
             .shownAs(
                 [](const QVariant& week) { return SemesterCalendar::weekLabel(int(week.toLongLong())); }),
         [](const Record& r, const RuleContext&) {
             return r.isEmpty(tf::kWeek) ? QVariant() : QVariant(qint64(r.value(tf::kWeek).toLongLong()));
         }},
        {field::choice(
             tf::kTiming, QT_TRANSLATE_NOOP("Fields", "Timing"),
             {
                 {tasktiming::kOverdue, QT_TRANSLATE_NOOP("Fields", "Overdue"), {QStringLiteral("已逾期")}},
                 {tasktiming::kThisWeek,
                  QT_TRANSLATE_NOOP("Fields", "Due this week"),
                  {QStringLiteral("本周到期")}},
                 {tasktiming::kLater, QT_TRANSLATE_NOOP("Fields", "Not yet due"), {QStringLiteral("未到期")}},
                 {tasktiming::kClosed, QT_TRANSLATE_NOOP("Fields", "Closed"), {QStringLiteral("已结束")}},
             }),
         [](const Record& r, const RuleContext& c) {
             const QString t = timingOf(r, c.now.date());
             return t.isEmpty() ? QVariant() : QVariant(t);
         }},
    };
    k.listColumns = {tf::kSemester, tf::kMonth,  tf::kWeekLabel, tf::kTitle, tf::kCategory,
                     tf::kOwner,    tf::kStatus, tf::kDoneOn,    tf::kTiming};
    k.dateField = tf::kDueDate;
    k.defaultSort = tf::kDueDate;
    k.defaultSortDescending = false; // a plan reads from its first week on
    k.titleField = tf::kTitle;
    k.searchFields = {tf::kTitle, tf::kOwner, tf::kOutcome, tf::kSemester, tf::kCategory, tf::kStatus};

    using Op = Condition::Op;
    const Condition notDone{tf::kStatus, Op::Ne, [](const RuleContext&) { return QVariant(ts::kDone); }};
    const Condition notCancelled{tf::kStatus, Op::Ne,
                                 [](const RuleContext&) { return QVariant(ts::kCancelled); }};
    const Condition tracked{tf::kStatus, Op::Ne,
                            [](const RuleContext&) { return QVariant(ts::kNotTracked); }};
    k.filters = {
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Fields", "Open"), {notDone, notCancelled, tracked}},
        {QStringLiteral("this-week"),
         QT_TRANSLATE_NOOP("Fields", "This week"),
         {{tf::kDueDate, Op::Eq, [](const RuleContext& c) { return QVariant(sundayOf(c.now.date())); }}}},
        {QStringLiteral("overdue"),
         QT_TRANSLATE_NOOP("Fields", "Overdue"),
         {notDone,
          notCancelled,
          tracked,
          {tf::kDueDate, Op::Lt, [](const RuleContext& c) { return QVariant(c.now.date()); }}}},
        {QStringLiteral("done"),
         QT_TRANSLATE_NOOP("Fields", "Done"),
         {{tf::kStatus, Op::Eq, [](const RuleContext&) { return QVariant(ts::kDone); }}}},
        {QStringLiteral("postponed"),
         QT_TRANSLATE_NOOP("Fields", "Postponed"),
         {{tf::kStatus, Op::Eq, [](const RuleContext&) { return QVariant(ts::kPostponed); }}}},
    };
    k.constraints = {
        {QStringLiteral("A plan task names a semester that does not exist"), tf::kSemester,
         QT_TRANSLATE_NOOP("Constraints", "This semester does not exist. Create the semester first (\"houqin "
                                          "semester new\", or import semesters before plan tasks).")},
        {QStringLiteral("FOREIGN KEY constraint failed"), tf::kSemester,
         QT_TRANSLATE_NOOP("Constraints", "This semester does not exist. Create the semester first (\"houqin "
                                          "semester new\", or import semesters before plan tasks).")},
    };
    k.rules = rules;
    k.prefill = prefill;
    return k;
}
} // namespace

const RecordKind& planTasksKind() {
    static const RecordKind k = declare();
    return k;
}

bool isClosed(const Record& task) {
    return task.value(tf::kStatus).toString() == ts::kDone || isNotExpected(task);
}

bool isNotExpected(const Record& task) {
    const QString s = task.value(tf::kStatus).toString();
    return s == ts::kCancelled || s == ts::kNotTracked;
}

bool isOverdue(const Record& task, QDate today) {
    const QDate due = task.value(tf::kDueDate).toDate();
    return due.isValid() && due < today && !isClosed(task);
}

int leaveOutPastWeeks(QList<Record>& tasks, QDate today) {
    int n = 0;
    for (Record& t : tasks)
        if (isOverdue(t, today)) {
            t.set(tf::kStatus, ts::kNotTracked);
            ++n;
        }
    return n;
}

QString timingOf(const Record& task, QDate today) {
    if (isClosed(task))
        return tasktiming::kClosed;
    const QDate due = task.value(tf::kDueDate).toDate();
    if (!due.isValid())
        return {};
    if (due < today)
        return tasktiming::kOverdue;
    return due <= sundayOf(today) ? tasktiming::kThisWeek : tasktiming::kLater;
}

bool monthFitsWeek(int month, int week, QDate due) {
    if (!due.isValid() || month < 1 || month > 12)
        return false;
    const QDate from = week <= 0 ? due.addDays(-27) : due.addDays(-13);
    const QDate to = week <= 0 ? due : due.addDays(7);
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (d.month() == month)
            return true;
    return false;
}

int monthForWeek(const SemesterCalendar& calendar, int week, int preferred) {
    if (preferred >= 1 && preferred <= 12 && monthFitsWeek(preferred, week, dueDate(calendar, week)))
        return preferred;
    return calendar.monthOfWeek(week);
}

void placeInSemester(Record& task, const Semester& s) {
    const SemesterCalendar cal = s.calendar();
    const int week = int(task.value(tf::kWeek).toLongLong());
    task.set(tf::kSemester, s.name);
    task.set(tf::kDueDate, dueDate(cal, week));
    task.set(tf::kMonth, qint64(monthForWeek(cal, week, int(task.value(tf::kMonth).toLongLong()))));
}

QDate sundayOf(QDate day) {
    return day.isValid() ? day.addDays(7 - day.dayOfWeek()) : QDate();
}

const QList<AttentionItem>& attentionItems() {
    static const QList<AttentionItem> items{
        {QStringLiteral("plan.tasks-overdue"),
         //: zh_CN "逾期未完成的计划任务"
         QT_TRANSLATE_NOOP("Attention", "Overdue plan tasks"), AttentionItem::Severity::Warning,
         QStringLiteral("plan-tasks"), QStringLiteral("overdue")},
    };
    return items;
}

} // namespace houqin::plan
