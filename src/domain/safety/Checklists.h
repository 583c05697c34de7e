#pragma once

#include "../RecordKind.h"

#include <memory>

// Checklists (检查表): a template of items grouped by area, kept as records of the kind `checklist-items`
// (so the office edits it like any list, imports and exports it), and the item lines that a checked
// record fills in from it: each item 合格 / 不合格 / 不适用 with a note. Safety inspections, closing checks
// and hygiene checks use it; patrols, kitchen hygiene and facility checks can declare it the same way.
//
// A kind that uses a checklist declares its own fields, then calls useChecklist(), which adds the lines,
// the derived outcome, the filter of records with failed items, photos, and a prefill that dates a new
// record today and fills it from the template whose checklist is the kind's key.
// A failed item opens a hazard (the lines kind's opensHazard, read by storage/safety/LineHazards), and
// the line keeps the hazard's id.
namespace houqin::safety {

const RecordKind& checklistItemsKind();

namespace checklist {
// Field keys of a checklist line.
inline const QString kArea = QStringLiteral("area");
inline const QString kItem = QStringLiteral("item");
inline const QString kResult = QStringLiteral("result");
inline const QString kNote = QStringLiteral("note");
inline const QString kHazardId = QStringLiteral("hazard_id");
inline const QString kRepairId = QStringLiteral("repair_id"); // lines that can open a repair too
// Result keys.
inline const QString kPass = QStringLiteral("pass");
inline const QString kFail = QStringLiteral("fail");
inline const QString kNotApplicable = QStringLiteral("na");
// Field keys of the template (checklist-items).
inline const QString kChecklist = QStringLiteral("checklist"); // which checklist: the using kind's key
inline const QString kSortOrder = QStringLiteral("sort_order");
inline const QString kActive = QStringLiteral("active");
// The derived outcome of a checked record: passed, problems (an item failed), incomplete (no result yet).
inline const QString kOutcome = QStringLiteral("outcome");
} // namespace checklist

// How a checked kind uses its checklist beyond the defaults.
struct ChecklistOptions {
    // The field whose value picks the template: the checklist is "<kind key>.<value>" (a facility check's
    // level: facility-checks.daily / .weekly / .monthly), and the lines follow the field in the form
    // (RecordKind::linesTemplateField). Empty = one checklist, the kind's key.
    QString templateField;
    // A failed item may open a repair request instead of a hazard (the lines get repair_id).
    bool opensRepairs = false;
};

// Makes `kind` a checked kind: its lines are the checklist's (key linesKey, stored in linesTable with
// parentColumn naming the record); see the comment above.
void useChecklist(RecordKind& kind, const QString& linesKey, const QString& linesTable,
                  const QString& parentColumn, const ChecklistOptions& options = {});

// The lines kind of a checklist (area, item, result, note, hazard_id and, with opensRepairs, repair_id),
// stored in `table`.
std::shared_ptr<const RecordKind> checklistLines(const QString& key, const QString& table, const char* label,
                                                 bool opensRepairs = false);
// The checklist a record of `kind` is filled from (see ChecklistOptions::templateField).
QString checklistKeyFor(const QString& kindKey, const QString& templateField, const Record& record);
// Derived on the checked record: passed / problems / incomplete.
DerivedDef checklistOutcome();
QString outcomeOf(const Record& checked);
// A filter "with-failed-items" of the checked kind `kindKey`.
FilterDef withFailedItems(const QString& kindKey);
// The lines of a new record: the template's active items of `checklistKey`, in order, each with result
// 合格 (the paper round marks the failures). Nothing when the context cannot read the template.
void fillFromTemplate(Record& record, const QString& checklistKey, const RuleContext& ctx);

} // namespace houqin::safety
