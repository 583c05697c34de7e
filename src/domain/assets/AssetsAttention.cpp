#include "../SemesterCalendar.h"
#include "AssetKinds.h"

namespace houqin::assets {

bool frostProtectionDue(QDate day, const KindergartenSettings& s) {
    const SemesterCalendar calendar(s.semesterStart);
    // The autumn semester starts in August or September; its week 18 falls in January.
    return calendar.isValid() && s.semesterStart.month() >= 7 && day >= calendar.mondayOfWeek(18) &&
           !calendar.isAfterTerm(day);
}

QDate frostSeasonStart(QDate day) {
    return day.month() >= 7 ? QDate(day.year(), 12, 1) : QDate(day.year() - 1, 12, 1);
}

const QList<AttentionItem>& attentionItems() {
    using S = AttentionItem::Severity;
    static const QList<AttentionItem> items = [] {
        QList<AttentionItem> l;
        //: zh_CN "逾期未还的借出物品"
        l << AttentionItem{QStringLiteral("assets.loans-overdue"),
                           QT_TRANSLATE_NOOP("Attention", "Loans past their due date"), S::Warning,
                           QStringLiteral("loans"), QStringLiteral("overdue")};
        // The plan has everything lent back in week 20: from the settings' week (19 by default) to the end of
        // term, every loan still out is raised, due or not.
        //: zh_CN "学期末：尚未归还的借出物品"
        AttentionItem termEnd{QStringLiteral("assets.loans-out-at-term-end"),
                              QT_TRANSLATE_NOOP("Attention", "End of term: loans not yet returned"),
                              S::Warning, QStringLiteral("loans"), QStringLiteral("out")};
        termEnd.activeWith = [](QDate day, const KindergartenSettings& s) {
            const SemesterCalendar calendar(s.semesterStart);
            return calendar.isValid() && day >= calendar.mondayOfWeek(s.loansReturnFromWeek) &&
                   !calendar.isAfterTerm(day);
        };
        l << termEnd;
        //: zh_CN "超过%1天未派工的紧急报修"
        AttentionItem urgent{
            QStringLiteral("assets.urgent-repairs-waiting"),
            QT_TRANSLATE_NOOP("Attention", "Urgent repairs not dispatched for over %1 day(s)"), S::Critical,
            QStringLiteral("repairs"), QStringLiteral("urgent-waiting")};
        urgent.labelNumber = [](const KindergartenSettings& s) { return s.urgentRepairWaitDays; };
        l << urgent;
        // The key keeps the default's number: keys are a contract.
        //: zh_CN "超过%1天未修好的报修"
        AttentionItem open{QStringLiteral("assets.repairs-open-over-7-days"),
                           QT_TRANSLATE_NOOP("Attention", "Repairs not done after %1 days"), S::Warning,
                           QStringLiteral("repairs"), QStringLiteral("open-over-7-days")};
        open.labelNumber = [](const KindergartenSettings& s) { return s.repairOpenDays; };
        l << open;
        // The plan counts everything in weeks 5 and 20 (a setting): in such a week, each campus without a
        // stocktake since the week's Monday is raised.
        //: zh_CN "本周应清点资产的园区（尚未清点）"
        AttentionItem stocktake{QStringLiteral("assets.stocktake-due"),
                                QT_TRANSLATE_NOOP("Attention", "Campuses due for this week's stocktake"),
                                S::Warning,
                                QStringLiteral("stocktakes"),
                                QStringLiteral("all"),
                                AttentionItem::Trigger::WhenNone};
        stocktake.activeWith = [](QDate day, const KindergartenSettings& s) {
            const SemesterCalendar calendar(s.semesterStart);
            return calendar.isValid() && !calendar.isAfterTerm(day) &&
                   s.stocktakeWeeks.contains(calendar.weekOf(day));
        };
        stocktake.period = [](QDate day, const SchoolCalendar&) {
            return qMakePair(day.addDays(1 - day.dayOfWeek()), day);
        };
        stocktake.campusField = stocktake::kCampus;
        l << stocktake;
        // The director's desk: every request not yet approved or rejected.
        //: zh_CN "待审批的申购"
        l << AttentionItem{QStringLiteral("assets.purchases-awaiting-approval"),
                           QT_TRANSLATE_NOOP("Attention", "Purchase requests awaiting approval"), S::Info,
                           QStringLiteral("purchase-requests"), QStringLiteral("state-requested")};
        // A failed facility check item is handled once a repair or a hazard is opened from it; from then on
        // the repairs' and the hazard register's own reminders follow it to the end.
        //: zh_CN "设施设备检查的不合格项尚未处理"
        l << AttentionItem{QStringLiteral("assets.facility-failed-unhandled"),
                           QT_TRANSLATE_NOOP("Attention", "Failed facility check items not yet handled"),
                           S::Warning, QStringLiteral("facility-checks"), facility::kFailedUnhandled};
        // The plan's week 18 of the autumn semester (January): protect the large outdoor equipment from
        // frost. Raised from Monday of week 18 to the end of term until a facility check since the first of
        // December records it done (its "protected from frost" box).
        //: zh_CN "冬季户外大型器械防冻保护（第十八周）"
        AttentionItem frost{
            QStringLiteral("assets.winter-frost-protection"),
            QT_TRANSLATE_NOOP("Attention",
                              "Winter: protect the large outdoor equipment from frost (week 18)"),
            S::Warning,
            QStringLiteral("facility-checks"),
            facility::kFrostProtectedFilter,
            AttentionItem::Trigger::WhenNone};
        frost.activeWith = [](QDate day, const KindergartenSettings& s) {
            return frostProtectionDue(day, s);
        };
        frost.period = [](QDate day, const SchoolCalendar&) {
            return QPair<QDate, QDate>(frostSeasonStart(day), day);
        };
        l << frost;
        return l;
    }();
    return items;
}

} // namespace houqin::assets
