#include "SafetyInspectionWeekly.h"

#include "../ChecklistWeekly.h"
#include "../SheetParts.h"
#include "domain/safety/SafetyKinds.h"

#include <QCoreApplication>

namespace houqin::reports::safety {

namespace {

ChecklistWeeklySpec inspectionSpec() {
    ChecklistWeeklySpec spec;
    spec.kind = &houqin::safety::inspectionsKind();
    //: zh_CN "每周安全检查表"
    spec.title = QCoreApplication::translate("Reports", "Weekly safety inspection sheet");
    spec.noRecords =
        QCoreApplication::translate("Reports", "No safety inspections were recorded in this week.");
    spec.needsWeek = QCoreApplication::translate(
        "Reports", "The weekly safety inspection sheet needs a week, such as 2026-W47.");
    spec.sections = {{QString(), QStringLiteral("inspections"), {}}};
    //: zh_CN "检查人（签字）："
    spec.signatures = signatureLines({QT_TRANSLATE_NOOP("Reports", "Inspector (signature):")});
    return spec;
}

} // namespace

QString resultMark(const QString& resultKey) {
    return reports::resultMark(resultKey);
}

ReportDef inspectionWeeklyReport() {
    ReportDef r;
    r.key = QStringLiteral("safety-inspection-weekly");
    r.kinds = {QStringLiteral("inspections")};
    //: zh_CN "每周安全检查表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Weekly safety inspection sheet");
    checklistWeeklyReport(r, inspectionSpec);
    return r;
}

Result<TableDocument> buildInspectionWeekly(Database& db, const Period& period) {
    return buildChecklistWeekly(db, period, false, inspectionSpec(), "buildInspectionWeekly");
}

Result<TableDocument> buildInspectionWeeklyBlank(Database& db, const Period& period) {
    return buildChecklistWeekly(db, period, true, inspectionSpec(), "buildInspectionWeeklyBlank");
}

} // namespace houqin::reports::safety
