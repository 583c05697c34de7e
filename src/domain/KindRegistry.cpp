#include "KindRegistry.h"

#include "assets/AssetKinds.h"
#include "canteen/CanteenAccounts.h"
#include "canteen/Deliveries.h"
#include "canteen/FoodSamples.h"
#include "canteen/HealthCertificates.h"
#include "canteen/KitchenHygieneChecks.h"
#include "canteen/MealAccompaniments.h"
#include "canteen/MealCommittee.h"
#include "canteen/Menus.h"
#include "canteen/MorningChecks.h"
#include "canteen/PesticideTests.h"
#include "canteen/SeasonalDishes.h"
#include "canteen/Suppliers.h"
#include "plan/CalendarDays.h"
#include "plan/PlanTasks.h"
#include "plan/Semesters.h"
#include "safety/Checklists.h"
#include "safety/Hazards.h"
#include "safety/SafetyKinds.h"
#include "staff/Mentoring.h"
#include "staff/Patrols.h"
#include "staff/StaffKind.h"
#include "staff/TrainingKinds.h"

namespace houqin {

const QList<const RecordKind*>& allKinds() {
    // Adding a kind: declare it in its module folder and list it here.
    static const QList<const RecordKind*> kinds{
        &staff::staffKind(),
        &staff::patrolsKind(),
        &staff::mentorPairsKind(),
        &staff::competitionsKind(),
        &staff::awardsKind(),
        &canteen::foodSamplesKind(),
        &canteen::pesticideTestsKind(),
        &canteen::suppliersKind(),
        &canteen::deliveriesKind(),
        &canteen::menusKind(),
        &canteen::healthCertificatesKind(),
        &canteen::morningChecksKind(),
        &canteen::mealAccompanimentsKind(),
        &canteen::canteenAccountsKind(),
        &canteen::seasonalDishesKind(),
        &canteen::mealCommitteeKind(),
        &canteen::mealCommitteeVisitsKind(),
        &canteen::kitchenHygieneChecksKind(),
        &plan::semestersKind(),
        &plan::planTasksKind(),
        &plan::calendarDaysKind(),
        &safety::hazardsKind(),
        &safety::inspectionsKind(),
        &safety::checklistItemsKind(),
        &safety::responsibilityAgreementsKind(),
        &safety::emergencyPlansKind(),
        &safety::drillsKind(),
        &safety::dutyRostersKind(),
        &safety::visitorsKind(),
        &safety::earlyPickupsKind(),
        &safety::guardLogsKind(),
        &safety::closingChecksKind(),
        &safety::safetyEducationKind(),
        &safety::classesKind(),
        &safety::hygieneZonesKind(),
        &safety::hygieneChecksKind(),
        &safety::greeneryKind(),
        &assets::assetsKind(),
        &assets::loansKind(),
        &assets::repairsKind(),
        &assets::disposalsKind(),
        &assets::stocktakesKind(),
        &assets::purchaseRequestsKind(),
        &assets::requisitionsKind(),
        &assets::facilityChecksKind(),
        &assets::utilityReadingsKind(),
        &staff::trainingSessionsKind(),
        &staff::examsKind(),
        &staff::appraisalsKind(),
    };
    return kinds;
}

const RecordKind* findKind(const QString& key) {
    for (const RecordKind* k : allKinds())
        if (k->key == key)
            return k;
    return nullptr;
}

const RecordKind* findLinesOwner(const QString& linesKey) {
    for (const RecordKind* k : allKinds())
        if (k->lines && k->lines->key == linesKey)
            return k;
    return nullptr;
}

} // namespace houqin
