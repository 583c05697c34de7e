#include "Modules.h"

#include "access/Permissions.h"
#include "assets/AssetsExtensions.h"
#include "assets/StocktakePage.h"
#include "assets/UtilityCharts.h"
#include "canteen/CanteenCharts.h"
#include "canteen/FoodSampleExtension.h"
#include "dashboard/DashboardPage.h"
#include "domain/KindRegistry.h"
#include "plan/MonthReviewPage.h"
#include "plan/PlanExtensions.h"
#include "safety/SafetyExtensions.h"
#include "staff/AppraisalMonthPage.h"

#include <QCoreApplication>

namespace houqin::gui {

QString ModuleDef::displayTitle() const {
    return QCoreApplication::translate("Modules", title);
}

QString ViewDef::displayTitle() const {
    return QCoreApplication::translate("Modules", title);
}

const QList<ModuleDef>& allModules() {
    static const QList<ModuleDef> modules = {
        {QT_TRANSLATE_NOOP("Modules", "Overview"),
         {},
         nullptr,
         {{QT_TRANSLATE_NOOP("Modules", "Overview"), &dashboard::createDashboard}}},
        {QT_TRANSLATE_NOOP("Modules", "Work plan"),
         {QStringLiteral("semesters"), QStringLiteral("plan-tasks"), QStringLiteral("calendar-days")},
         &plan::registerGuiExtensions,
         {{QT_TRANSLATE_NOOP("Modules", "Month review"), &plan::createMonthReview, false,
           QStringLiteral("plan-tasks")}}},
        {QT_TRANSLATE_NOOP("Modules", "Staff and training"),
         {QStringLiteral("staff"), QStringLiteral("training-sessions"), QStringLiteral("exams"),
          QStringLiteral("appraisals"), QStringLiteral("patrols"), QStringLiteral("mentor-pairs"),
          QStringLiteral("competitions"), QStringLiteral("awards")},
         nullptr,
         {{QT_TRANSLATE_NOOP("Modules", "Appraisal month"), &staff::createAppraisalMonth, true,
           QStringLiteral("appraisals"), access::Action::Edit}}},
        {QT_TRANSLATE_NOOP("Modules", "Safety"),
         {QStringLiteral("hazards"), QStringLiteral("inspections"), QStringLiteral("closing-checks"),
          QStringLiteral("visitors"), QStringLiteral("early-pickups"), QStringLiteral("guard-logs"),
          QStringLiteral("duty-rosters"), QStringLiteral("drills"), QStringLiteral("emergency-plans"),
          QStringLiteral("safety-education"), QStringLiteral("responsibility-agreements"),
          QStringLiteral("hygiene-checks"), QStringLiteral("hygiene-zones"), QStringLiteral("greenery"),
          QStringLiteral("classes"), QStringLiteral("checklist-items")},
         &safety::registerGuiExtensions},
        {QT_TRANSLATE_NOOP("Modules", "Canteen and health"),
         {QStringLiteral("food-samples"), QStringLiteral("pesticide-tests"), QStringLiteral("menus"),
          QStringLiteral("deliveries"), QStringLiteral("morning-checks"),
          QStringLiteral("health-certificates"), QStringLiteral("suppliers"),
          QStringLiteral("meal-accompaniments"), QStringLiteral("kitchen-hygiene-checks"),
          QStringLiteral("canteen-accounts"), QStringLiteral("seasonal-dishes"),
          QStringLiteral("meal-committee"), QStringLiteral("meal-committee-visits")},
         &canteen::registerGuiExtensions,
         {{QT_TRANSLATE_NOOP("Modules", "Charts"), &canteen::createCharts, true,
           QStringLiteral("food-samples")}}},
        {QT_TRANSLATE_NOOP("Modules", "Assets"),
         {QStringLiteral("assets"), QStringLiteral("purchase-requests"), QStringLiteral("requisitions"),
          QStringLiteral("repairs"), QStringLiteral("loans"), QStringLiteral("disposals"),
          QStringLiteral("stocktakes"), QStringLiteral("facility-checks"),
          QStringLiteral("utility-readings")},
         &assets::registerGuiExtensions,
         {{QT_TRANSLATE_NOOP("Modules", "Stocktake"), &assets::createStocktake, true,
           QStringLiteral("stocktakes"), access::Action::Create},
          //: zh_CN "水电用量"
          {QT_TRANSLATE_NOOP("Modules", "Water and electricity"), &assets::createUtilityCharts, true,
           QStringLiteral("utility-readings")}}},
    };
    return modules;
}

QList<const RecordKind*> availableKinds(const ModuleDef& module, const Database& db) {
    QList<const RecordKind*> kinds;
    for (const QString& key : module.kinds)
        if (const RecordKind* k = findKind(key); k && may(db, key, access::Action::View))
            kinds << k;
    return kinds;
}

QList<const ViewDef*> availableViews(const ModuleDef& module, const Database& db) {
    QList<const ViewDef*> views;
    for (const ViewDef& v : module.views)
        if (v.kind.isEmpty() || may(db, v.kind, v.action))
            views << &v;
    return views;
}

void registerModuleExtensions() {
    static const bool done = [] {
        for (const ModuleDef& m : allModules())
            if (m.registerExtensions)
                m.registerExtensions();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace houqin::gui
