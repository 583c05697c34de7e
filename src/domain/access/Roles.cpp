#include "Roles.h"

#include <QCoreApplication>

namespace houqin::access {

namespace {

constexpr Actions kRead{Action::View, Action::Export, Action::Print};
constexpr Actions kWrite{Action::View,   Action::Create, Action::Edit, Action::Delete,
                         Action::Import, Action::Export, Action::Print};
// Records one keeps day to day but does not take back once written (the guard's gate books).
constexpr Actions kKeep{Action::View, Action::Create, Action::Edit, Action::Print};

// The kinds of each module, as the matrix grants them.
// Health data of staff (PIPL: sensitive): the health teacher's and the director's only.
const QStringList kStaffHealth{QStringLiteral("morning-checks"), QStringLiteral("health-certificates")};
// The kitchen's daily records: the canteen leader's and the health teacher's.
const QStringList kKitchen{QStringLiteral("deliveries"),
                           QStringLiteral("menus"),
                           QStringLiteral("food-samples"),
                           QStringLiteral("pesticide-tests"),
                           QStringLiteral("kitchen-hygiene-checks"),
                           QStringLiteral("seasonal-dishes")};
// The rest of canteen and health.
const QStringList kCanteenOffice{QStringLiteral("suppliers"), QStringLiteral("meal-accompaniments"),
                                 QStringLiteral("canteen-accounts"), QStringLiteral("meal-committee"),
                                 QStringLiteral("meal-committee-visits")};
// The gate: visitors' ID numbers and children's names (early pickups) are sensitive.
const QStringList kGate{QStringLiteral("visitors"), QStringLiteral("early-pickups"),
                        QStringLiteral("guard-logs"), QStringLiteral("closing-checks")};
const QStringList kSafety{QStringLiteral("hazards"),
                          QStringLiteral("inspections"),
                          QStringLiteral("duty-rosters"),
                          QStringLiteral("drills"),
                          QStringLiteral("emergency-plans"),
                          QStringLiteral("safety-education"),
                          QStringLiteral("responsibility-agreements"),
                          QStringLiteral("hygiene-checks"),
                          QStringLiteral("hygiene-zones"),
                          QStringLiteral("greenery"),
                          QStringLiteral("classes"),
                          QStringLiteral("checklist-items")};
const QStringList kStaffAndTraining{QStringLiteral("staff"),        QStringLiteral("training-sessions"),
                                    QStringLiteral("exams"),        QStringLiteral("appraisals"),
                                    QStringLiteral("patrols"),      QStringLiteral("mentor-pairs"),
                                    QStringLiteral("competitions"), QStringLiteral("awards")};
const QStringList kAssets{QStringLiteral("assets"),
                          QStringLiteral("loans"),
                          QStringLiteral("repairs"),
                          QStringLiteral("disposals"),
                          QStringLiteral("purchase-requests"),
                          QStringLiteral("requisitions"),
                          QStringLiteral("stocktakes"),
                          QStringLiteral("facility-checks"),
                          QStringLiteral("utility-readings")};
// What the office reads: the plan and the school calendar. (The current semester and the calendar that
// date rules need are read on the system's behalf, so the guard and staff need no line for them.)
const QStringList kCalendar{QStringLiteral("plan-tasks"), QStringLiteral("semesters"),
                            QStringLiteral("calendar-days")};

void grant(RoleDef& role, const QStringList& kinds, Permissions p) {
    for (const QString& k : kinds)
        role.kinds.insert(k, p);
}

// "Whoever sees it reports it": every role may report a hazard or a repair and follow it.
void mayReport(RoleDef& role) {
    for (const QString& k : {QStringLiteral("hazards"), QStringLiteral("repairs")})
        if (!role.kinds.contains(k))
            role.kinds.insert(k, Permissions{Actions{Action::View, Action::Create}, {}, {}, false});
}

QList<RoleDef> declare() {
    QList<RoleDef> l;
    //: zh_CN "园长 / 后勤主任"
    l << RoleDef{kDirector, QT_TRANSLATE_NOOP("Roles", "Director"), true, {}};

    //: zh_CN "保健老师"
    RoleDef health{kHealthTeacher, QT_TRANSLATE_NOOP("Roles", "Health teacher"), false, {}};
    grant(health, kStaffHealth + kKitchen + kCanteenOffice, {kWrite, {}, {}, false});
    grant(health, {QStringLiteral("staff")}, {kRead, {}, {}, false});
    grant(health, kCalendar, {kRead, {}, {}, false});
    mayReport(health);
    l << health;

    //: zh_CN "食堂组长"
    RoleDef canteen{kCanteenLeader, QT_TRANSLATE_NOOP("Roles", "Canteen leader"), false, {}};
    grant(canteen, kKitchen, {kWrite, {}, {}, false});
    grant(canteen, {QStringLiteral("suppliers"), QStringLiteral("staff")}, {kRead, {}, {}, false});
    grant(canteen, kCalendar, {kRead, {}, {}, false});
    mayReport(canteen);
    l << canteen;

    //: zh_CN "文员"
    RoleDef clerk{kClerk, QT_TRANSLATE_NOOP("Roles", "Admin clerk"), false, {}};
    grant(clerk, kGate + kSafety + kStaffAndTraining + kAssets, {kWrite, {}, {}, false});
    // The clerk files what the rounds found and follows the work; the director assigns hazards and
    // verifies them, and approves purchases.
    clerk.kinds[QStringLiteral("hazards")].steps = {QStringLiteral("submit")};
    clerk.kinds[QStringLiteral("repairs")].steps = {QStringLiteral("dispatch"), QStringLiteral("complete")};
    // Purchases: the director approves or rejects; the clerk signs the acceptance and puts them in stock.
    clerk.kinds[QStringLiteral("purchase-requests")].steps = {QStringLiteral("accept"),
                                                              QStringLiteral("stock")};
    grant(clerk, kCalendar, {kRead, {}, {}, false});
    l << clerk;

    //: zh_CN "门卫"
    RoleDef guard{kGuard, QT_TRANSLATE_NOOP("Roles", "Guard"), false, {}};
    grant(guard, kGate, {kKeep, {}, {}, false});
    mayReport(guard);
    l << guard;

    //: zh_CN "教职工"
    RoleDef staff{kStaff, QT_TRANSLATE_NOOP("Roles", "Staff"), false, {}};
    // Their own training, exams and appraisals; nobody else's.
    grant(staff, {QStringLiteral("training-sessions"), QStringLiteral("exams")},
          {Actions{Action::View}, {}, QStringLiteral("person"), true});
    grant(staff, {QStringLiteral("appraisals")},
          {Actions{Action::View}, {}, QStringLiteral("person"), false});
    mayReport(staff);
    l << staff;
    return l;
}

} // namespace

QString RoleDef::displayLabel() const {
    return QCoreApplication::translate("Roles", label);
}

const QList<RoleDef>& roles() {
    static const QList<RoleDef> all = declare();
    return all;
}

const RoleDef* findRole(const QString& key) {
    for (const RoleDef& r : roles())
        if (r.key == key)
            return &r;
    return nullptr;
}

const Permissions* permissionsOf(const QString& role, const QString& kindKey) {
    static const Permissions everything{kWrite, {QStringLiteral("*")}, {}, false};
    const RoleDef* r = findRole(role);
    if (!r)
        return nullptr;
    if (r->everything)
        return &everything;
    const auto it = r->kinds.constFind(kindKey);
    return it == r->kinds.constEnd() ? nullptr : &it.value();
}

bool allows(const QString& role, const QString& kindKey, Action action) {
    const Permissions* p = permissionsOf(role, kindKey);
    return p && p->actions.testFlag(action);
}

bool changes(Action action) {
    return action == Action::Create || action == Action::Edit || action == Action::Delete ||
           action == Action::Import;
}

bool allowsStep(const QString& role, const QString& kindKey, const QString& stepKey) {
    const Permissions* p = permissionsOf(role, kindKey);
    return p && p->actions.testFlag(Action::Edit) &&
           (p->steps.contains(QStringLiteral("*")) || p->steps.contains(stepKey));
}

bool isSensitive(const QString& kindKey) {
    static const QStringList sensitive =
        kStaffHealth + QStringList{QStringLiteral("visitors"), QStringLiteral("early-pickups")};
    return sensitive.contains(kindKey);
}

bool mayManageSettings(const QString& role) {
    const RoleDef* r = findRole(role);
    return r && r->everything;
}

bool mayManageUsers(const QString& role) {
    return mayManageSettings(role);
}

bool mayViewAudit(const QString& role) {
    return mayManageSettings(role);
}

} // namespace houqin::access
