#include "PlanText.h"

#include "domain/ValueFormat.h"
#include "domain/plan/PlanTasks.h"
#include "reports/ReportRegistry.h"

#include <QCoreApplication>
#include <QLocale>

namespace houqin::gui::plan {

QString weekSpanText(const SemesterCalendar& calendar, int week) {
    const QDate monday = calendar.mondayOfWeek(qMax(0, week)), sunday = calendar.sundayOfWeek(qMax(0, week));
    //: A short date in week spans; zh_CN "M月d日"
    const QString format = QCoreApplication::translate("PlanText", "M/d");
    //: zh_CN "%1（%2—%3）"
    return QCoreApplication::translate("PlanText", "%1 (%2 – %3)")
        .arg(SemesterCalendar::weekLabel(week), QLocale().toString(monday, format),
             QLocale().toString(sunday, format));
}

QString monthText(QDate firstOfMonth) {
    return houqin::reports::Period::month(firstOfMonth.year(), firstOfMonth.month()).label();
}

QString taskText(const Record& task, const QString& fieldKey) {
    const FieldDef* f = houqin::plan::planTasksKind().field(fieldKey);
    return f ? valuefmt::display(*f, task.value(fieldKey)) : task.value(fieldKey).toString();
}

QString trackPastWeeksText(int weeksOver) {
    return weeksOver == 1
               ? QCoreApplication::translate(
                     "PlanText", "Week 1 is already over: track its tasks too (they will show as overdue)")
               : QCoreApplication::translate(
                     "PlanText",
                     "Weeks 1–%1 are already over: track their tasks too (they will show as overdue)")
                     .arg(weeksOver);
}

QString suggestedSemesterName(QDate start) {
    if (!start.isValid())
        return {};
    if (start.month() >= 8)
        //: zh_CN "%1学年第一学期"
        return QCoreApplication::translate("PlanText", "School year %1, first semester").arg(start.year());
    //: zh_CN "%1学年第二学期"
    return QCoreApplication::translate("PlanText", "School year %1, second semester").arg(start.year() - 1);
}

QDate likelyTermStart(QDate today) {
    const QDate horizon = today.addMonths(1);
    QDate best;
    for (int year = today.year() - 1; year <= today.year() + 1; ++year)
        for (int month : {3, 9}) {
            const QDate d(year, month, 1);
            if (d <= horizon && (!best.isValid() || d > best))
                best = d;
        }
    return best;
}

QDate nextTermStart(QDate day) {
    for (int year = day.year(); year <= day.year() + 1; ++year)
        for (int month : {3, 9})
            if (const QDate d(year, month, 1); d > day)
                return d;
    return {};
}

} // namespace houqin::gui::plan
