// Photos in the record form, the strip and the details pane: a record and its photos are saved together
// or not at all; drops anywhere on the form; the limit; Delete; the viewer; thumbnails under the list.
#include "../GuiTestHelpers.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/SeasonalDishes.h"
#include "gui/DetailsPane.h"
#include "gui/FieldEditors.h"
#include "gui/RecordForm.h"
#include "gui/photos/PhotoImage.h"
#include "gui/photos/PhotoStrip.h"
#include "gui/photos/PhotoViewer.h"
#include "storage/Attachments.h"
#include "storage/Query.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace houqin;
using gui::PhotoStrip;
using gui::RecordForm;

namespace {

const QString kKind = QStringLiteral("seasonal-dishes");

int rows(Database& db, const QString& table) {
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

Record dish(const QString& name) {
    Record r;
    r.set(QStringLiteral("month"), QDate(2026, 9, 1));
    r.set(QStringLiteral("solar_term"), QStringLiteral("bailu"));
    r.set(QStringLiteral("dish"), name);
    return r;
}

PendingPhoto prepared(int w, int h, const QString& name) {
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    auto p = gui::PhotoImage::fromImage(image, name);
    EXPECT_TRUE(p.ok());
    return p.ok() ? *p : PendingPhoto{};
}

// Drags mime over w and drops it there, as a file manager would; returns whether the drop was accepted.
bool dropOn(QWidget* w, QMimeData* mime) {
    const QPoint at = w->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &drop);
    return drop.isAccepted();
}

} // namespace

class PhotoFormTest : public ::testing::Test {
protected:
    // A message box would wait for a click forever: fail with its text and close it instead.
    void SetUp() override {
        QObject::connect(&watch, &QTimer::timeout, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ADD_FAILURE() << "unexpected message: " << box->text().toStdString();
                box->reject();
            }
        });
        watch.start(100);
    }
    QString imageFile(const QString& name, int w, int h) {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(QColor(30, 140, 60));
        const QString path = dir.filePath(name);
        EXPECT_TRUE(image.save(path));
        return path;
    }
    qint64 storedDish(const QString& name, const QList<PendingPhoto>& photos) {
        RecordRepository repo(t.db(), kind);
        const qint64 id = test::insertOrFail(repo, dish(name));
        EXPECT_TRUE(AttachmentStore(t.db()).replace(kKind, id, photos, test::tester()).ok());
        return id;
    }

    test::TempDb t;
    const RecordKind& kind = canteen::seasonalDishesKind();
    QTemporaryDir dir;
    QTimer watch;
};

TEST_F(PhotoFormTest, OnlyKindsWithPhotosGetTheStrip) {
    RecordForm withPhotos(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    ASSERT_NE(withPhotos.photoStrip(), nullptr);
    EXPECT_EQ(withPhotos.photoStrip()->count(), 0);
    RecordForm without(t.db(), canteen::foodSamplesKind(), Record{});
    EXPECT_EQ(without.photoStrip(), nullptr);
}

TEST_F(PhotoFormTest, ANewRecordIsSavedTogetherWithItsPhoto) {
    RecordForm form(t.db(), kind, dish(QStringLiteral("白露番薯粥")));
    ASSERT_EQ(form.photoStrip()->addFiles({imageFile(QStringLiteral("粥.jpg"), 2400, 1800)}), 1);
    ASSERT_TRUE(form.save());
    ASSERT_NE(form.savedId(), 0);
    EXPECT_EQ(rows(t.db(), QStringLiteral("seasonal_dishes")), 1);
    auto stored = AttachmentStore(t.db()).list(kKind, form.savedId());
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().fileName, QStringLiteral("粥.jpg"));
    EXPECT_EQ(QSize(stored->first().width, stored->first().height), QSize(1600, 1200));
    EXPECT_EQ(QImage::fromData(*AttachmentStore(t.db()).image(stored->first().id)).size(), QSize(1600, 1200));
}

TEST_F(PhotoFormTest, SavingAnEditedRecordTwiceKeepsItsNewPhotoOnce) {
    const qint64 id = storedDish(QStringLiteral("秋梨膏"), {});
    RecordRepository repo(t.db(), kind);
    RecordForm form(t.db(), kind, *repo.get(id));
    ASSERT_EQ(form.photoStrip()->addFiles({imageFile(QStringLiteral("梨.jpg"), 300, 200)}), 1);
    ASSERT_TRUE(form.save());
    EXPECT_NE(form.photoStrip()->photos().first().id, 0) << "reloaded as stored";
    ASSERT_TRUE(form.save());
    EXPECT_EQ(*AttachmentStore(t.db()).count(kKind, id), 1);
}

TEST_F(PhotoFormTest, WhenThePhotosCannotBeSavedNoRecordIsWritten) {
    RecordForm form(t.db(), kind, dish(QStringLiteral("秋梨膏")));
    QList<PendingPhoto> thirteen;
    for (int i = 0; i < AttachmentStore::kMaxPhotosPerRecord + 1; ++i)
        thirteen << prepared(40, 30, QStringLiteral("p%1.jpg").arg(i));
    form.photoStrip()->setPhotos(thirteen); // past the strip's own check, as a bug or a race might
    EXPECT_FALSE(form.save());
    EXPECT_EQ(form.savedId(), 0);
    EXPECT_EQ(rows(t.db(), QStringLiteral("seasonal_dishes")), 0)
        << "the record was rolled back with its photos";
    EXPECT_EQ(rows(t.db(), QStringLiteral("attachments")), 0);
    EXPECT_EQ(rows(t.db(), QStringLiteral("audit_log WHERE kind = 'seasonal-dishes'")), 0);
    QLabel* issue = form.photoStrip()->messageLabel();
    EXPECT_FALSE(issue->isHidden());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("12"))) << issue->text().toStdString();

    // With twelve the same form saves.
    thirteen.removeLast();
    form.photoStrip()->setPhotos(thirteen);
    ASSERT_TRUE(form.save());
    EXPECT_EQ(rows(t.db(), QStringLiteral("seasonal_dishes")), 1);
    EXPECT_EQ(*AttachmentStore(t.db()).count(kKind, form.savedId()), 12);
}

TEST_F(PhotoFormTest, AnEditWhosePhotosFailKeepsTheOldValues) {
    const qint64 id = storedDish(QStringLiteral("秋梨膏"), {prepared(80, 60, QStringLiteral("old.jpg"))});
    RecordRepository repo(t.db(), kind);
    RecordForm form(t.db(), kind, *repo.get(id));
    ASSERT_EQ(form.photoStrip()->count(), 1);
    auto* dishEdit = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("dish"))->inputWidget());
    dishEdit->setText(QStringLiteral("冰糖雪梨"));
    QList<PendingPhoto> photos;
    for (int i = 0; i < AttachmentStore::kMaxPhotosPerRecord + 1; ++i)
        photos << prepared(40, 30, QStringLiteral("p%1.jpg").arg(i));
    form.photoStrip()->setPhotos(photos);
    EXPECT_FALSE(form.save());
    EXPECT_EQ(repo.get(id)->value(QStringLiteral("dish")).toString(), QStringLiteral("秋梨膏"));
    auto still = AttachmentStore(t.db()).list(kKind, id);
    ASSERT_EQ(still->size(), 1);
    EXPECT_EQ(still->first().fileName, QStringLiteral("old.jpg"));
}

TEST_F(PhotoFormTest, EditingRemovesAndAddsPhotos) {
    const qint64 id = storedDish(QStringLiteral("秋梨膏"), {prepared(80, 60, QStringLiteral("a.jpg")),
                                                            prepared(80, 60, QStringLiteral("b.jpg"))});
    RecordRepository repo(t.db(), kind);
    RecordForm form(t.db(), kind, *repo.get(id));
    PhotoStrip* strip = form.photoStrip();
    ASSERT_EQ(strip->count(), 2);
    // Select the first photo and press Delete, as a keyboard user would.
    strip->listWidget()->setCurrentRow(0);
    QTest::keyClick(strip->listWidget(), Qt::Key_Delete);
    ASSERT_EQ(strip->count(), 1);
    EXPECT_EQ(strip->photos().first().fileName, QStringLiteral("b.jpg"));
    ASSERT_EQ(strip->addFiles({imageFile(QStringLiteral("c.png"), 300, 200)}), 1);
    ASSERT_TRUE(form.save());
    auto stored = AttachmentStore(t.db()).list(kKind, id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).fileName, QStringLiteral("b.jpg"));
    EXPECT_EQ(stored->at(1).fileName, QStringLiteral("c.png"));
    EXPECT_EQ(stored->at(1).position, 1);
}

TEST_F(PhotoFormTest, ImageFilesDroppedAnywhereOnTheFormAreAdded) {
    RecordForm form(t.db(), kind, dish(QStringLiteral("白露番薯粥")));
    auto* dishEdit = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("dish"))->inputWidget());
    ASSERT_NE(dishEdit, nullptr);
    QMimeData onEditor;
    onEditor.setUrls({QUrl::fromLocalFile(imageFile(QStringLiteral("dropped.jpg"), 640, 480))});
    EXPECT_TRUE(dropOn(dishEdit, &onEditor));
    EXPECT_EQ(form.photoStrip()->count(), 1);
    EXPECT_EQ(dishEdit->text(), QStringLiteral("白露番薯粥")) << "the file name did not land in the editor";

    // On the strip itself; and raw image data (dragged out of a browser) gets a made-up name.
    QMimeData onStrip;
    onStrip.setUrls({QUrl::fromLocalFile(imageFile(QStringLiteral("second.png"), 100, 100))});
    EXPECT_TRUE(dropOn(form.photoStrip(), &onStrip));
    QMimeData raw;
    QImage pixels(50, 50, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    raw.setImageData(pixels);
    EXPECT_TRUE(dropOn(&form, &raw));
    ASSERT_EQ(form.photoStrip()->count(), 3);
    EXPECT_TRUE(form.photoStrip()->photos().last().fileName.startsWith(QStringLiteral("image-")));

    // Text dropped into an editor is still text.
    QMimeData text;
    text.setText(QStringLiteral("桂花"));
    EXPECT_FALSE(dropOn(form.photoStrip(), &text));
    EXPECT_EQ(form.photoStrip()->count(), 3);
}

TEST_F(PhotoFormTest, TheStripRefusesTheThirteenthAndNonImagesWithAReason) {
    RecordForm form(t.db(), kind, dish(QStringLiteral("白露番薯粥")));
    PhotoStrip* strip = form.photoStrip();
    QList<PendingPhoto> eleven;
    for (int i = 0; i < AttachmentStore::kMaxPhotosPerRecord - 1; ++i)
        eleven << prepared(40, 30, QStringLiteral("p%1.jpg").arg(i));
    strip->setPhotos(eleven);
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    EXPECT_EQ(strip->addFiles({text, imageFile(QStringLiteral("twelfth.jpg"), 60, 40),
                               imageFile(QStringLiteral("thirteenth.jpg"), 60, 40)}),
              1);
    EXPECT_EQ(strip->count(), 12);
    EXPECT_FALSE(strip->addButton()->isEnabled()) << "full";
    const QString message = strip->messageLabel()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("notes.txt"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("thirteenth.jpg"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("twelfth.jpg")));
}

TEST_F(PhotoFormTest, OpeningAPhotoShowsItAtFullSize) {
    const qint64 id = storedDish(QStringLiteral("秋梨膏"), {prepared(1200, 900, QStringLiteral("梨.jpg"))});
    RecordRepository repo(t.db(), kind);
    RecordForm form(t.db(), kind, *repo.get(id));
    // Stored: the strip holds only the thumbnail; the viewer reads the full image.
    EXPECT_TRUE(form.photoStrip()->photos().first().image.isEmpty());
    form.photoStrip()->listWidget()->setCurrentRow(0);
    QTest::keyClick(form.photoStrip()->listWidget(), Qt::Key_Return);
    auto* viewer = form.photoStrip()->findChild<gui::PhotoViewer*>();
    ASSERT_NE(viewer, nullptr);
    EXPECT_EQ(viewer->image().size(), QSize(1200, 900));
    EXPECT_TRUE(viewer->infoText().contains(QStringLiteral("梨.jpg")));
    EXPECT_EQ(viewer->windowTitle(), QStringLiteral("梨.jpg"));
    viewer->close();
}

TEST_F(PhotoFormTest, TheDetailsPaneShowsThumbnailsAndThePhotoHistory) {
    const qint64 with = storedDish(QStringLiteral("秋梨膏"), {prepared(80, 60, QStringLiteral("a.jpg")),
                                                              prepared(80, 60, QStringLiteral("b.jpg"))});
    const qint64 without = storedDish(QStringLiteral("番薯粥"), {});
    RecordRepository repo(t.db(), kind);
    gui::DetailsPane pane(t.db(), kind);
    pane.show();
    ASSERT_NE(pane.photoStrip(), nullptr);
    EXPECT_TRUE(pane.photoStrip()->isReadOnly());
    pane.showRecord(*repo.get(with));
    EXPECT_TRUE(pane.photoStrip()->isVisible());
    EXPECT_EQ(pane.photoStrip()->listWidget()->count(), 2);
    EXPECT_TRUE(pane.historyText().contains(QStringLiteral("Photo added: a.jpg")))
        << pane.historyText().toStdString();
    pane.showRecord(*repo.get(without));
    EXPECT_FALSE(pane.photoStrip()->isVisible());
    pane.clear();
    EXPECT_EQ(pane.photoStrip()->count(), 0);

    gui::DetailsPane samples(t.db(), canteen::foodSamplesKind());
    EXPECT_EQ(samples.photoStrip(), nullptr);
}
