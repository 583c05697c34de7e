#include "../SemesterCalendar.h"
#include "AssetKinds.h"

namespace houqin::assets {

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
            return calendar.isValid() && day >= calendar.mondayOfWeek(s.loansReturnFromWeek) && !calendar.isAfterTerm(day);
        };
        l << termEnd;
        //: zh_CN "超过%1天未派工的紧急报修"
        AttentionItem urgent{QStringLiteral("assets.urgent-repairs-waiting"),
                             QT_TRANSLATE_NOOP("Attention", "Urgent repairs not dispatched for over %1 day(s)"),
                             S::Critical, QStringLiteral("repairs"), QStringLiteral("urgent-waiting")};
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
        //: zh_CN "本周应清点资产的校区（尚未清点）"
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
        return l;
    }();
    return items;
}

} // namespace houqin::assets
