#include "TrainingKinds.h"

namespace houqin::staff {

const QList<AttentionItem>& attentionItems() {
    using S = AttentionItem::Severity;
    using T = AttentionItem::Trigger;
    static const QList<AttentionItem> items = [] {
        QList<AttentionItem> l;
        // Study is fortnightly: raised when no theory or canteen-theory session lies in the 14 days ending
        // today (the filter's own window). Term time only: the summer and winter breaks have no study.
        //: zh_CN "近14天没有业务学习"
        l << AttentionItem{QStringLiteral("staff.no-study-14-days"),
                           QT_TRANSLATE_NOOP("Attention", "No study session in the last 14 days"),
                           S::Warning,
                           QStringLiteral("training-sessions"),
                           QStringLiteral("study-last-14-days"),
                           T::WhenNone,
                           AttentionItem::SchoolDays{}};
        // From the last seven days of the month: the month's exam.
        //: zh_CN "本月理论考试尚未进行"
        l << AttentionItem{QStringLiteral("staff.exam-not-held"),
                           QT_TRANSLATE_NOOP("Attention", "This month's exam not yet held"),
                           S::Warning,
                           QStringLiteral("exams"),
                           QStringLiteral("this-month"),
                           T::WhenNone,
                           [](QDate day) { return day.day() > day.daysInMonth() - 7; }};
        // From the 25th: everyone at work has this month's appraisal; the list names who is missing.
        //: zh_CN "本月考核未完成的员工"
        l << AttentionItem{QStringLiteral("staff.appraisals-incomplete"),
                           QT_TRANSLATE_NOOP("Attention", "Staff without this month's appraisal"),
                           S::Warning,
                           QStringLiteral("staff"),
                           QStringLiteral("without-appraisal-this-month"),
                           T::WhenAny,
                           [](QDate day) { return day.day() >= 25; }};
        return l;
    }();
    return items;
}

} // namespace houqin::staff
