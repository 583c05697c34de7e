#include "ReportRegistry.h"

#include "canteen/CanteenNotices.h"
#include "canteen/CanteenRegisters.h"
#include "canteen/CanteenWeekly.h"
#include "canteen/FoodSamplesWeekly.h"
#include "plan/PlanReports.h"

#include <QCoreApplication>

namespace houqin::reports {

QString ReportDef::displayLabel() const {
    return QCoreApplication::translate("Reports", label);
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
