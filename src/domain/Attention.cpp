#include "Attention.h"

#include "assets/AssetKinds.h"
#include "canteen/CanteenAttention.h"
#include "plan/PlanTasks.h"
#include "safety/SafetyKinds.h"
#include "staff/Patrols.h"
#include "staff/TrainingKinds.h"

#include <QCoreApplication>

namespace houqin {

QString AttentionItem::displayLabel(const KindergartenSettings& settings) const {
    const QString text = QCoreApplication::translate("Attention", label);
    return labelNumber ? text.arg(labelNumber(settings)) : text;
}

const QList<AttentionItem>& allAttentionItems() {
    // One line per module; the items themselves live in the module's folder.
    static const QList<AttentionItem> items = [] {
        QList<AttentionItem> all;
        all << canteen::attentionItems();
        all << plan::attentionItems();
        all << safety::attentionItems();
        all << staff::patrolAttentionItems();
        all << assets::attentionItems();
        all << staff::attentionItems();
        return all;
    }();
    return items;
}

const AttentionItem* findAttentionItem(const QString& key) {
    for (const AttentionItem& item : allAttentionItems())
        if (item.key == key)
            return &item;
    return nullptr;
}

} // namespace houqin
