#include "CanteenAttention.h"

#include <QCoreApplication>

namespace houqin::canteen {

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
    };
    return items;
}

} // namespace houqin::canteen
