// The facility checks and utility readings in the GUI, through the real widgets: the level picks the form's
// checklist until the lines are edited, a failed item goes to repair or to the hazard register as the person
// chooses per line, and the water and electricity charts add up a campus's meters per month.
#include "../GuiTestHelpers.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"
#include "gui/FieldEditors.h"
#include "gui/LinesEditor.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "gui/assets/ProblemLinesDialog.h"
#include "gui/assets/UtilityCharts.h"
#include "gui/chart/ChartView.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace houqin;
namespace f = houqin::assets::facility;
namespace u = houqin::assets::utility;
namespace cl = houqin::safety::checklist;

namespace {

QComboBox* levelCombo(gui::RecordForm& form) {
    gui::FieldEditor* editor = form.editor(f::kLevel);
    return editor ? qobject_cast<QComboBox*>(editor->inputWidget()) : nullptr;
}

void chooseLevel(QComboBox* combo, const QString& key) {
    combo->setFocus();
    const int target = combo->findData(key);
    ASSERT_GE(target, 0) << key.toStdString();
    // As a person does it: arrow keys on the closed box (each step emits activated).
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

} // namespace

TEST(FacilityGui, TheLevelPicksTheChecklistUntilTheLinesAreEdited) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    const RecordKind& kind = houqin::assets::facilityChecksKind();
    gui::RecordForm form(t.db(), kind, gui::RecordForm::freshRecord(t.db(), kind));
    QComboBox* combo = levelCombo(form);
    ASSERT_NE(combo, nullptr);
    ASSERT_NE(form.linesEditor(), nullptr);
    EXPECT_EQ(form.linesEditor()->lines(nullptr).size(), 6); // daily
    chooseLevel(combo, f::kMonthly);
    EXPECT_EQ(form.linesEditor()->lines(nullptr).size(), 9);
    chooseLevel(combo, f::kWeekly);
    QList<Record> weekly = form.linesEditor()->lines(nullptr);
    ASSERT_EQ(weekly.size(), 7);
    // Once a line is edited, changing the level keeps what was typed.
    weekly[0].set(cl::kResult, cl::kFail);
    weekly[0].set(cl::kNote, QStringLiteral("插座松动"));
    form.linesEditor()->setLines(weekly);
    chooseLevel(combo, f::kDaily);
    EXPECT_EQ(form.linesEditor()->lines(nullptr).size(), 7);
    EXPECT_EQ(form.linesEditor()->lines(nullptr).first().value(cl::kResult).toString(), cl::kFail);
}

TEST(FacilityGui, EachFailedItemGoesToRepairOrToTheHazardsAsChosen) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    const RecordKind& kind = houqin::assets::facilityChecksKind();
    RecordRepository checks(t.db(), kind);
    Record r = newRecord(kind, nullptr, t->ruleContext());
    r.set(f::kChecker, QStringLiteral("王师傅"));
    for (int i : {1, 2, 4}) {
        r.lines[i].set(cl::kResult, cl::kFail);
        r.lines[i].set(cl::kNote, QStringLiteral("需要检修"));
    }
    const qint64 id = test::insertOrFail(checks, r);

    gui::RecordListPage page(t.db(), kind);
    auto* action = page.findChild<QAction*>(QStringLiteral("openHazardsAction"));
    ASSERT_NE(action, nullptr);
    page.selectRecord(id);
    ASSERT_TRUE(action->isEnabled());
    // The dialog: line 1 to repair (the default), line 2 to the hazards, line 4 not now.
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<gui::assets::ProblemLinesDialog*>(w)) {
                seen = true;
                EXPECT_EQ(d->offeredLines(), (QList<int>{1, 2, 4}));
                d->choose(1, gui::assets::ProblemLinesDialog::Hazard);
                d->choose(2, gui::assets::ProblemLinesDialog::NotNow);
                d->accept();
            }
    });
    QSignalSpy status(&page, &gui::RecordListPage::statusMessage);
    action->trigger();
    EXPECT_TRUE(seen);
    ASSERT_EQ(status.count(), 1);
    auto stored = checks.get(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->lines[1].isEmpty(cl::kRepairId));
    EXPECT_TRUE(stored->lines[1].isEmpty(cl::kHazardId));
    EXPECT_FALSE(stored->lines[2].isEmpty(cl::kHazardId));
    EXPECT_TRUE(stored->lines[2].isEmpty(cl::kRepairId));
    EXPECT_TRUE(stored->lines[4].isEmpty(cl::kRepairId));
    EXPECT_TRUE(stored->lines[4].isEmpty(cl::kHazardId));
    EXPECT_EQ(*RecordRepository(t.db(), houqin::assets::repairsKind()).count(), 1);
    EXPECT_TRUE(status.first().first().toString().contains(
        QString::number(stored->lines[1].value(cl::kRepairId).toLongLong())));
    // The next time only line 4 is offered; cancelling changes nothing.
    page.selectRecord(id);
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<gui::assets::ProblemLinesDialog*>(w)) {
                EXPECT_EQ(d->offeredLines(), QList<int>{4});
                d->reject();
            }
    });
    action->trigger();
    EXPECT_EQ(*RecordRepository(t.db(), houqin::assets::repairsKind()).count(), 1);
}

TEST(FacilityGui, TheChartsAddUpTheCampusMetersPerMonth) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    RecordRepository repo(t.db(), houqin::assets::utilityReadingsKind());
    auto add = [&](int campus, const QString& meter, const QString& type, QDate date, double value) {
        Record r;
        r.set(u::kCampus, t->settings().campuses.value(campus));
        r.set(u::kMeter, meter);
        r.set(u::kMeterType, type);
        r.set(u::kDate, date);
        r.set(u::kReading, value);
        r.set(u::kReset, false);
        test::insertOrFail(repo, r);
    };
    add(0, QStringLiteral("总电表"), u::kElectricity, QDate(2026, 9, 1), 1000);
    add(0, QStringLiteral("总电表"), u::kElectricity, QDate(2026, 10, 1), 1600);
    add(0, QStringLiteral("厨房电表"), u::kElectricity, QDate(2026, 9, 1), 10);
    add(0, QStringLiteral("厨房电表"), u::kElectricity, QDate(2026, 10, 1), 110);
    add(0, QStringLiteral("总水表"), u::kWater, QDate(2026, 10, 1), 50);
    add(0, QStringLiteral("总水表"), u::kWater, QDate(2026, 11, 1), 90);
    add(1, QStringLiteral("总水表"), u::kWater, QDate(2026, 10, 1), 5);
    add(1, QStringLiteral("总水表"), u::kWater, QDate(2026, 11, 1), 500);
    gui::assets::UtilityCharts charts(t.db());
    charts.refresh();
    ASSERT_EQ(charts.categories().size(), 12); // 2025-12 .. 2026-11
    ASSERT_EQ(charts.electricityUse().size(), 12);
    EXPECT_DOUBLE_EQ(charts.electricityUse().at(10), 700.0); // October: 600 + 100
    EXPECT_DOUBLE_EQ(charts.waterUse().at(11), 40.0);        // November, the first campus only
    charts.campusCombo()->setCurrentIndex(1);
    EXPECT_DOUBLE_EQ(charts.waterUse().at(11), 495.0);
    EXPECT_DOUBLE_EQ(charts.electricityUse().at(10), 0.0);
    // What the charts are given is what they add up.
    ASSERT_EQ(charts.waterChart()->spec().series.size(), 1);
    EXPECT_EQ(charts.waterChart()->spec().series[0].values, charts.waterUse());
    EXPECT_EQ(charts.electricityChart()->spec().categories, charts.categories());
}
