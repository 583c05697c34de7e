#include "PlanReports.h"

#include "domain/ValueFormat.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Database.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

#include <QCoreApplication>

namespace houqin::reports::plan {

namespace tf = houqin::plan::taskfield;
using houqin::plan::MonthTasks;
using houqin::plan::Semester;

namespace {

QString shortDate(QDate d) {
    // The same format as the week labels of Period::label().
    return d.toString(QCoreApplication::translate("Reports", "MM-dd"));
}

// "Week 3" with its dates under it; before term just "Before term".
QString weekCell(const Semester& s, int week) {
    const QString label = houqin::SemesterCalendar::weekLabel(week);
    if (week <= 0)
        return label;
    const houqin::SemesterCalendar cal = s.calendar();
    return label + QLatin1Char('\n') +
           //: A week's dates under its label: %1 Monday, %2 Sunday. zh_CN "%1—%2"
           QCoreApplication::translate("Reports", "%1 to %2")
               .arg(shortDate(cal.mondayOfWeek(week)), shortDate(cal.sundayOfWeek(week)));
}

QString display(const QString& key, const Record& r) {
    const FieldDef* f = houqin::plan::planTasksKind().field(key);
    return f ? valuefmt::display(*f, r.value(key)) : QString();
}

QString statusCell(const Record& r, QDate today) {
    const QString status = display(tf::kStatus, r);
    return houqin::plan::isOverdue(r, today)
               //: A task's status when its week has passed: zh_CN "%1（已逾期）"
               ? QCoreApplication::translate("Reports", "%1 (overdue)").arg(status)
               : status;
}

QString percent(double rate) {
    return QString::number(qRound(rate * 100));
}

// "Tasks: 11, done: 8, completion 73%, overdue: 1"
QString summaryLine(const QList<Record>& tasks, QDate today) {
    int done = 0, cancelled = 0, overdue = 0;
    for (const Record& r : tasks) {
        const QString s = r.value(tf::kStatus).toString();
        done += s == houqin::plan::taskstatus::kDone;
        cancelled += houqin::plan::isNotExpected(r);
        overdue += houqin::plan::isOverdue(r, today);
    }
    houqin::plan::MonthProgress p{QDate(), int(tasks.size()), done, cancelled, overdue};
    //: zh_CN "任务 %1 项，已完成 %2 项，完成率 %3%，逾期 %4 项"
    return QCoreApplication::translate("Reports", "Tasks: %1, done: %2, completion %3%, overdue: %4")
        .arg(tasks.size())
        .arg(done)
        .arg(percent(p.completionRate()))
        .arg(overdue);
}

QString semesterLine(const Semester& s) {
    //: %1 semester name, %2 first day, %3 last day, %4 teaching weeks. zh_CN "%1（%2 至 %3，共%4周）"
    return QCoreApplication::translate("Reports", "%1 (%2 to %3, %4 weeks)")
        .arg(s.name, s.start.toString(Qt::ISODate), s.calendar().end().toString(Qt::ISODate))
        .arg(s.weekCount());
}

QStringList reviewLines() {
    return {QCoreApplication::translate("Reports", "Reviewer (signature):"),
            //: zh_CN "审核日期："
            QCoreApplication::translate("Reports", "Review date:")};
}

TableDocument::Column column(const QString& title, int stretch, Qt::Alignment align = Qt::AlignLeft) {
    return {title, stretch, align};
}

QString label(const QString& key) {
    return houqin::plan::planTasksKind().anyField(key)->displayLabel();
}

} // namespace

ReportDef planMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("plan-monthly");
    r.kinds = {QStringLiteral("plan-tasks")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly work plan review");
    r.period = Period::Kind::Month;
    r.build = buildPlanMonthly;
    return r;
}

Result<TableDocument> buildPlanMonthly(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid())
        return Error::make(
            Error::Code::Usage,
            QCoreApplication::translate("Reports", "The monthly plan review needs a month, such as 2026-09."),
            QStringLiteral("buildPlanMonthly"));
    const QDate first(period.from.year(), period.from.month(), 1);
    auto months = houqin::plan::PlanService(db).monthTasks(first);
    if (!months)
        return months.error();
    const QDate today = db.now().date();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "月度工作计划检查表"
    doc.title = QCoreApplication::translate("Reports", "Monthly work plan review");
    doc.subtitleLines << Period::month(first.year(), first.month()).label();
    // Widths: a week label with its dates, a whole ISO date, the task and the outcome get the room.
    doc.columns = {column(label(tf::kWeekLabel), 3, Qt::AlignHCenter),
                   //: The item number column of a plan: zh_CN "序号"
                   column(QCoreApplication::translate("Reports", "No."), 1, Qt::AlignHCenter),
                   column(label(tf::kTitle), 7), column(label(tf::kOwner), 2, Qt::AlignHCenter),
                   column(label(tf::kStatus), 2, Qt::AlignHCenter),
                   column(label(tf::kDoneOn), 3, Qt::AlignHCenter), column(label(tf::kOutcome), 6)};
    QList<Record> all;
    for (const MonthTasks& m : *months) {
        doc.subtitleLines << semesterLine(m.semester) + QStringLiteral("    ") + summaryLine(m.tasks, today);
        int number = 0, lastWeek = -1;
        for (const Record& r : m.tasks) {
            const int week = int(r.value(tf::kWeek).toLongLong());
            QString weekText;
            if (week != lastWeek) {
                weekText = weekCell(m.semester, week);
                if (months->size() > 1) // two semesters in one month: say whose week it is
                    weekText = m.semester.name + QLatin1Char('\n') + weekText;
            }
            lastWeek = week;
            doc.rows << QStringList{weekText,
                                    QString::number(++number),
                                    display(tf::kTitle, r),
                                    display(tf::kOwner, r),
                                    statusCell(r, today),
                                    display(tf::kDoneOn, r),
                                    display(tf::kOutcome, r)};
        }
        all << m.tasks;
    }
    if (months->isEmpty())
        doc.footnote = QCoreApplication::translate("Reports", "No semester's plan covers this month.");
    else if (all.isEmpty())
        doc.footnote = QCoreApplication::translate("Reports", "The plan has no tasks in this month.");
    doc.signatureLines = reviewLines();
    return doc;
}

ReportDef planSemesterReport() {
    ReportDef r;
    r.key = QStringLiteral("plan-semester");
    r.kinds = {QStringLiteral("plan-tasks")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Semester work plan");
    r.period = Period::Kind::None;
    r.build = buildPlanSemester;
    return r;
}

Result<TableDocument> buildPlanSemester(Database& db, const Period& period) {
    houqin::plan::SemesterService semesters(db);
    auto found = period.from.isValid() ? semesters.containing(period.from) : semesters.current();
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::Usage,
                           period.from.isValid()
                               ? QCoreApplication::translate("Reports", "No semester holds %1.")
                                     .arg(period.from.toString(Qt::ISODate))
                               : QCoreApplication::translate(
                                     "Reports", "No semester is current. Create one with \"houqin semester "
                                                "new\", or give --date to print the semester holding it."),
                           QStringLiteral("buildPlanSemester"));
    const Semester s = **found;
    auto tasks = houqin::plan::PlanService(db).tasks(s.name);
    if (!tasks)
        return tasks.error();
    const QDate today = db.now().date();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "学期工作计划"
    doc.title = QCoreApplication::translate("Reports", "Semester work plan");
    doc.subtitleLines << semesterLine(s) << summaryLine(*tasks, today);
    doc.columns = {column(label(tf::kMonth), 2, Qt::AlignHCenter),
                   column(label(tf::kWeekLabel), 3, Qt::AlignHCenter),
                   column(QCoreApplication::translate("Reports", "No."), 1, Qt::AlignHCenter),
                   column(label(tf::kTitle), 8),
                   column(label(tf::kCategory), 2, Qt::AlignHCenter),
                   column(label(tf::kOwner), 2, Qt::AlignHCenter),
                   column(label(tf::kStatus), 2, Qt::AlignHCenter)};
    // Months in the semester's order; within a month, the plan's order (due date, then entry order).
    QList<QDate> months = s.months();
    for (const Record& r : *tasks) {
        const QDate m = s.firstOfMonth(int(r.value(tf::kMonth).toLongLong()));
        if (!months.contains(m))
            months << m;
    }
    std::sort(months.begin(), months.end());
    for (const QDate& month : months) {
        int number = 0, lastWeek = -1;
        for (const Record& r : *tasks) {
            if (s.firstOfMonth(int(r.value(tf::kMonth).toLongLong())) != month)
                continue;
            const int week = int(r.value(tf::kWeek).toLongLong());
            doc.rows << QStringList{number == 0 ? Period::month(month.year(), month.month()).label()
                                                : QString(),
                                    week != lastWeek ? weekCell(s, week) : QString(),
                                    QString::number(++number),
                                    display(tf::kTitle, r),
                                    display(tf::kCategory, r),
                                    display(tf::kOwner, r),
                                    statusCell(r, today)};
            lastWeek = week;
        }
    }
    if (doc.rows.isEmpty())
        doc.footnote = QCoreApplication::translate("Reports", "The plan has no tasks yet.");
    doc.signatureLines = reviewLines();
    return doc;
}

} // namespace houqin::reports::plan
