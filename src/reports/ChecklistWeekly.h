#pragma once

#include "ReportRegistry.h"
#include "domain/RecordKind.h"

#include <functional>

// The weekly sheet of a checked kind (domain/safety/Checklists): the paper form of a round that ticks a
// checklist every school day, blank for the round and filled from the records. One block per campus (or
// only the one asked for), in it one section per checklist: rows are the template's active items in order,
// grouped by area, then any item a record has that the template lacks; one result column per school day
// Monday to Friday (√ 合格, × 不合格, / 不适用), then 备注 with each failed item's note and the hazard or
// repair it opened. The weekly safety inspection sheet has one section; the facility sheet one per level.
namespace houqin::reports {

struct ChecklistWeeklySpec {
    const RecordKind* kind = nullptr; // the checked kind (its dateField, campus field "campus" and lines)
    QString title;                    // translated
    QString noRecords;                // translated footnote of a filled sheet without records
    QString needsWeek;                // translated usage error without a week
    struct Section {
        QString heading;      // translated; empty = no heading row (a single section)
        QString checklistKey; // the template's checklist
        // The records whose lines belong in this section (a facility check of this level); null = all.
        std::function<bool(const Record&)> holds;
    };
    QList<Section> sections;
    QString campus;         // only this campus; empty = every campus of the settings
    QStringList signatures; // signatureLines(...)
};

// Makes r a weekly checklist sheet built from spec (called at each build): its period a week, its option
// --campus (only that campus's block; an unknown campus is a usage error naming the campuses), and its
// build, blank form and their option-taking forms.
void checklistWeeklyReport(ReportDef& r, std::function<ChecklistWeeklySpec()> spec);

Result<TableDocument> buildChecklistWeekly(Database& db, const Period& period, bool blank,
                                           const ChecklistWeeklySpec& spec, const char* where);

// The printed mark of a checklist line's result: √ pass, × fail, / not applicable, empty otherwise.
QString resultMark(const QString& resultKey);

} // namespace houqin::reports
