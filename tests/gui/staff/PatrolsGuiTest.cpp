// The walk-throughs through the real widgets: the hazard action on a patrol's problem (and the checklists
// keep theirs), the round-by-round form, the module's tab, and the round times in the settings dialog.
#include "../GuiTestHelpers.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "domain/staff/Mentoring.h"
#include "domain/staff/Patrols.h"
#include "domain/staff/StaffKind.h"
#include "gui/Modules.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "gui/SettingsDialog.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTimeEdit>

using namespace houqin;
namespace pt = houqin::staff::patrol;

namespace {
const QDate kWednesday(2026, 11, 18);

Record patrol(int round, const QString& campus, QList<QPair<QString, QString>> findings = {}) {
    Record r;
    r.set(pt::kDate, kWednesday);
    r.set(pt::kRound, pt::roundKey(round));
    r.set(pt::kAdministrator, QStringLiteral("王芳"));
    r.set(pt::kCampus, campus);
    r.set(pt::kAreas, QStringLiteral("校园、教室、食堂"));
    for (const auto& [kind, note] : findings) {
        Record line;
        line.set(pt::kFinding, kind);
        line.set(pt::kArea, QStringLiteral("食堂"));
        line.set(pt::kNote, note);
        r.lines << line;
    }
    return r;
}
} // namespace

TEST(PatrolsGui, AProblemFoundOnARoundOpensItsHazardWithTheOneAction) {
    test::TempDb t{QDateTime(kWednesday, QTime(15, 0))};
    const QString campus = t->settings().campuses.first();
    RecordRepository patrols(t.db(), staff::patrolsKind());
    const qint64 meritOnly =
        test::insertOrFail(patrols, patrol(1, campus, {{pt::kMerit, QStringLiteral("操作规范")}}));
    const qint64 withProblem = test::insertOrFail(
        patrols,
        patrol(2, campus,
               {{pt::kMerit, QStringLiteral("留样及时")}, {pt::kProblem, QStringLiteral("生熟砧板混放")}}));

    gui::RecordListPage page(t.db(), staff::patrolsKind());
    auto* action = page.findChild<QAction*>(QStringLiteral("openHazardsAction"));
    ASSERT_NE(action, nullptr);
    page.selectRecord(meritOnly);
    EXPECT_FALSE(action->isEnabled()); // a merit is no hazard
    page.selectRecord(withProblem);
    ASSERT_TRUE(action->isEnabled());
    QSignalSpy status(&page, &gui::RecordListPage::statusMessage);
    action->trigger();
    ASSERT_EQ(status.count(), 1);
    auto hazards = RecordRepository(t.db(), safety::hazardsKind()).list();
    ASSERT_TRUE(hazards.ok());
    ASSERT_EQ(hazards->size(), 1);
    EXPECT_EQ(hazards->first().value(QStringLiteral("source")).toString(),
              QStringLiteral("patrols/%1#2").arg(withProblem));
    EXPECT_EQ(patrols.get(withProblem)->lines[1].value(pt::kHazardId).toLongLong(), hazards->first().id);
    // The same action, labelled the same, on the checklists.
    gui::RecordListPage inspections(t.db(), safety::inspectionsKind());
    auto* checklistAction = inspections.findChild<QAction*>(QStringLiteral("openHazardsAction"));
    ASSERT_NE(checklistAction, nullptr);
    EXPECT_EQ(checklistAction->text(), action->text());
    // Kinds whose lines open nothing have no such action.
    gui::RecordListPage pairs(t.db(), staff::mentorPairsKind());
    EXPECT_EQ(pairs.findChild<QAction*>(QStringLiteral("openHazardsAction")), nullptr);
}

TEST(PatrolsGui, TheFormOffersTheNextRoundOfToday) {
    test::TempDb t{QDateTime(kWednesday, QTime(14, 30))};
    RecordRepository patrols(t.db(), staff::patrolsKind());
    test::insertOrFail(patrols, patrol(1, t->settings().campuses.first()));
    const Record fresh = gui::RecordForm::freshRecord(t.db(), staff::patrolsKind());
    EXPECT_EQ(fresh.value(pt::kDate).toDate(), kWednesday);
    EXPECT_EQ(fresh.value(pt::kAdministrator).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(fresh.value(pt::kRound).toString(), QStringLiteral("2"));
    gui::RecordForm form(t.db(), staff::patrolsKind(), fresh);
    EXPECT_NE(form.editor(pt::kRound), nullptr);
}

TEST(PatrolsGui, TheStaffTabListsTheNewKindsAfterTheStaff) {
    const gui::ModuleDef* staffModule = nullptr;
    for (const gui::ModuleDef& m : gui::allModules())
        if (m.kinds.contains(QStringLiteral("staff")))
            staffModule = &m;
    ASSERT_NE(staffModule, nullptr);
    EXPECT_EQ(staffModule->kinds.first(), QStringLiteral("staff"));
    for (const char* key : {"patrols", "mentor-pairs", "competitions", "awards"})
        EXPECT_TRUE(staffModule->kinds.contains(QLatin1String(key))) << key;
}

TEST(PatrolsGui, TheSettingsDialogEditsTheRoundTimesAndRefusesThemOutOfOrder) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* first = dialog.findChild<QTimeEdit*>(QStringLiteral("patrolRound1TimeEdit"));
    auto* second = dialog.findChild<QTimeEdit*>(QStringLiteral("patrolRound2TimeEdit"));
    auto* third = dialog.findChild<QTimeEdit*>(QStringLiteral("patrolRound3TimeEdit"));
    auto* messages = dialog.findChild<QLabel*>(QStringLiteral("messagesLabel"));
    ASSERT_TRUE(first && second && third && messages);
    EXPECT_EQ(first->time(), QTime(10, 0));
    EXPECT_EQ(second->time(), QTime(14, 0));
    EXPECT_EQ(third->time(), QTime(17, 0));
    second->setTime(QTime(9, 30)); // before the first round
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(messages->isVisible());
    EXPECT_TRUE(messages->text().contains(QStringLiteral("09:30"))) << messages->text().toStdString();
    EXPECT_EQ(t->settings().patrolRoundTimes.at(1), QTime(14, 0));
    second->setTime(QTime(13, 30));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(t->settings().patrolRoundTimes, (QList<QTime>{QTime(10, 0), QTime(13, 30), QTime(17, 0)}));
}
