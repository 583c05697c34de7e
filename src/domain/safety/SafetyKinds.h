#pragma once

#include "../Attention.h"
#include "../RecordKind.h"

// The safety module's record kinds (chapter 二 of the plan), one declaration each in its own file. The
// register of hazards is in Hazards.h, the checklist machinery in Checklists.h.
namespace houqin::safety {

const RecordKind& inspectionsKind();              // 安全检查 (checklist)
const RecordKind& responsibilityAgreementsKind(); // 安全责任书 / 岗位责任书
const RecordKind& emergencyPlansKind();           // 应急预案
const RecordKind& drillsKind();                   // 应急演练
const RecordKind& dutyRostersKind();              // 值班
const RecordKind& visitorsKind();                 // 来访登记
const RecordKind& earlyPickupsKind();             // 中途接园
const RecordKind& guardLogsKind();                // 门卫交接与巡视
const RecordKind& closingChecksKind();            // 放学后检查 (checklist)
const RecordKind& safetyEducationKind();          // 安全教育
const RecordKind& classesKind();                  // 班级: who safety education and early pickups concern
const RecordKind& hygieneZonesKind();             // 卫生责任区
const RecordKind& hygieneChecksKind();            // 卫生检查 (checklist)
const RecordKind& greeneryKind();                 // 绿化养护

// Visitors: admitted below the fever threshold, refused at or above it (37.2 admitted, 37.3 not).
bool visitorAdmitted(double temperatureC, const KindergartenSettings& s);
// An ID number as lists and prints show it: the first 4 and last 4 characters, the rest masked.
QString maskedIdNumber(const QString& id);
// Whether a text is such a masked ID number (4 characters, only asterisks, 4 characters), as a list export
// with labels writes it: an import cannot read the number back from it.
bool isMaskedIdNumber(const QString& text);

// The module's dashboard items.
const QList<AttentionItem>& attentionItems();

} // namespace houqin::safety
