#include "GuiTestHelpers.h"
#include "domain/staff/StaffKind.h"
#include "gui/FirstRunWizard.h"
#include "gui/SettingsDialog.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace houqin;

TEST(SettingsDialogTest, RefusesInvalidSettingsAndSavesValidOnes) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    KindergartenSettings s = dialog.settings();
    EXPECT_EQ(s, t->settings()); // the dialog starts from what is stored

    auto* weight = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("minWeightDoubleSpinBox"));
    auto* messages = dialog.findChild<QLabel*>(QStringLiteral("messagesLabel"));
    ASSERT_TRUE(weight && messages);
    weight->setValue(40);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(messages->isVisible());
    EXPECT_TRUE(messages->text().contains(QStringLiteral("50 g")));
    EXPECT_DOUBLE_EQ(t->settings().minSampleWeightG, 125.0);

    weight->setValue(150);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("campusesPlainTextEdit"))
        ->setPlainText(QStringLiteral("滨豪园区\n\n  新港园区 \n南湖园区"));
    EXPECT_TRUE(dialog.save());
    EXPECT_DOUBLE_EQ(t->settings().minSampleWeightG, 150.0);
    EXPECT_EQ(t->settings().campuses, QStringList({QStringLiteral("滨豪园区"), QStringLiteral("新港园区"),
                                                   QStringLiteral("南湖园区")}));
    auto reloaded = SettingsStore::load(t.db());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_DOUBLE_EQ(reloaded->minSampleWeightG, 150.0);
}

TEST(SettingsDialogTest, EditsTheCanteenRules) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* pesticide = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("pesticideDoubleSpinBox"));
    auto* fever = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("feverDoubleSpinBox"));
    auto* certificate = dialog.findChild<QSpinBox*>(QStringLiteral("certificateDaysSpinBox"));
    auto* tolerance = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("toleranceDoubleSpinBox"));
    ASSERT_TRUE(pesticide && fever && certificate && tolerance);
    EXPECT_DOUBLE_EQ(pesticide->value(), 50.0);
    EXPECT_DOUBLE_EQ(fever->value(), 37.3);
    EXPECT_EQ(certificate->value(), 30);
    fever->setValue(36.9); // below the range the domain accepts
    EXPECT_FALSE(dialog.save());
    EXPECT_DOUBLE_EQ(t->settings().feverThresholdC, 37.3);
    fever->setValue(37.5);
    pesticide->setValue(45.0);
    certificate->setValue(45);
    tolerance->setValue(1.5);
    ASSERT_TRUE(dialog.save());
    EXPECT_DOUBLE_EQ(t->settings().feverThresholdC, 37.5);
    EXPECT_DOUBLE_EQ(t->settings().pesticideThresholdPct, 45.0);
    EXPECT_EQ(t->settings().certificateWarningDays, 45);
    EXPECT_DOUBLE_EQ(t->settings().accountsTolerancePct, 1.5);
}

TEST(SettingsDialogTest, EditsThePlausibleDateRange) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* earliest = dialog.findChild<QSpinBox*>(QStringLiteral("earliestYearSpinBox"));
    auto* ahead = dialog.findChild<QSpinBox*>(QStringLiteral("yearsAheadSpinBox"));
    ASSERT_TRUE(earliest && ahead);
    EXPECT_EQ(earliest->value(), 1950);
    EXPECT_EQ(ahead->value(), 10);
    earliest->setValue(2005);
    ahead->setValue(3);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(t->settings().earliestYear, 2005);
    EXPECT_EQ(t->settings().latestYearsAhead, 3);
    auto reloaded = SettingsStore::load(t.db());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->earliestYear, 2005);
}

TEST(FirstRunWizardTest, SavesNameCampusesAndSemesterStart) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(db.ok());
    ASSERT_FALSE((*db)->settings().isConfigured());
    gui::FirstRunWizard wizard(**db);
    EXPECT_FALSE(wizard.saveSettings()); // no name yet
    EXPECT_FALSE((*db)->settings().isConfigured());

    wizard.nameEdit()->setText(QStringLiteral("  阳光幼儿园 "));
    wizard.campusesEdit()->setPlainText(QStringLiteral("东园\n西园"));
    wizard.semesterStartEdit()->setDate(QDate(2026, 9, 1));
    test::fillDirectorAccount(&wizard);
    EXPECT_TRUE(wizard.saveSettings());
    const KindergartenSettings& s = (*db)->settings();
    EXPECT_EQ(s.name, QStringLiteral("阳光幼儿园"));
    EXPECT_EQ(s.campuses, QStringList({QStringLiteral("东园"), QStringLiteral("西园")}));
    EXPECT_EQ(s.semesterStart, QDate(2026, 9, 1));
    EXPECT_TRUE(gui::FirstRunWizard::runIfNeeded(**db)); // configured now: no wizard
}

// The campus box of a new kindergarten is empty with the default as a placeholder, so typing a campus gives
// that campus (not "新港园区本园"); left empty, the default campus is kept.
TEST(FirstRunWizardTest, TheCampusBoxStartsEmptyWithThePlaceholder) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(db.ok());
    gui::FirstRunWizard wizard(**db);
    wizard.show();
    EXPECT_TRUE(wizard.campusesEdit()->toPlainText().isEmpty());
    EXPECT_TRUE(wizard.campusesEdit()->placeholderText().contains(KindergartenSettings::defaultCampus()));
    wizard.campusesEdit()->setFocus();
    QTest::keyClicks(wizard.campusesEdit(), QStringLiteral("Xingang"));
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    EXPECT_EQ(wizard.settings().campuses, QStringList{QStringLiteral("Xingang")});
    wizard.campusesEdit()->clear();
    EXPECT_EQ(wizard.settings().campuses, QStringList{KindergartenSettings::defaultCampus()});
}

// A few staff typed on the first start are saved with the settings, so the person pickers are not empty.
TEST(FirstRunWizardTest, SavesTheStaffTypedOnePerLine) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    ASSERT_TRUE(db.ok());
    gui::FirstRunWizard wizard(**db);
    wizard.nameEdit()->setText(QStringLiteral("阳光幼儿园"));
    wizard.campusesEdit()->setPlainText(QStringLiteral("滨豪园区\n新港园区"));
    wizard.staffEdit()->setPlainText(QStringLiteral("王丽 宇航员\n\n李强 厨师"));
    Issues problems;
    (void)wizard.staffRecords(&problems);
    ASSERT_TRUE(hasErrors(problems));
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("1")))
        << problems.first().message.toStdString();
    EXPECT_FALSE(wizard.saveSettings()); // nothing saved while a line is wrong
    EXPECT_FALSE((*db)->settings().isConfigured());

    wizard.staffEdit()->setPlainText(QStringLiteral("王丽 保育员\n\n李强 厨师\n张敏"));
    problems.clear();
    EXPECT_EQ(wizard.staffRecords(&problems).size(), 3);
    EXPECT_FALSE(hasErrors(problems));
    test::fillDirectorAccount(&wizard);
    ASSERT_TRUE(wizard.saveSettings());
    ListQuery byName;
    byName.sortField = QStringLiteral("name");
    auto staff = RecordRepository(**db, staff::staffKind()).list(byName);
    ASSERT_TRUE(staff.ok());
    ASSERT_EQ(staff->size(), 3);
    QMap<QString, QString> posts;
    for (const Record& r : *staff) {
        posts.insert(r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("post")).toString());
        EXPECT_EQ(r.value(QStringLiteral("campus")).toString(), QStringLiteral("滨豪园区"));
    }
    EXPECT_EQ(posts.value(QStringLiteral("王丽")), QStringLiteral("childcare"));
    EXPECT_EQ(posts.value(QStringLiteral("李强")), QStringLiteral("canteen"));
    EXPECT_EQ(posts.value(QStringLiteral("张敏")), QStringLiteral("other"));
}

TEST(SettingsDialogTest, EditsTheAssetThresholdsInYuanAndTheCodePrefixes) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* fixed = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("fixedThresholdDoubleSpinBox"));
    auto* special = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("specialThresholdDoubleSpinBox"));
    auto* prefixes = dialog.findChild<QLineEdit*>(QStringLiteral("codePrefixesLineEdit"));
    auto* messages = dialog.findChild<QLabel*>(QStringLiteral("messagesLabel"));
    ASSERT_TRUE(fixed && special && prefixes && messages);
    EXPECT_DOUBLE_EQ(fixed->value(), 1000.0);
    EXPECT_DOUBLE_EQ(special->value(), 1500.0);
    // Special equipment below the general threshold is refused, nothing is saved.
    special->setValue(999.99);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(messages->isVisible());
    EXPECT_EQ(t->settings().specialEquipmentThresholdFen, 150000);
    special->setValue(1600.50);
    fixed->setValue(1200.01);
    const QString campus = t->settings().campuses.first();
    prefixes->setText(campus + QStringLiteral("=bh")); // lower case: refused
    EXPECT_FALSE(dialog.save());
    prefixes->setText(campus + QStringLiteral("=BH"));
    ASSERT_TRUE(dialog.save()) << messages->text().toStdString();
    EXPECT_EQ(t->settings().fixedAssetThresholdFen, 120001);
    EXPECT_EQ(t->settings().specialEquipmentThresholdFen, 160050);
    EXPECT_EQ(t->settings().assetCodePrefix(campus), QStringLiteral("BH"));
}

TEST(SettingsDialogTest, EditsTheRubricAndRefusesWeightsThatDoNotTotalOneHundred) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* rubric = dialog.findChild<QLineEdit*>(QStringLiteral("rubricLineEdit"));
    auto* passMark = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("passMarkDoubleSpinBox"));
    auto* messages = dialog.findChild<QLabel*>(QStringLiteral("messagesLabel"));
    ASSERT_TRUE(rubric && passMark && messages);
    EXPECT_EQ(rubric->text(), QStringLiteral("出勤纪律 20、岗位职责 30、卫生保育 30、服务态度 20"));
    EXPECT_DOUBLE_EQ(passMark->value(), 60.0);

    rubric->clear();
    test::commitText(rubric, QStringLiteral("出勤纪律 20、岗位职责 30、卫生保育 30、服务态度 19.9"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(messages->isVisible());
    EXPECT_TRUE(messages->text().contains(QStringLiteral("99.9"))) << messages->text().toStdString();
    EXPECT_EQ(t->settings().appraisalRubric, KindergartenSettings::defaultRubric());

    rubric->clear();
    test::commitText(rubric, QStringLiteral("出勤纪律 50、服务态度"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(messages->text().contains(QStringLiteral("服务态度"))) << messages->text().toStdString();

    rubric->clear();
    test::commitText(rubric, QStringLiteral("出勤纪律 40%，岗位职责=60"));
    passMark->setValue(70);
    EXPECT_TRUE(dialog.save()) << messages->text().toStdString();
    const QList<RubricItem> expected{{QStringLiteral("出勤纪律"), 40}, {QStringLiteral("岗位职责"), 60}};
    EXPECT_EQ(t->settings().appraisalRubric, expected);
    EXPECT_DOUBLE_EQ(t->settings().examPassMark, 70.0);
    auto reloaded = SettingsStore::load(t.db());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->appraisalRubric, expected);
}

// A tab per module; each module's reminder windows sit beside its thresholds and are saved with them.
TEST(SettingsDialogTest, EditsTheReminderWindowsOnTheModulesTabs) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->count(), 5);
    const auto spin = [&](const char* name) {
        auto* box = dialog.findChild<QSpinBox*>(QLatin1String(name));
        EXPECT_TRUE(box) << name;
        return box;
    };
    auto* weekday = dialog.findChild<QComboBox*>(QStringLiteral("menuWeekdayComboBox"));
    ASSERT_TRUE(weekday);
    EXPECT_EQ(weekday->currentIndex(), 3); // Thursday
    EXPECT_EQ(spin("studyIntervalSpinBox")->value(), 14);
    EXPECT_EQ(spin("drillMonthSpinBox")->maximum(), 3);
    // The study interval lives on the staff tab.
    EXPECT_TRUE(tabs->widget(3)->isAncestorOf(spin("studyIntervalSpinBox")));
    weekday->setCurrentIndex(4);
    spin("accountsDaySpinBox")->setValue(8);
    spin("drillMonthSpinBox")->setValue(3);
    spin("agreementsWeekSpinBox")->setValue(3);
    spin("educationDaySpinBox")->setValue(15);
    spin("studyIntervalSpinBox")->setValue(10);
    spin("examLastDaysSpinBox")->setValue(5);
    spin("appraisalDaySpinBox")->setValue(22);
    spin("urgentWaitSpinBox")->setValue(2);
    spin("repairOpenSpinBox")->setValue(10);
    spin("loansWeekSpinBox")->setValue(18);
    ASSERT_TRUE(dialog.save());
    auto saved = SettingsStore::load(t.db());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->menuRemindFromWeekday, 5);
    EXPECT_EQ(saved->accountsRemindFromDay, 8);
    EXPECT_EQ(saved->drillRemindFromQuarterMonth, 3);
    EXPECT_EQ(saved->agreementsRemindFromWeek, 3);
    EXPECT_EQ(saved->educationRemindFromDay, 15);
    EXPECT_EQ(saved->studyIntervalDays, 10);
    EXPECT_EQ(saved->examRemindLastDays, 5);
    EXPECT_EQ(saved->appraisalRemindFromDay, 22);
    EXPECT_EQ(saved->urgentRepairWaitDays, 2);
    EXPECT_EQ(saved->repairOpenDays, 10);
    EXPECT_EQ(saved->loansReturnFromWeek, 18);
}

// On a 1366×768 screen the dialog, with its tallest tab, fits above the taskbar.
TEST(SettingsDialogTest, FitsALaptopScreen) {
    test::TempDb t;
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    EXPECT_LE(dialog.sizeHint().height(), 700);
    EXPECT_LE(dialog.sizeHint().width(), 1300);
}
