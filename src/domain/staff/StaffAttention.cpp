#include "TrainingKinds.h"

namespace houqin::staff {

const QList<AttentionItem>& attentionItems() {
    using S = AttentionItem::Severity;
    using T = AttentionItem::Trigger;
    static const QList<AttentionItem> items = [] {
        QList<AttentionItem> l;
        // Study is fortnightly: raised when no theory or canteen-theory session lies in the settings' study
        // interval (14 days by default) ending today (the filter's own window). Term time only: the summer
        // and winter breaks have no study. The key keeps the default's number: keys are a contract.
        //: zh_CN "近%1天没有业务学习"
        AttentionItem study{QStringLiteral("staff.no-study-14-days"),
                            QT_TRANSLATE_NOOP("Attention", "No study session in the last %1 days"),
                            S::Warning,
                            QStringLiteral("training-sessions"),
                            QStringLiteral("study-last-14-days"),
                            T::WhenNone,
                            AttentionItem::SchoolDays{}};
        study.labelNumber = [](const KindergartenSettings& s) { return s.studyIntervalDays; };
        l << study;
        // In the month's last days (seven by default): the month's exam.
        //: zh_CN "本月理论考试尚未进行"
        AttentionItem exam{QStringLiteral("staff.exam-not-held"),
                           QT_TRANSLATE_NOOP("Attention", "This month's exam not yet held"),
                           S::Warning,
                           QStringLiteral("exams"),
                           QStringLiteral("this-month"),
                           T::WhenNone};
        exam.activeWith = [](QDate day, const KindergartenSettings& s) {
            return day.day() > day.daysInMonth() - s.examRemindLastDays;
        };
        l << exam;
        // From the settings' day (the 25th by default): everyone at work has this month's appraisal; the
        // list names who is missing.
        //: zh_CN "本月考核未完成的员工"
        AttentionItem appraisals{QStringLiteral("staff.appraisals-incomplete"),
                                 QT_TRANSLATE_NOOP("Attention", "Staff without this month's appraisal"),
                                 S::Warning, QStringLiteral("staff"),
                                 QStringLiteral("without-appraisal-this-month")};
        appraisals.activeWith = [](QDate day, const KindergartenSettings& s) {
            return day.day() >= s.appraisalRemindFromDay;
        };
        l << appraisals;
        return l;
    }();
    return items;
}

} // namespace houqin::staff
