#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTime>
#include <functional>

namespace houqin {
class Database;
}

namespace houqin::demo {

// Realistic sample records so a new user can explore, and so benchmarks run on ten years of data.
// Deterministic for a given seed and clock. Goes through the repositories, so every record is validated
// and audited like a typed one.
struct Options {
    int years = 1;
    quint32 seed = 20260901;
    // The demo kindergarten's own language (its name, campuses, semesters): Chinese, like its records and
    // its users, whatever the system's language; "en" only when asked for with --lang en.
    QString language = QStringLiteral("zh_CN");
    // Called after each module's records with (parts done, parts in all), for a progress line.
    std::function<void(int, int)> progress;
};

// Per kind key, how many records were added.
using Summary = QMap<QString, int>;

// Refuses (Error::Code::Usage) a database that already holds records of the demo kinds.
Result<Summary> generate(Database& db, const Options& options, const Actor& who);

// What the generators of each module share.
struct Context {
    Database& db;
    QRandomGenerator rng;
    Actor who;
    QDate first, last; // the span of school days to fill
    QStringList canteenStaff, healthTeachers;
    // Active staff by role, for the safety module: class teachers, the office (director and
    // administrators), the guards, and everyone active (who signs the responsibility agreements).
    QStringList teachers, office, guards, activeStaff;
    QString language; // Options::language
    // A demo text (context "Demo", marked with QT_TRANSLATE_NOOP) in the demo's language.
    QString text(const char* source) const;
    bool isSchoolDay(QDate d) const;
    QList<QDate> schoolDays() const;
    template <class T> const T& pick(const QList<T>& list) { return list.at(rng.bounded(int(list.size()))); }
};

// The meals the demo kindergarten serves, when, and the dishes it cooks for each.
struct DemoMeal {
    QString key;
    QTime servedAt;
    int minDishes, maxDishes;
    QStringList dishes;
};
QList<DemoMeal> demoMeals();

// One per module; each returns how many records it added.
Result<int> generateStaff(Context& ctx);
Result<int> generateFoodSamples(Context& ctx);
// The rest of the canteen and health module, per kind key: suppliers, pesticide tests, health certificates
// and morning checks (CanteenHealthDemo.cpp); meal accompaniments, accounts, solar-term dishes, the meal
// committee and kitchen hygiene checks (CanteenLifeDemo.cpp).
Result<Summary> generateCanteenHealth(Context& ctx);
Result<Summary> generateCanteenLife(Context& ctx);
// Deliveries with their item lines, and the weekly menus, made from the food samples already generated
// so that the menu and the samples agree (CanteenSupplyDemo.cpp). Needs the suppliers.
Result<Summary> generateCanteenSupply(Context& ctx);
// The current semester (from the settings' semester start) and the earlier ones the span reaches, each from
// the plan template: past weeks mostly done with outcomes, a few loose ends in the current one.
struct PlanSummary {
    int semesters = 0;
    int tasks = 0;
};
Result<PlanSummary> generatePlan(Context& ctx);
// The safety module, after the plan (it follows the school calendar of the plan's semesters): classes,
// hygiene zones, emergency plans, agreements, weekly inspections, closing and hygiene checks with the
// hazards their failures opened taken through the 整改 workflow, and hazards reported directly
// (SafetyDemo.cpp); the gate, duty, drills, education and greenery (SafetyDailyDemo.cpp).
Result<Summary> generateSafety(Context& ctx);
Result<Summary> generateSafetyDaily(Context& ctx);
// Takes hazard `id`, found on `found`, through the 整改 workflow as the office would by today
// (SafetyDemo.cpp): assigned, then rectified and verified once its deadline is past, except one kept overdue;
// a recent one may wait for verification.
Status runHazardWorkflow(Context& ctx, qint64 id, QDate found, bool keepOverdue, bool recentToVerify);
// The staff-and-training module's walk-throughs (一日三巡) by the administrators on school days, their
// problems registered as hazards and taken through the workflow, three mentor pairs with monthly reviews,
// competitions and awards (PatrolDemo.cpp). After the safety module (the hazards' workflow).
Result<Summary> generatePatrols(Context& ctx);
// The assets module (AssetsDemo.cpp): the register of both campuses, a disposal, loans and repairs in every
// state of their workflow. After the staff (custodians, borrowers, repairers).
Result<Summary> generateAssets(Context& ctx);
// Stocktakes in the stocktake weeks of every semester begun, per campus (StocktakeDemo.cpp).
Result<int> generateStocktakes(Context& ctx);
// Purchase requests in every state of their workflow, those in stock with their register entries, and the
// supplies issued in week 1 and later (PurchasesDemo.cpp). After the assets (the codes follow theirs).
Result<Summary> generatePurchases(Context& ctx);
// Facility checks of every level on both campuses, a few failures sent to repair or to the hazard register,
// and the monthly water and electricity readings (FacilityDemo.cpp).
Result<Summary> generateFacilities(Context& ctx);
// Staff and training (StaffTrainingDemo.cpp): fortnightly theory and canteen-theory study, skills training
// every other month, the monthly exam (a few absent) and the monthly appraisals of the logistics team with
// a plausible spread of grades.
Result<Summary> generateStaffTraining(Context& ctx);

} // namespace houqin::demo
