// The permission matrix (issue #13) as declared: the director may do everything, a kind without a line is
// the director's only, and each role's boundaries on both sides (a guard sees the gate, not the staff; the
// health teacher sees staff health data, the clerk does not).
#include "domain/access/Roles.h"

#include "domain/KindRegistry.h"
#include "domain/RecordKind.h"
#include "domain/Workflow.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::access;

namespace {
const QList<Action> kAllActions{Action::View,   Action::Create, Action::Edit, Action::Delete,
                                Action::Import, Action::Export, Action::Print};
}

TEST(RolesTest, SixRolesWithDistinctKeysTheDirectorFirst) {
    QStringList keys;
    for (const RoleDef& r : roles())
        keys << r.key;
    EXPECT_EQ(keys, (QStringList{kDirector, kHealthTeacher, kCanteenLeader, kClerk, kGuard, kStaff}));
    EXPECT_EQ(findRole(QStringLiteral("nobody")), nullptr);
}

TEST(RolesTest, TheDirectorMayDoEverythingWithEveryKindAndStep) {
    for (const RecordKind* kind : allKinds()) {
        for (Action a : kAllActions)
            EXPECT_TRUE(allows(kDirector, kind->key, a)) << kind->key.toStdString();
        if (kind->workflow)
            for (const WorkflowStep& s : kind->workflow->steps)
                EXPECT_TRUE(allowsStep(kDirector, kind->key, s.key));
    }
    EXPECT_TRUE(mayManageSettings(kDirector));
    EXPECT_TRUE(mayManageUsers(kDirector));
    EXPECT_TRUE(mayViewAudit(kDirector));
}

TEST(RolesTest, AKindWithoutALineInTheMatrixIsTheDirectorsOnly) {
    const QString added = QStringLiteral("kind-added-later");
    for (const RoleDef& r : roles())
        for (Action a : kAllActions)
            EXPECT_EQ(allows(r.key, added, a), r.key == kDirector) << r.key.toStdString();
}

TEST(RolesTest, OnlyTheDirectorManagesSettingsUsersAndTheAuditTrail) {
    for (const RoleDef& r : roles()) {
        if (r.key == kDirector)
            continue;
        EXPECT_FALSE(mayManageSettings(r.key));
        EXPECT_FALSE(mayManageUsers(r.key));
        EXPECT_FALSE(mayViewAudit(r.key));
    }
    EXPECT_FALSE(mayManageSettings(QStringLiteral("nobody")));
}

// Every kind the matrix names exists: a misspelt key would silently hide a kind from a role.
TEST(RolesTest, EveryKindTheMatrixNamesIsDeclared) {
    for (const RoleDef& r : roles())
        for (auto it = r.kinds.cbegin(); it != r.kinds.cend(); ++it)
            EXPECT_NE(findKind(it.key()), nullptr) << r.key.toStdString() << ": " << it.key().toStdString();
}

TEST(RolesTest, StaffHealthDataIsTheHealthTeachersNotTheClerksOrTheCanteenLeaders) {
    for (const QString& kind : {QStringLiteral("morning-checks"), QStringLiteral("health-certificates")}) {
        EXPECT_TRUE(allows(kHealthTeacher, kind, Action::View));
        EXPECT_TRUE(allows(kHealthTeacher, kind, Action::Edit));
        EXPECT_FALSE(allows(kClerk, kind, Action::View));
        EXPECT_FALSE(allows(kCanteenLeader, kind, Action::View));
        EXPECT_FALSE(allows(kGuard, kind, Action::View));
        EXPECT_FALSE(allows(kStaff, kind, Action::View));
    }
    // The clerk keeps the staff list itself.
    EXPECT_TRUE(allows(kClerk, QStringLiteral("staff"), Action::Edit));
    EXPECT_FALSE(allows(kHealthTeacher, QStringLiteral("staff"), Action::Edit));
    EXPECT_TRUE(allows(kHealthTeacher, QStringLiteral("staff"), Action::View));
}

TEST(RolesTest, TheCanteenLeaderKeepsTheKitchensRecordsAndReadsSuppliers) {
    for (const QString& kind :
         {QStringLiteral("deliveries"), QStringLiteral("menus"), QStringLiteral("food-samples"),
          QStringLiteral("pesticide-tests"), QStringLiteral("kitchen-hygiene-checks")})
        EXPECT_TRUE(allows(kCanteenLeader, kind, Action::Create)) << kind.toStdString();
    EXPECT_TRUE(allows(kCanteenLeader, QStringLiteral("suppliers"), Action::View));
    EXPECT_FALSE(allows(kCanteenLeader, QStringLiteral("suppliers"), Action::Edit));
    EXPECT_FALSE(allows(kCanteenLeader, QStringLiteral("canteen-accounts"), Action::View));
}

TEST(RolesTest, TheGuardKeepsTheGateBooksAndNothingElse) {
    for (const QString& kind : {QStringLiteral("visitors"), QStringLiteral("early-pickups"),
                                QStringLiteral("guard-logs"), QStringLiteral("closing-checks")}) {
        EXPECT_TRUE(allows(kGuard, kind, Action::Create));
        EXPECT_TRUE(allows(kGuard, kind, Action::Edit));
        EXPECT_FALSE(allows(kGuard, kind, Action::Delete)) << "a gate book is not taken back";
        EXPECT_FALSE(allows(kGuard, kind, Action::Export)) << "ID numbers and children's names stay inside";
    }
    EXPECT_FALSE(allows(kGuard, QStringLiteral("staff"), Action::View));
    EXPECT_FALSE(allows(kGuard, QStringLiteral("assets"), Action::View));
    EXPECT_FALSE(allows(kGuard, QStringLiteral("food-samples"), Action::View));
}

TEST(RolesTest, EveryoneMayReportAHazardOrARepairButOnlySomeMoveThem) {
    for (const RoleDef& r : roles()) {
        EXPECT_TRUE(allows(r.key, QStringLiteral("hazards"), Action::Create)) << r.key.toStdString();
        EXPECT_TRUE(allows(r.key, QStringLiteral("repairs"), Action::Create)) << r.key.toStdString();
    }
    EXPECT_TRUE(allowsStep(kClerk, QStringLiteral("hazards"), QStringLiteral("submit")));
    EXPECT_FALSE(allowsStep(kClerk, QStringLiteral("hazards"), QStringLiteral("assign")));
    EXPECT_FALSE(allowsStep(kClerk, QStringLiteral("hazards"), QStringLiteral("verify")));
    EXPECT_FALSE(allowsStep(kGuard, QStringLiteral("hazards"), QStringLiteral("submit")));
    EXPECT_FALSE(allowsStep(kStaff, QStringLiteral("repairs"), QStringLiteral("dispatch")));
    EXPECT_TRUE(allowsStep(kClerk, QStringLiteral("repairs"), QStringLiteral("dispatch")));
}

TEST(RolesTest, StaffSeeOnlyTheirOwnTrainingExamsAndAppraisals) {
    const Permissions* exams = permissionsOf(kStaff, QStringLiteral("exams"));
    ASSERT_NE(exams, nullptr);
    EXPECT_EQ(exams->actions, Actions(Action::View));
    EXPECT_EQ(exams->ownField, QStringLiteral("person"));
    EXPECT_TRUE(exams->ownInLines);
    const Permissions* appraisals = permissionsOf(kStaff, QStringLiteral("appraisals"));
    ASSERT_NE(appraisals, nullptr);
    EXPECT_EQ(appraisals->ownField, QStringLiteral("person"));
    EXPECT_FALSE(appraisals->ownInLines);
    EXPECT_FALSE(allows(kStaff, QStringLiteral("appraisals"), Action::Export));
    EXPECT_FALSE(allows(kStaff, QStringLiteral("staff"), Action::View));
}

TEST(RolesTest, OnlyTheDirectorApprovesPurchasesTheClerkAcceptsAndStocksThem) {
    for (const QString& step : {QStringLiteral("approve"), QStringLiteral("reject")}) {
        EXPECT_TRUE(allowsStep(kDirector, QStringLiteral("purchase-requests"), step));
        for (const QString& role : {kClerk, kHealthTeacher, kCanteenLeader, kGuard, kStaff})
            EXPECT_FALSE(allowsStep(role, QStringLiteral("purchase-requests"), step)) << role.toStdString();
    }
    EXPECT_TRUE(allowsStep(kClerk, QStringLiteral("purchase-requests"), QStringLiteral("accept")));
    EXPECT_TRUE(allowsStep(kClerk, QStringLiteral("purchase-requests"), QStringLiteral("stock")));
    EXPECT_FALSE(allowsStep(kGuard, QStringLiteral("purchase-requests"), QStringLiteral("accept")));
}

TEST(RolesTest, HealthDataChildrensNamesAndVisitorsIdsAreSensitive) {
    for (const char* k : {"morning-checks", "health-certificates", "early-pickups", "visitors"})
        EXPECT_TRUE(isSensitive(QLatin1String(k))) << k;
    for (const char* k : {"staff", "hazards", "food-samples", "assets"})
        EXPECT_FALSE(isSensitive(QLatin1String(k))) << k;
}
