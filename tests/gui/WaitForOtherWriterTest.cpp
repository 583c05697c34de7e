// gui/WaitForOtherWriter: a save while another program writes the file waits with the window alive, shows
// a dialog after half a second, saves when the other program is done, and can be given up.
#include "gui/WaitForOtherWriter.h"

#include "GuiTestHelpers.h"
#include "OtherWriter.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Query.h"

#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <sqlite3.h>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

QProgressDialog* shownWaitDialog() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == QStringLiteral("waitForOtherWriter") && w->isVisible())
            return qobject_cast<QProgressDialog*>(w);
    return nullptr;
}

qint64 samples(Database& db) {
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM food_samples"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST(WaitForOtherWriter, ASaveWaitsWithTheWindowAliveThenSavesWhenTheOtherProgramIsDone) {
    test::TempDb t{kNow};
    t->setWriteWait(std::make_unique<gui::WaitForOtherWriter>(t.path()));
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);

    int ticks = 0; // a timer of the window's, firing while the save waits
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(50);
    bool sawDialog = false;
    QString text;
    QTimer::singleShot(gui::WaitForOtherWriter::kShowAfterMs + 600, [&] {
        if (QProgressDialog* d = shownWaitDialog()) {
            sawDialog = true;
            text = d->labelText();
        }
        other.exec("COMMIT"); // the import is done
    });

    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    auto id = repo.insert(test::foodSample(QStringLiteral("番茄炒蛋"), kNow.addSecs(-600)), test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_TRUE(sawDialog);
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(t.path()))) << text.toStdString();
    EXPECT_GE(ticks, 5) << "the event loop did not run while the save waited";
    EXPECT_EQ(shownWaitDialog(), nullptr) << "the dialog stayed after the save";
    EXPECT_EQ(samples(t.db()), 1);
}

TEST(WaitForOtherWriter, CancelGivesUpTheSaveWithNothingWritten) {
    test::TempDb t{kNow};
    t->setWriteWait(std::make_unique<gui::WaitForOtherWriter>(t.path()));
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    bool clicked = false;
    QTimer::singleShot(gui::WaitForOtherWriter::kShowAfterMs + 600, [&] {
        QProgressDialog* d = shownWaitDialog();
        if (!d)
            return;
        for (QPushButton* b : d->findChildren<QPushButton*>()) {
            QTest::mouseClick(b, Qt::LeftButton);
            clicked = true;
        }
    });
    QTimer::singleShot(10000, [&] { other.exec("COMMIT"); }); // should the cancel not work: end the test

    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    auto id = repo.insert(test::foodSample(QStringLiteral("米饭"), kNow.addSecs(-600)), test::tester());
    ASSERT_TRUE(clicked) << "no wait dialog with a Cancel button";
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::Busy);
    EXPECT_EQ(shownWaitDialog(), nullptr);
    other.exec("COMMIT");
    EXPECT_EQ(samples(t.db()), 0);
    EXPECT_EQ(t->transactionDepth(), 0);
}

TEST(WaitForOtherWriter, AShortWaitShowsNoDialog) {
    test::TempDb t{kNow};
    t->setWriteWait(std::make_unique<gui::WaitForOtherWriter>(t.path()));
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    bool dialogBeforeCommit = true;
    QTimer::singleShot(300, [&] {
        dialogBeforeCommit = shownWaitDialog() != nullptr;
        other.exec("COMMIT");
    });
    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    ASSERT_TRUE(
        repo.insert(test::foodSample(QStringLiteral("馒头"), kNow.addSecs(-600)), test::tester()).ok());
    EXPECT_FALSE(dialogBeforeCommit);
    EXPECT_EQ(samples(t.db()), 1);
}
