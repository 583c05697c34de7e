// A checklist line's photos in the record form: the Photos column counts them, the photo window adds them,
// saving stores them under the line, and saving again keeps them with their line.
#include "../GuiTestHelpers.h"
#include "domain/KindRegistry.h"
#include "domain/safety/SafetyKinds.h"
#include "gui/LinesTable.h"
#include "gui/RecordForm.h"
#include "gui/photos/PhotoImage.h"
#include "gui/photos/PhotoStrip.h"
#include "storage/Attachments.h"
#include "storage/RecordRepository.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace houqin;

namespace {

// Adds one photo in the photo window the next event loop opens, then clicks OK (or Cancel).
void answerPhotoWindow(const QString& fileName, bool ok = true) {
    QTimer::singleShot(0, [fileName, ok] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        ASSERT_EQ(dialog->objectName(), QStringLiteral("photosDialog"));
        auto* strip = dialog->findChild<gui::PhotoStrip*>();
        ASSERT_NE(strip, nullptr);
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        EXPECT_EQ(strip->addImage(image, fileName), 1);
        ok ? dialog->accept() : dialog->reject();
    });
}

int photoColumn(QTableWidget* table) {
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Photos"))
            return c;
    return -1;
}

} // namespace

TEST(LinePhotosForm, APhotoAddedToALineIsSavedUnderItAndStaysWhenSavedAgain) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    RecordRepository inspections(t.db(), safety::inspectionsKind());
    Record r = newRecord(safety::inspectionsKind(), nullptr, t->ruleContext());
    r.set(QStringLiteral("inspectors"), QStringLiteral("李主任"));
    const qint64 id = test::insertOrFail(inspections, r);
    const QString linesKey = safety::inspectionsKind().lines->key;

    {
        gui::RecordForm form(t.db(), safety::inspectionsKind(), *inspections.get(id));
        auto* lines = form.findChild<gui::LinesTable*>();
        ASSERT_NE(lines, nullptr);
        QTableWidget* table = lines->table();
        const int column = photoColumn(table);
        ASSERT_GE(column, 0);
        EXPECT_TRUE(table->item(1, column)->text().isEmpty());
        answerPhotoWindow(QStringLiteral("cancelled.jpg"), false);
        lines->editPhotosOfRow(1);
        EXPECT_TRUE(table->item(1, column)->text().isEmpty()); // Cancel changes nothing
        answerPhotoWindow(QStringLiteral("extinguisher.jpg"));
        lines->editPhotosOfRow(1);
        EXPECT_EQ(table->item(1, column)->text(), QStringLiteral("1"));
        // The blank row at the end is not a line: no photo window opens for it.
        lines->editPhotosOfRow(table->rowCount() - 1);
        ASSERT_TRUE(form.save());
        // Saved twice in the same form: the line is updated in place and its photo is not added again.
        ASSERT_TRUE(form.save());
    }
    const Record saved = *inspections.get(id);
    AttachmentStore store(t.db());
    auto photos = store.list(linesKey, saved.lines[1].id);
    ASSERT_TRUE(photos.ok());
    ASSERT_EQ(photos->size(), 1);
    EXPECT_EQ(photos->first().fileName, QStringLiteral("extinguisher.jpg"));
    EXPECT_EQ(*store.count(linesKey, saved.lines[0].id), 0);

    // Opened again: the column counts it; an edit of another cell and a save keep it.
    gui::RecordForm again(t.db(), safety::inspectionsKind(), saved);
    QTableWidget* table = again.findChild<gui::LinesTable*>()->table();
    const int column = photoColumn(table);
    EXPECT_EQ(table->item(1, column)->text(), QStringLiteral("1"));
    table->item(1, 3)->setText(QStringLiteral("压力不足"));
    ASSERT_TRUE(again.save());
    const Record after = *inspections.get(id);
    EXPECT_EQ(after.lines[1].id, saved.lines[1].id);
    EXPECT_EQ(*store.count(linesKey, after.lines[1].id), 1);
}

TEST(LinePhotosForm, LinesWithoutPhotosHaveNoPhotoColumn) {
    test::TempDb t;
    gui::RecordForm form(t.db(), safety::inspectionsKind(), Record());
    EXPECT_NE(form.findChild<QPushButton*>(QStringLiteral("linePhotosButton")), nullptr);
    // Deliveries' goods lines have no photos (the delivery has).
    const RecordKind* deliveries = findKind(QStringLiteral("deliveries"));
    ASSERT_NE(deliveries, nullptr);
    gui::RecordForm other(t.db(), *deliveries, Record());
    EXPECT_EQ(other.findChild<QPushButton*>(QStringLiteral("linePhotosButton")), nullptr);
}
