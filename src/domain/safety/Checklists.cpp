#include "Checklists.h"

#include <QCoreApplication>

namespace houqin::safety {

namespace cl = checklist;

namespace {

RecordKind declareItems() {
    RecordKind k;
    k.key = QStringLiteral("checklist-items");
    k.table = QStringLiteral("checklist_items");
    k.label = QT_TRANSLATE_NOOP("Fields", "Checklist items");
    k.fields = {
        field::choice(cl::kChecklist, QT_TRANSLATE_NOOP("Fields", "Checklist"),
                      {
                          {QStringLiteral("inspections"),
                           QT_TRANSLATE_NOOP("Fields", "Safety inspection"),
                           {QStringLiteral("安全检查")}},
                          {QStringLiteral("closing-checks"),
                           QT_TRANSLATE_NOOP("Fields", "Closing check"),
                           {QStringLiteral("放学后检查")}},
                          {QStringLiteral("hygiene-checks"),
                           QT_TRANSLATE_NOOP("Fields", "Hygiene check"),
                           {QStringLiteral("卫生检查")}},
                          //: zh_CN "设施设备日检"
                          {QStringLiteral("facility-checks.daily"),
                           QT_TRANSLATE_NOOP("Fields", "Facility check, daily"),
                           {QStringLiteral("设施设备日检"), QStringLiteral("日检")}},
                          //: zh_CN "设施设备周检"
                          {QStringLiteral("facility-checks.weekly"),
                           QT_TRANSLATE_NOOP("Fields", "Facility check, weekly"),
                           {QStringLiteral("设施设备周检"), QStringLiteral("周检")}},
                          //: zh_CN "设施设备月检"
                          {QStringLiteral("facility-checks.monthly"),
                           QT_TRANSLATE_NOOP("Fields", "Facility check, monthly"),
                           {QStringLiteral("设施设备月检"), QStringLiteral("月检")}},
                      })
            .req()
            .carry(),
        field::text(cl::kArea, QT_TRANSLATE_NOOP("Fields", "Area")).req().maxLen(50).carry(),
        field::text(cl::kItem, QT_TRANSLATE_NOOP("Fields", "Check item")).req().maxLen(200),
        field::integer(cl::kSortOrder, QT_TRANSLATE_NOOP("Fields", "Order"))
            .req()
            .range(0, 9999)
            .def(qint64(0)),
        field::boolean(cl::kActive, QT_TRANSLATE_NOOP("Fields", "In use")).req().def(true),
    };
    k.listColumns = {cl::kChecklist, cl::kSortOrder, cl::kArea, cl::kItem, cl::kActive};
    k.defaultSort = cl::kSortOrder;
    k.defaultSortDescending = false;
    k.titleField = cl::kItem;
    k.searchFields = {cl::kArea, cl::kItem};
    using Op = Condition::Op;
    for (const ChoiceDef& c : k.fields.first().choices) {
        const QString key = c.key;
        k.filters << FilterDef{
            key, c.label, {{cl::kChecklist, Op::Eq, [key](const RuleContext&) { return QVariant(key); }}}};
    }
    k.prefill = [](Record& r, const Record* previous, const RuleContext&) {
        if (previous && !previous->isEmpty(cl::kSortOrder))
            r.set(cl::kSortOrder, previous->value(cl::kSortOrder).toLongLong() + 10);
    };
    return k;
}

void lineRules(const Record& line, const RuleContext&, Issues& out) {
    if (line.value(cl::kResult).toString() == cl::kFail && line.isEmpty(cl::kNote))
        out << Issue::warning(
            cl::kNote, QCoreApplication::translate("Checklists", "The item failed: note what was found."));
}

} // namespace

const RecordKind& checklistItemsKind() {
    static const RecordKind k = declareItems();
    return k;
}

std::shared_ptr<const RecordKind> checklistLines(const QString& key, const QString& table, const char* label,
                                                 bool opensRepairs) {
    auto k = std::make_shared<RecordKind>();
    k->key = key;
    k->table = table;
    k->label = label;
    k->fields = {
        field::text(cl::kArea, QT_TRANSLATE_NOOP("Fields", "Area")).req().maxLen(50),
        field::text(cl::kItem, QT_TRANSLATE_NOOP("Fields", "Check item")).req().maxLen(200),
        field::choice(cl::kResult, QT_TRANSLATE_NOOP("Fields", "Finding"),
                      {
                          {cl::kPass,
                           QT_TRANSLATE_NOOP("Fields", "Pass"),
                           {QStringLiteral("合格"), QStringLiteral("√")}},
                          {cl::kFail,
                           QT_TRANSLATE_NOOP("Fields", "Fail"),
                           {QStringLiteral("不合格"), QStringLiteral("×")}},
                          {cl::kNotApplicable,
                           QT_TRANSLATE_NOOP("Fields", "Not applicable"),
                           {QStringLiteral("不适用"), QStringLiteral("/")}},
                      })
            .req()
            .def(cl::kPass),
        field::text(cl::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(150),
        field::integer(cl::kHazardId, QT_TRANSLATE_NOOP("Fields", "Hazard no.")).range(1, std::nullopt),
    };
    k->titleField = cl::kItem;
    k->rules = lineRules;
    k->photos = true; // what the inspector saw at a failed item (migration 0008)
    // A failed item opens a hazard (storage/safety/LineHazards).
    k->opensHazard = [](const Record& line) { return line.value(cl::kResult).toString() == cl::kFail; };
    // ... or a repair request, where the checklist is of things that get repaired
    // (storage/assets/LineRepairs).
    if (opensRepairs) {
        //: zh_CN "报修单号"
        k->fields << field::integer(cl::kRepairId, QT_TRANSLATE_NOOP("Fields", "Repair no."))
                         .range(1, std::nullopt);
        k->opensRepair = k->opensHazard;
    }
    return k;
}

QString outcomeOf(const Record& checked) {
    bool failed = false;
    for (const Record& line : checked.lines) {
        const QString result = line.value(cl::kResult).toString();
        if (result.isEmpty())
            return QStringLiteral("incomplete");
        failed = failed || result == cl::kFail;
    }
    return failed ? QStringLiteral("problems") : QStringLiteral("passed");
}

DerivedDef checklistOutcome() {
    return {
        field::choice(
            cl::kOutcome, QT_TRANSLATE_NOOP("Fields", "Check result"),
            {
                {QStringLiteral("passed"), QT_TRANSLATE_NOOP("Fields", "Passed"), {QStringLiteral("合格")}},
                {QStringLiteral("problems"),
                 QT_TRANSLATE_NOOP("Fields", "Problems found"),
                 {QStringLiteral("发现问题")}},
                {QStringLiteral("incomplete"),
                 QT_TRANSLATE_NOOP("Fields", "Incomplete"),
                 {QStringLiteral("未完成")}},
            }),
        [](const Record& r, const RuleContext&) {
            // A record without lines has not been checked against anything.
            return r.lines.isEmpty() ? QVariant() : QVariant(outcomeOf(r));
        }};
}

FilterDef withFailedItems(const QString& kindKey) {
    auto q = std::make_shared<RelatedQuery>();
    q->kindKey = kindKey;
    q->lines = true;
    q->conditions = {
        {cl::kResult, Condition::Op::Eq, [](const RuleContext&) { return QVariant(cl::kFail); }}};
    return {QStringLiteral("with-failed-items"),
            QT_TRANSLATE_NOOP("Fields", "With failed items"),
            {{Condition::Op::Exists, std::move(q)}}};
}

void fillFromTemplate(Record& record, const QString& checklistKey, const RuleContext& ctx) {
    if (!ctx.findRecords)
        return;
    record.lines.clear();
    for (const Record& item :
         ctx.findRecords(checklistItemsKind().key, cl::kChecklist, checklistKey, cl::kSortOrder)) {
        if (!item.value(cl::kActive).toBool())
            continue;
        Record line;
        line.set(cl::kArea, item.value(cl::kArea));
        line.set(cl::kItem, item.value(cl::kItem));
        line.set(cl::kResult, cl::kPass);
        record.lines << line;
    }
}

QString checklistKeyFor(const QString& kindKey, const QString& templateField, const Record& record) {
    if (templateField.isEmpty())
        return kindKey;
    return kindKey + QLatin1Char('.') + record.value(templateField).toString();
}

void useChecklist(RecordKind& k, const QString& linesKey, const QString& linesTable,
                  const QString& parentColumn, const ChecklistOptions& options) {
    k.lines =
        checklistLines(linesKey, linesTable, QT_TRANSLATE_NOOP("Fields", "Checklist"), options.opensRepairs);
    k.linesParentColumn = parentColumn;
    k.minLines = 1;
    k.derived.prepend(checklistOutcome());
    k.filters.prepend(withFailedItems(k.key));
    k.photos = true;
    auto fill = [kindKey = k.key, templateField = options.templateField](Record& r, const RuleContext& c) {
        fillFromTemplate(r, checklistKeyFor(kindKey, templateField, r), c);
    };
    k.prefill = [fill, dateField = k.dateField](Record& r, const Record*, const RuleContext& c) {
        r.set(dateField, c.now.date());
        fill(r, c);
    };
    if (!options.templateField.isEmpty()) {
        k.linesTemplateField = options.templateField;
        k.fillLines = fill;
    }
}

} // namespace houqin::safety
