// The safety module's additions to the generic pages, through the real widgets.
#include "../GuiTestHelpers.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "gui/FieldEditors.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>

using namespace houqin;

namespace {
QAction* openHazardsAction(gui::RecordListPage& page) {
    return page.findChild<QAction*>(QStringLiteral("openHazardsAction"));
}
} // namespace

TEST(SafetyGui, AFailedItemOpensItsHazardWithOneAction) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    RecordRepository inspections(t.db(), safety::inspectionsKind());
    Record passed = newRecord(safety::inspectionsKind(), nullptr, t->ruleContext());
    passed.set(QStringLiteral("date"), QDate(2026, 11, 9));
    passed.set(QStringLiteral("inspectors"), QStringLiteral("李主任"));
    const qint64 passedId = test::insertOrFail(inspections, passed);
    Record failed = passed;
    failed.set(QStringLiteral("date"), QDate(2026, 11, 16));
    failed.lines[2].set(QStringLiteral("result"), QStringLiteral("fail"));
    failed.lines[2].set(QStringLiteral("note"), QStringLiteral("楼梯口堆放纸箱"));
    const qint64 failedId = test::insertOrFail(inspections, failed);

    gui::RecordListPage page(t.db(), safety::inspectionsKind());
    QAction* action = openHazardsAction(page);
    ASSERT_NE(action, nullptr);
    page.selectRecord(passedId);
    EXPECT_FALSE(action->isEnabled()); // nothing failed
    page.selectRecord(failedId);
    ASSERT_TRUE(action->isEnabled());
    QSignalSpy status(&page, &gui::RecordListPage::statusMessage);
    action->trigger();
    ASSERT_EQ(status.count(), 1);
    RecordRepository hazards(t.db(), safety::hazardsKind());
    auto all = hazards.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().value(QStringLiteral("source")).toString(),
              QStringLiteral("inspections/%1#3").arg(failedId));
    EXPECT_TRUE(status.first().first().toString().contains(QString::number(all->first().id)));
    // The line now names its hazard; a second click registers nothing new.
    EXPECT_EQ(inspections.get(failedId)->lines[2].value(QStringLiteral("hazard_id")).toLongLong(),
              all->first().id);
    page.selectRecord(failedId);
    action->trigger();
    EXPECT_EQ(*hazards.count(), 1);
}

TEST(SafetyGui, TheVisitorFormOffersTheChecksTheSettingsList) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(9, 0))};
    {
        gui::RecordForm none(t.db(), safety::visitorsKind(),
                             gui::RecordForm::freshRecord(t.db(), safety::visitorsKind()));
        EXPECT_EQ(none.findChild<QWidget*>(QStringLiteral("visitorChecksRow")), nullptr); // off by default
    }
    KindergartenSettings s = t->settings();
    s.visitorChecks = {QStringLiteral("健康码"), QStringLiteral("疫苗接种")};
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    gui::RecordForm form(t.db(), safety::visitorsKind(),
                         gui::RecordForm::freshRecord(t.db(), safety::visitorsKind()));
    auto* vaccination = form.findChild<QCheckBox*>(QStringLiteral("visitorCheck:疫苗接种"));
    auto* code = form.findChild<QCheckBox*>(QStringLiteral("visitorCheck:健康码"));
    ASSERT_NE(vaccination, nullptr);
    ASSERT_NE(code, nullptr);
    auto* checks = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("checks"))->inputWidget());
    ASSERT_NE(checks, nullptr);
    vaccination->setChecked(true);
    EXPECT_EQ(checks->text(), QStringLiteral("疫苗接种"));
    code->setChecked(true);
    EXPECT_EQ(checks->text(), QStringLiteral("健康码、疫苗接种")); // in the settings' order
    vaccination->setChecked(false);
    EXPECT_EQ(checks->text(), QStringLiteral("健康码"));
    EXPECT_EQ(form.currentRecord().value(QStringLiteral("checks")).toString(), QStringLiteral("健康码"));
}
