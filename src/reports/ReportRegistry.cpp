#include "ReportRegistry.h"

#include "assets/AssetReports.h"
#include "canteen/CanteenNotices.h"
#include "canteen/CanteenRegisters.h"
#include "canteen/CanteenWeekly.h"
#include "canteen/FoodSamplesWeekly.h"
#include "domain/KindRegistry.h"
#include "plan/PlanReports.h"
#include "safety/SafetyInspectionWeekly.h"
#include "safety/SafetyMonthly.h"
#include "safety/SafetyRegisters.h"
#include "staff/PatrolWeekly.h"
#include "staff/TrainingReports.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace houqin::reports {

QString ReportDef::displayLabel() const {
    return QCoreApplication::translate("Reports", label);
}

Result<TableDocument> ReportDef::make(Database& db, const Period& period, bool blank,
                                      const ReportOptions& given) const {
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        if (std::none_of(options.cbegin(), options.cend(),
                         [&](const ReportOption& o) { return o.key == it.key(); }))
            return Error::make(
                Error::Code::Usage,
                //: zh_CN "%1 没有选项 --%2。"
                QCoreApplication::translate("Reports", "%1 has no option --%2.").arg(key, it.key()),
                QStringLiteral("ReportDef::make"));
    for (const QString& kind : kinds)
        if (const RecordKind* k = findKind(kind))
            if (Status s = accesscheck::require(db, *k, access::Action::Print); !s)
                return s.error();
    if (blank && !blankable())
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate("Reports", "%1 has no blank form.").arg(key),
                           QStringLiteral("ReportDef::make"));
    auto doc = !blank ? (buildWith ? buildWith(db, period, given) : build(db, period))
                      : (buildBlankWith ? buildBlankWith(db, period, given) : buildBlank(db, period));
    if (doc)
        doc->chainNote = chainNote(db);
    return doc;
}

bool ReportDef::mayPrint(const Database& db) const {
    if (!db.signedIn())
        return true;
    return std::all_of(kinds.cbegin(), kinds.cend(), [&](const QString& kind) {
        return access::allows(db.signedIn()->role, kind, access::Action::Print);
    });
}

QString chainNote(Database& db) {
    auto head = AuditChain::head(db);
    if (!head || head->isEmpty())
        return {};
    //: The audit trail's chain head in a printout's footer. zh_CN "操作记录 %1"
    return QCoreApplication::translate("Reports", "Audit %1").arg(AuditChain::shortForm(*head));
}

const QList<ReportDef>& allReports() {
    // Each module contributes its reports here, in the order `houqin reports` lists them.
    static const QList<ReportDef> reports{
        canteen::foodSamplesWeeklyReport(),
        canteen::pesticideNoticeReport(),
        canteen::pesticideMonthlyReport(),
        canteen::weeklyMenuReport(),
        canteen::deliveriesRegisterReport(),
        canteen::canteenAccountsNoticeReport(),
        canteen::morningChecksMonthlyReport(),
        canteen::mealAccompanimentMonthlyReport(),
        plan::planMonthlyReport(),
        plan::planSemesterReport(),
        safety::inspectionWeeklyReport(),
        staff::patrolWeeklyReport(),
        safety::hazardRegisterReport(),
        safety::visitorRegisterReport(),
        safety::dutyRosterReport(),
        safety::closingChecksMonthlyReport(),
        safety::drillsRegisterReport(),
        safety::educationMonthlyReport(),
        staff::trainingAttendanceReport(),
        staff::examResultsReport(),
        staff::appraisalMonthlyReport(),
        staff::trainingSemesterReport(),
        assets::assetRegisterReport(),
        assets::loansOutstandingReport(),
        assets::repairFormReport(),
        assets::stocktakeSheetReport(),
        assets::stocktakeResultReport(),
        assets::assetLabelsReport(),
        assets::facilityWeeklyReport(),
        assets::utilitiesMonthlyReport(),
    };
    return reports;
}

const ReportDef* findReport(const QString& key) {
    for (const ReportDef& r : allReports())
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace houqin::reports
