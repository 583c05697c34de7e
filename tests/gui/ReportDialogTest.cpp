#include "gui/ReportDialog.h"

#include "domain/KindRegistry.h"
#include "plan/PlanGuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace houqin;
using reports::Period;

TEST(ReportDialogTest, ListsEveryReport) {
    test::TempDb t;
    gui::ReportDialog dialog(t.db());
    QComboBox* combo = dialog.reportCombo();
    ASSERT_EQ(combo->count(), reports::allReports().size());
    for (int i = 0; i < combo->count(); ++i) {
        EXPECT_EQ(combo->itemData(i).toString(), reports::allReports().at(i).key);
        EXPECT_EQ(combo->itemText(i), reports::allReports().at(i).displayLabel());
    }
    EXPECT_TRUE(dialog.setReport(QStringLiteral("food-samples-weekly")));
    EXPECT_FALSE(dialog.setReport(QStringLiteral("no-such-report")));
    EXPECT_EQ(dialog.currentReport()->key, QStringLiteral("food-samples-weekly"));
}

TEST(ReportDialogTest, ThePeriodPickerFollowsTheReportsPeriodKind) {
    test::TempDb t;
    gui::ReportDialog dialog(t.db());
    // A week: any day of it gives the ISO week, shown as a label.
    ASSERT_TRUE(dialog.setReport(QStringLiteral("food-samples-weekly")));
    dialog.setPeriodDate(QDate(2026, 9, 9)); // Wednesday of 2026-W37
    Period p = dialog.period();
    EXPECT_EQ(p.kind, Period::Kind::Week);
    EXPECT_EQ(p.from, QDate(2026, 9, 7));
    EXPECT_EQ(p.to, QDate(2026, 9, 13));
    EXPECT_TRUE(dialog.periodLabel()->text().contains(p.label()));
    EXPECT_FALSE(dialog.useDateBox()->isVisibleTo(&dialog));

    // A month: picked as a month.
    ASSERT_TRUE(dialog.setReport(QStringLiteral("plan-monthly")));
    EXPECT_EQ(dialog.dateEdit()->displayFormat(), QStringLiteral("yyyy-MM"));
    p = dialog.period();
    EXPECT_EQ(p.kind, Period::Kind::Month);
    EXPECT_EQ(p.from, QDate(2026, 9, 1));
    EXPECT_EQ(p.to, QDate(2026, 9, 30));

    // No period: none unless a date is asked for.
    ASSERT_TRUE(dialog.setReport(QStringLiteral("plan-semester")));
    EXPECT_TRUE(dialog.useDateBox()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.useDateBox()->isChecked());
    EXPECT_EQ(dialog.period().kind, Period::Kind::None);
    dialog.setPeriodDate(QDate(2026, 10, 8));
    EXPECT_TRUE(dialog.useDateBox()->isChecked());
    EXPECT_EQ(dialog.period().kind, Period::Kind::Day);
    EXPECT_EQ(dialog.period().from, QDate(2026, 10, 8));
}

TEST(ReportDialogTest, WritesThePlanMonthlyReportAsPdf) {
    test::TempDb t;
    test::createAutumn(t);
    gui::ReportDialog dialog(t.db());
    ASSERT_TRUE(dialog.setReport(QStringLiteral("plan-monthly")));
    dialog.setPeriodDate(QDate(2026, 9, 20));
    auto doc = dialog.buildDocument();
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_FALSE(doc->rows.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan-monthly.pdf"));
    auto pages = dialog.writePdfTo(path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_GE(*pages, 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(4), QByteArray("%PDF"));
}

TEST(ReportDialogTest, AMonthWithoutASemesterIsAnErrorAndWritesNothing) {
    test::TempDb t; // no semester at all
    gui::ReportDialog dialog(t.db());
    ASSERT_TRUE(dialog.setReport(QStringLiteral("plan-semester")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    EXPECT_FALSE(dialog.writePdfTo(path).ok());
    EXPECT_FALSE(QFile::exists(path));
}

// The Blank form box is offered only for a report that has a blank form (the weekly safety inspection
// sheet); ticked, the dialog prints the sheet with the items and no results; another report clears it.
TEST(ReportDialogTest, BlankFormBoxOnlyForReportsWithOneAndPrintsTheSheetEmpty) {
    test::TempDb t;
    Record line;
    line.set(QStringLiteral("area"), QStringLiteral("消防器材"));
    line.set(QStringLiteral("item"), QStringLiteral("消防栓、喷淋、烟感完好"));
    line.set(QStringLiteral("result"), QStringLiteral("fail"));
    line.set(QStringLiteral("note"), QStringLiteral("烟感失灵"));
    Record inspection;
    inspection.set(QStringLiteral("date"), QDate(2026, 11, 18));
    inspection.set(QStringLiteral("inspection_type"), QStringLiteral("routine"));
    inspection.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
    inspection.set(QStringLiteral("inspectors"), QStringLiteral("李主任"));
    inspection.lines << line;
    ASSERT_TRUE(RecordRepository(t.db(), *findKind(QStringLiteral("inspections")))
                    .insert(inspection, test::tester())
                    .ok());

    gui::ReportDialog dialog(t.db());
    dialog.show();
    QCheckBox* blank = dialog.blankBox();
    ASSERT_NE(blank, nullptr);
    ASSERT_TRUE(dialog.setReport(QStringLiteral("food-samples-weekly")));
    EXPECT_FALSE(blank->isVisible());
    ASSERT_TRUE(dialog.setReport(QStringLiteral("safety-inspection-weekly")));
    EXPECT_TRUE(blank->isVisible());
    dialog.setPeriodDate(QDate(2026, 11, 18));

    const auto hasMark = [](const reports::TableDocument& doc) {
        for (const QStringList& row : doc.rows)
            if (row.contains(QStringLiteral("×")) || row.join(QString()).contains(QStringLiteral("烟感失灵")))
                return true;
        return false;
    };
    auto filled = dialog.buildDocument();
    ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
    EXPECT_TRUE(hasMark(*filled));
    const QString filledName = dialog.suggestedFileName();

    QTest::mouseClick(blank, Qt::LeftButton, {}, QPoint(5, blank->height() / 2));
    ASSERT_TRUE(blank->isChecked());
    // The blank sheet is offered a name of its own, so saving it never replaces the filled one.
    EXPECT_NE(dialog.suggestedFileName(), filledName);
    EXPECT_TRUE(dialog.suggestedFileName().contains(QStringLiteral("-blank-")))
        << dialog.suggestedFileName().toStdString();
    auto empty = dialog.buildDocument();
    ASSERT_TRUE(empty.ok()) << empty.error().message.toStdString();
    EXPECT_FALSE(hasMark(*empty));
    EXPECT_EQ(empty->rows.size(), filled->rows.size());
    QTemporaryDir dir;
    ASSERT_TRUE(dialog.writePdfTo(dir.filePath(QStringLiteral("blank.pdf"))).ok());

    // Another report has no blank form: the box goes and is cleared, so that report prints filled.
    ASSERT_TRUE(dialog.setReport(QStringLiteral("hazard-register")));
    EXPECT_FALSE(blank->isVisible());
    EXPECT_FALSE(blank->isChecked());
    EXPECT_TRUE(dialog.buildDocument().ok());
}

TEST(ReportDialogTest, AReportsOwnOptionsAreTextFieldsPassedToIt) {
    test::TempDb t;
    gui::ReportDialog dialog(t.db());
    ASSERT_TRUE(dialog.setReport(QStringLiteral("plan-monthly")));
    EXPECT_EQ(dialog.optionEdit(QStringLiteral("campus")), nullptr);
    EXPECT_TRUE(dialog.options().isEmpty());
    ASSERT_TRUE(dialog.setReport(QStringLiteral("stocktake-sheet")));
    QLineEdit* campus = dialog.optionEdit(QStringLiteral("campus"));
    ASSERT_NE(campus, nullptr);
    ASSERT_NE(dialog.optionEdit(QStringLiteral("room")), nullptr);
    EXPECT_TRUE(campus->isVisibleTo(&dialog));
    campus->setText(QStringLiteral("北园"));
    EXPECT_EQ(dialog.options().value(QStringLiteral("campus")), QStringLiteral("北园"));
    // The report gets it: a campus that does not exist is named in the refusal.
    auto doc = dialog.buildDocument();
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("北园")));
    campus->clear();
    EXPECT_TRUE(dialog.buildDocument().ok());
    // Another report's fields replace them.
    ASSERT_TRUE(dialog.setReport(QStringLiteral("stocktake-result")));
    EXPECT_EQ(dialog.optionEdit(QStringLiteral("campus")), nullptr);
    EXPECT_NE(dialog.optionEdit(QStringLiteral("id")), nullptr);
}
