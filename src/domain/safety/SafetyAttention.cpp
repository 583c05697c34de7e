#include "../SemesterCalendar.h"
#include "SafetyCommon.h"
#include "SafetyKinds.h"

namespace houqin::safety {

const QList<AttentionItem>& attentionItems() {
    using S = AttentionItem::Severity;
    using T = AttentionItem::Trigger;
    static const QList<AttentionItem> items = [] {
        QList<AttentionItem> l;
        //: zh_CN "逾期未整改的隐患"
        l << AttentionItem{QStringLiteral("safety.hazards-overdue"),
                           QT_TRANSLATE_NOOP("Attention", "Hazards past their deadline"), S::Critical,
                           QStringLiteral("hazards"), QStringLiteral("overdue")};
        //: zh_CN "待验收的隐患整改"
        l << AttentionItem{QStringLiteral("safety.hazards-to-verify"),
                           QT_TRANSLATE_NOOP("Attention", "Rectified hazards waiting for verification"),
                           S::Warning, QStringLiteral("hazards"), QStringLiteral("state-to-verify")};
        // From the settings' month of each quarter (the second by default): at least one drill a quarter.
        AttentionItem drill{QStringLiteral("safety.no-drill-this-quarter"),
                            QT_TRANSLATE_NOOP("Attention", "No emergency drill yet this quarter"),
                            S::Warning,
                            QStringLiteral("drills"),
                            QStringLiteral("this-quarter"),
                            T::WhenNone};
        drill.activeWith = [](QDate day, const KindergartenSettings& s) {
            return (day.month() - 1) % 3 + 1 >= s.drillRemindFromQuarterMonth;
        };
        l << drill;
        // From the settings' teaching week (2 by default): everyone has signed this semester's agreements.
        AttentionItem agreements{
            QStringLiteral("safety.staff-without-agreements"),
            QT_TRANSLATE_NOOP("Attention", "Staff without this semester's responsibility agreement"),
            S::Warning, QStringLiteral("staff"), QStringLiteral("without-agreement")};
        agreements.activeWith = [](QDate day, const KindergartenSettings& s) {
            const SemesterCalendar calendar(s.semesterStart);
            return calendar.isValid() && day >= calendar.mondayOfWeek(s.agreementsRemindFromWeek) &&
                   !calendar.isAfterTerm(day);
        };
        l << agreements;
        // The last school day before today had a closing check.
        AttentionItem closing{QStringLiteral("safety.no-closing-check"),
                              QT_TRANSLATE_NOOP("Attention", "No closing check on the last school day"),
                              S::Warning,
                              QStringLiteral("closing-checks"),
                              QStringLiteral("all"),
                              T::WhenNone};
        closing.period = [](QDate day, const SchoolCalendar& calendar) {
            const QDate last = calendar.previousSchoolDay(day);
            return qMakePair(last, last);
        };
        l << closing;
        l << AttentionItem{QStringLiteral("safety.visitors-not-signed-out"),
                           QT_TRANSLATE_NOOP("Attention", "Visitors not signed out"), S::Warning,
                           QStringLiteral("visitors"), QStringLiteral("not-signed-out")};
        // From the settings' day of the month (the 20th by default): every class has had this month's safety
        // education.
        AttentionItem education{
            QStringLiteral("safety.classes-without-education"),
            QT_TRANSLATE_NOOP("Attention", "Classes without this month's safety education"), S::Info,
            QStringLiteral("classes"), QStringLiteral("without-education-this-month")};
        education.activeWith = [](QDate day, const KindergartenSettings& s) {
            return day.day() >= s.educationRemindFromDay;
        };
        l << education;
        return l;
    }();
    return items;
}

} // namespace houqin::safety
