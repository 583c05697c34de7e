#include "CanteenAttention.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {
// Leafy vegetables are tested, and canteen staff checked each morning, on school days (SchoolCalendar:
// term dates, holidays and make-up working days).
constexpr AttentionItem::SchoolDays schoolDays;
// An item that applies from a day the settings give.
AttentionItem activeWith(AttentionItem item, std::function<bool(QDate, const KindergartenSettings&)> rule) {
    item.activeWith = std::move(rule);
    return item;
}
// Next week's menu is written late in the week and due by Monday; reminding from Thursday (the settings'
// weekday) leaves time.
bool fromMenuWeekday(QDate d, const KindergartenSettings& s) {
    return d.dayOfWeek() >= s.menuRemindFromWeekday;
}
// The month's account is published once the books are closed: from the 6th (the settings' day) of the
// following month.
bool afterBookClosing(QDate d, const KindergartenSettings& s) {
    return d.day() >= s.accountsRemindFromDay;
}
} // namespace

const QList<AttentionItem>& attentionItems() {
    using Severity = AttentionItem::Severity;
    static const QList<AttentionItem> items{
        {QStringLiteral("canteen.samples-due"),
         //: zh_CN "留样已满保存时限，待处置"
         QT_TRANSLATE_NOOP("Attention", "Food samples due for disposal"), Severity::Warning,
         QStringLiteral("food-samples"), QStringLiteral("due")},
        {QStringLiteral("canteen.samples-overdue"),
         //: zh_CN "留样逾期未处置"
         QT_TRANSLATE_NOOP("Attention", "Food samples overdue for disposal"), Severity::Critical,
         QStringLiteral("food-samples"), QStringLiteral("overdue")},
        {QStringLiteral("canteen.pesticide-unhandled"),
         //: zh_CN "农残检测不合格，尚未处置"
         QT_TRANSLATE_NOOP("Attention", "Positive pesticide tests not yet handled"), Severity::Critical,
         QStringLiteral("pesticide-tests"), QStringLiteral("unhandled")},
        {QStringLiteral("canteen.pesticide-missing-today"),
         //: zh_CN "今天还没有农残检测"
         QT_TRANSLATE_NOOP("Attention", "No pesticide test today"), Severity::Warning,
         QStringLiteral("pesticide-tests"), QStringLiteral("today"), AttentionItem::Trigger::WhenNone,
         schoolDays},
        {QStringLiteral("canteen.meal-without-samples"),
         //: zh_CN "今日食谱中有餐次未留样"
         QT_TRANSLATE_NOOP("Attention", "A meal on today's menu without food samples"), Severity::Warning,
         QStringLiteral("menus"), QStringLiteral("meal-without-samples"), AttentionItem::Trigger::WhenAny,
         schoolDays},
        {QStringLiteral("canteen.menu-this-week-unpublished"),
         //: zh_CN "本周食谱尚未公示"
         QT_TRANSLATE_NOOP("Attention", "This week's menu not published"), Severity::Critical,
         QStringLiteral("menus"), QStringLiteral("this-week-published"), AttentionItem::Trigger::WhenNone,
         schoolDays},
        activeWith({QStringLiteral("canteen.menu-next-week-unpublished"),
                    //: zh_CN "下周食谱尚未公示"
                    QT_TRANSLATE_NOOP("Attention", "Next week's menu not published"), Severity::Warning,
                    QStringLiteral("menus"), QStringLiteral("next-week-published"),
                    AttentionItem::Trigger::WhenNone},
                   fromMenuWeekday),
        activeWith({QStringLiteral("canteen.accounts-unpublished"),
                    //: zh_CN "上月伙食收支尚未公示"
                    QT_TRANSLATE_NOOP("Attention", "Last month's canteen account not published"),
                    Severity::Warning, QStringLiteral("canteen-accounts"),
                    QStringLiteral("last-month-published"), AttentionItem::Trigger::WhenNone},
                   afterBookClosing),
        {QStringLiteral("canteen.unfit-without-measure"),
         //: zh_CN "晨检不宜上岗，尚未记录处理措施"
         QT_TRANSLATE_NOOP("Attention", "Staff unfit for duty at the morning check, no measure recorded"),
         Severity::Critical, QStringLiteral("morning-checks"), QStringLiteral("unfit-without-measure")},
        {QStringLiteral("canteen.certificates-expired"),
         //: zh_CN "健康证已过期"
         QT_TRANSLATE_NOOP("Attention", "Health certificates expired"), Severity::Critical,
         QStringLiteral("health-certificates"), QStringLiteral("expired")},
        {QStringLiteral("canteen.certificates-expiring"),
         //: zh_CN "健康证即将到期"
         QT_TRANSLATE_NOOP("Attention", "Health certificates expiring soon"), Severity::Warning,
         QStringLiteral("health-certificates"), QStringLiteral("expiring")},
        // Canteen workers are listed in the staff kind; its filters look for today's morning check and a
        // valid health certificate (NotExists over those kinds), so the item opens the staff list.
        {QStringLiteral("canteen.staff-no-morning-check"),
         //: zh_CN "食堂人员今日未晨检"
         QT_TRANSLATE_NOOP("Attention", "Canteen staff without today's morning check"), Severity::Warning,
         QStringLiteral("staff"), QStringLiteral("canteen-no-morning-check"), AttentionItem::Trigger::WhenAny,
         schoolDays},
        {QStringLiteral("canteen.staff-no-certificate"),
         //: zh_CN "食堂人员无有效健康证"
         QT_TRANSLATE_NOOP("Attention", "Canteen staff without a valid health certificate"),
         Severity::Critical, QStringLiteral("staff"), QStringLiteral("canteen-no-certificate")},
        {QStringLiteral("canteen.licences-expired"),
         //: zh_CN "供应商证照已过期"
         QT_TRANSLATE_NOOP("Attention", "Supplier licences expired"), Severity::Critical,
         QStringLiteral("suppliers"), QStringLiteral("licence-expired")},
        {QStringLiteral("canteen.licences-expiring"),
         //: zh_CN "供应商证照即将到期"
         QT_TRANSLATE_NOOP("Attention", "Supplier licences expiring soon"), Severity::Warning,
         QStringLiteral("suppliers"), QStringLiteral("licence-expiring")},
    };
    return items;
}

} // namespace houqin::canteen
