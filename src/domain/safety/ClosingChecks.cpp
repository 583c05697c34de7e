#include "Checklists.h"
#include "SafetyCommon.h"
#include "SafetyKinds.h"

namespace houqin::safety {

namespace {

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("closing-checks");
    k.table = QStringLiteral("closing_checks");
    k.label = QT_TRANSLATE_NOOP("Fields", "Closing checks");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::person(QStringLiteral("checker"), QT_TRANSLATE_NOOP("Fields", "Checked by")).req().carry(),
        field::longText(QStringLiteral("problems"), QT_TRANSLATE_NOOP("Fields", "Problems found")),
    };
    k.listColumns = {QStringLiteral("date"), QStringLiteral("campus"), checklist::kOutcome,
                     QStringLiteral("checker"), QStringLiteral("problems")};
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("date");
    k.searchFields = {QStringLiteral("checker"), QStringLiteral("problems")};
    // "all": every closing check; the dashboard narrows it to the last school day (AttentionItem::period).
    k.filters = {
        {QStringLiteral("all"), QT_TRANSLATE_NOOP("Fields", "All"), {}},
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(QStringLiteral("date"))}}};
    useChecklist(k, QStringLiteral("closing-check-lines"), QStringLiteral("closing_check_lines"),
                 QStringLiteral("closing_check_id"));
    return k;
}

} // namespace

const RecordKind& closingChecksKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::safety
