// 绿化养护: weeding, pruning, spraying and watering of the grounds.
#include "SafetyKinds.h"

namespace houqin::safety {

namespace {

RecordKind declareGreenery() {
    RecordKind k;
    k.key = QStringLiteral("greenery");
    k.table = QStringLiteral("greenery");
    k.label = QT_TRANSLATE_NOOP("Fields", "Greenery care");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            QStringLiteral("task"), QT_TRANSLATE_NOOP("Fields", "Task"),
            {{QStringLiteral("weeding"), QT_TRANSLATE_NOOP("Fields", "Weeding"), {QStringLiteral("拔草")}},
             {QStringLiteral("pruning"), QT_TRANSLATE_NOOP("Fields", "Pruning"), {QStringLiteral("修枝")}},
             {QStringLiteral("spraying"), QT_TRANSLATE_NOOP("Fields", "Spraying"), {QStringLiteral("洒药")}},
             {QStringLiteral("watering"), QT_TRANSLATE_NOOP("Fields", "Watering"), {QStringLiteral("浇水")}},
             {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}}})
            .req(),
        field::text(QStringLiteral("area"), QT_TRANSLATE_NOOP("Fields", "Area")).req().maxLen(100).carry(),
        field::person(QStringLiteral("done_by"), QT_TRANSLATE_NOOP("Fields", "Done by")).req().carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("area");
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("date"), c.now.date());
    };
    return k;
}

} // namespace

const RecordKind& greeneryKind() {
    static const RecordKind k = declareGreenery();
    return k;
}

} // namespace houqin::safety
