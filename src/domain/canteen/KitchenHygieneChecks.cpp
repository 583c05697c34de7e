#include "KitchenHygieneChecks.h"

#include "CanteenCommon.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kArea = QStringLiteral("area");
const QString kInspector = QStringLiteral("inspector");
const QString kProblems = QStringLiteral("problems");

FieldDef item(const QString& key, const char* label) {
    return field::boolean(key, label).req().def(true);
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    bool failed = false;
    for (const QString& key : hygieneChecklist())
        failed = failed || !r.value(key).toBool();
    if (failed && r.isEmpty(kProblems))
        out << Issue::warning(
            kProblems,
            QCoreApplication::translate("KitchenHygiene", "An item is not ticked: describe the problem."));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("kitchen-hygiene-checks");
    k.table = QStringLiteral("kitchen_hygiene_checks");
    k.label = QT_TRANSLATE_NOOP("Fields", "Kitchen hygiene checks");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            kArea, QT_TRANSLATE_NOOP("Fields", "Area"),
            {
                {QStringLiteral("kitchen"),
                 QT_TRANSLATE_NOOP("Fields", "Kitchen"),
                 {QStringLiteral("操作间")}},
                {QStringLiteral("serving-room"),
                 QT_TRANSLATE_NOOP("Fields", "Serving room"),
                 {QStringLiteral("备餐间")}},
                {QStringLiteral("storeroom"),
                 QT_TRANSLATE_NOOP("Fields", "Storeroom"),
                 {QStringLiteral("仓库")}},
                {QStringLiteral("tableware-disinfection"),
                 QT_TRANSLATE_NOOP("Fields", "Tableware disinfection"),
                 {QStringLiteral("餐具消毒")}},
                {QStringLiteral("sample-fridge"),
                 QT_TRANSLATE_NOOP("Fields", "Sample fridge"),
                 {QStringLiteral("留样冰箱")}},
                {QStringLiteral("changing-room"),
                 QT_TRANSLATE_NOOP("Fields", "Changing room"),
                 {QStringLiteral("更衣室")}},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .req(),
        item(QStringLiteral("surfaces_clean"), QT_TRANSLATE_NOOP("Fields", "Surfaces clean")),
        item(QStringLiteral("raw_cooked_separate"), QT_TRANSLATE_NOOP("Fields", "Raw and cooked kept apart")),
        item(QStringLiteral("disinfection_records"),
             QT_TRANSLATE_NOOP("Fields", "Disinfection records complete")),
        item(QStringLiteral("pest_control"), QT_TRANSLATE_NOOP("Fields", "Pest control in place")),
        item(QStringLiteral("waste_covered"), QT_TRANSLATE_NOOP("Fields", "Waste bins covered")),
        field::person(kInspector, QT_TRANSLATE_NOOP("Fields", "Inspector")).req().carry(),
        field::longText(kProblems, QT_TRANSLATE_NOOP("Fields", "Problems found")),
    };
    k.derived = {
        {field::choice(
             QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Fields", "Outcome"),
             {
                 {QStringLiteral("passed"), QT_TRANSLATE_NOOP("Fields", "Passed"), {QStringLiteral("合格")}},
                 {QStringLiteral("problems"),
                  QT_TRANSLATE_NOOP("Fields", "Problems found"),
                  {QStringLiteral("发现问题")}},
             }),
         [](const Record& r, const RuleContext&) {
             return QVariant(hygieneCheckPassed(r) ? QStringLiteral("passed") : QStringLiteral("problems"));
         }},
    };
    k.listColumns = {kDate,
                     kArea,
                     QStringLiteral("outcome"),
                     QStringLiteral("surfaces_clean"),
                     QStringLiteral("raw_cooked_separate"),
                     QStringLiteral("disinfection_records"),
                     QStringLiteral("pest_control"),
                     QStringLiteral("waste_covered"),
                     kInspector,
                     kProblems};
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = kArea;
    k.searchFields = {kArea, kInspector, kProblems};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("with-problems"),
         QT_TRANSLATE_NOOP("Fields", "Problems written down"),
         {{kProblems, Op::NotNull, {}}}},
    };
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) { r.set(kDate, c.now.date()); };
    return k;
}

} // namespace

const RecordKind& kitchenHygieneChecksKind() {
    static const RecordKind k = declare();
    return k;
}

const QStringList& hygieneChecklist() {
    static const QStringList keys{QStringLiteral("surfaces_clean"), QStringLiteral("raw_cooked_separate"),
                                  QStringLiteral("disinfection_records"), QStringLiteral("pest_control"),
                                  QStringLiteral("waste_covered")};
    return keys;
}

bool hygieneCheckPassed(const Record& check) {
    for (const QString& key : hygieneChecklist())
        if (!check.value(key).toBool())
            return false;
    return check.isEmpty(kProblems);
}

} // namespace houqin::canteen
