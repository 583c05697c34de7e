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
        // The plan has everything lent back in week 20: from week 19 to the end of term, every loan still
        // out is raised, due or not.
        //: zh_CN "学期末：尚未归还的借出物品"
        AttentionItem termEnd{QStringLiteral("assets.loans-out-at-term-end"),
                              QT_TRANSLATE_NOOP("Attention", "End of term: loans not yet returned"),
                              S::Warning, QStringLiteral("loans"), QStringLiteral("out")};
        termEnd.activeWith = [](QDate day, const KindergartenSettings& s) {
            const SemesterCalendar calendar(s.semesterStart);
            return calendar.isValid() && day >= calendar.mondayOfWeek(19) && !calendar.isAfterTerm(day);
        };
        l << termEnd;
        //: zh_CN "超过一天未派工的紧急报修"
        l << AttentionItem{QStringLiteral("assets.urgent-repairs-waiting"),
                           QT_TRANSLATE_NOOP("Attention", "Urgent repairs not dispatched for over a day"),
                           S::Critical, QStringLiteral("repairs"), QStringLiteral("urgent-waiting")};
        //: zh_CN "超过 7 天未修好的报修"
        l << AttentionItem{QStringLiteral("assets.repairs-open-over-7-days"),
                           QT_TRANSLATE_NOOP("Attention", "Repairs not done after 7 days"), S::Warning,
                           QStringLiteral("repairs"), QStringLiteral("open-over-7-days")};
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
