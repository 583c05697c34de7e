// The stocktake screen through its real widgets: codes typed as a USB scanner types them (the code, then
// Enter) answered at once (found, already counted, moved naming where, unknown), the running tally, saving
// with the lines, then the result view correcting the selected lines in the register; and 2,000 scans.
#include "gui/assets/StocktakePage.h"

#include "../GuiTestHelpers.h"
#include "domain/assets/AssetKinds.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace houqin;
namespace a = houqin::assets::asset;
namespace s = houqin::assets::stocktake;
using K = houqin::assets::ScanAnswer::Kind;

namespace {
const QString kBinhao = QStringLiteral("滨豪校区");
const QString kXingang = QStringLiteral("新港校区");

class StocktakePageTest : public ::testing::Test {
protected:
    test::TempDb db{QDateTime(QDate(2026, 10, 5), QTime(10, 0))};

    void SetUp() override {
        KindergartenSettings st = db->settings();
        st.campuses = {kBinhao, kXingang};
        ASSERT_TRUE(SettingsStore::save(db.db(), st, test::tester()).ok());
    }
    void asset(const QString& code, const QString& campus, const QString& room,
               const QString& name = QStringLiteral("儿童椅")) {
        RecordRepository repo(db.db(), houqin::assets::assetsKind());
        Record r;
        r.set(a::kCode, code);
        r.set(a::kName, name);
        r.set(a::kCategory, QStringLiteral("furniture"));
        r.set(a::kQuantity, QVariant::fromValue<qint64>(1));
        r.set(a::kUnitPrice, QVariant::fromValue<qint64>(8000));
        r.set(a::kAcquiredOn, QDate(2026, 9, 1));
        r.set(a::kCampus, campus);
        r.set(a::kLocation, room);
        r.set(a::kStatus, a::kInUse);
        test::insertOrFail(repo, r);
    }
    void scan(gui::assets::StocktakePage& page, const QString& code) {
        QTest::keyClicks(page.codeEdit(), code);
        QTest::keyClick(page.codeEdit(), Qt::Key_Return);
    }
    void tick(gui::assets::StocktakePage& page, const QString& room) {
        const auto items = page.roomList()->findItems(room, Qt::MatchExactly);
        ASSERT_EQ(items.size(), 1) << room.toStdString();
        items.first()->setCheckState(Qt::Checked);
    }
};
} // namespace

TEST_F(StocktakePageTest, EachScanIsAnsweredAtOnceThenSavedAndTheRegisterCorrected) {
    asset(QStringLiteral("BH-2026-0001"), kBinhao, QStringLiteral("大一班"));
    asset(QStringLiteral("BH-2026-0002"), kBinhao, QStringLiteral("大一班"));
    asset(QStringLiteral("BH-2026-0003"), kBinhao, QStringLiteral("大二班"));
    asset(QStringLiteral("XG-2026-0001"), kXingang, QStringLiteral("小一班"), QStringLiteral("钢琴"));
    gui::assets::StocktakePage page(db.db());
    page.resize(1200, 700);
    page.show();
    page.refresh();
    page.campusBox()->setCurrentText(kBinhao);
    EXPECT_EQ(page.roomList()->count(), 2); // 大一班, 大二班
    // Without a counter the count does not start.
    QTest::mouseClick(page.startButton(), Qt::LeftButton);
    EXPECT_FALSE(page.codeEdit()->isEnabled());
    EXPECT_FALSE(page.messageLabel()->text().isEmpty());
    page.counterEdit()->setText(QStringLiteral("李老师")); // QTest types ASCII only
    tick(page, QStringLiteral("大一班"));
    QTest::mouseClick(page.startButton(), Qt::LeftButton);
    ASSERT_TRUE(page.codeEdit()->isEnabled());
    EXPECT_FALSE(page.campusBox()->isEnabled());

    scan(page, QStringLiteral("BH-2026-0001"));
    EXPECT_EQ(page.answerLabel()->property("answer").toInt(), int(K::Found));
    EXPECT_EQ(page.lastBeeps(), 1);
    EXPECT_TRUE(page.codeEdit()->text().isEmpty()); // ready for the next scan
    scan(page, QStringLiteral("BH-2026-0001"));
    EXPECT_EQ(page.answerLabel()->property("answer").toInt(), int(K::AlreadyCounted));
    EXPECT_EQ(page.lastBeeps(), 2);
    scan(page, QStringLiteral("XG-2026-0001"));
    EXPECT_EQ(page.answerLabel()->property("answer").toInt(), int(K::Moved));
    EXPECT_TRUE(page.answerLabel()->text().contains(QStringLiteral("小一班")))
        << page.answerLabel()->text().toStdString();
    EXPECT_EQ(page.lastBeeps(), 3);
    scan(page, QStringLiteral("NO-SUCH-1"));
    EXPECT_EQ(page.answerLabel()->property("answer").toInt(), int(K::Unknown));
    EXPECT_EQ(page.lastBeeps(), 4);
    EXPECT_EQ(page.scanTable()->rowCount(), 3);
    EXPECT_EQ(page.count()->foundCount(), 1);
    EXPECT_EQ(page.count()->missingCount(), 1);
    EXPECT_EQ(page.count()->extraCount(), 2);
    EXPECT_TRUE(page.tallyLabel()->text().contains(QStringLiteral("3")))
        << page.tallyLabel()->text().toStdString();

    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    ASSERT_NE(page.shownStocktake(), 0) << page.messageLabel()->text().toStdString();
    EXPECT_EQ(page.tabs()->currentIndex(), 1);
    auto stored = RecordRepository(db.db(), houqin::assets::stocktakesKind()).get(page.shownStocktake());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->value(s::kCounter).toString(), QStringLiteral("李老师"));
    EXPECT_EQ(stored->value(s::kRooms).toString(), QStringLiteral("大一班"));
    EXPECT_EQ(stored->lines.size(), 4);
    // The result lists the missing and the extra: 0002 missing, XG moved, NO-SUCH-1 unknown.
    ASSERT_EQ(page.resultTable()->rowCount(), 3);
    // Each line is named from the register; a code it does not know has no name.
    QHash<QString, QString> named;
    for (int r = 0; r < page.resultTable()->rowCount(); ++r)
        named.insert(page.resultTable()->item(r, 0)->text(), page.resultTable()->item(r, 1)->text());
    EXPECT_EQ(named.value(QStringLiteral("BH-2026-0002")), QStringLiteral("儿童椅"));
    EXPECT_EQ(named.value(QStringLiteral("XG-2026-0001")), QStringLiteral("钢琴"));
    ASSERT_TRUE(named.contains(QStringLiteral("NO-SUCH-1")));
    EXPECT_EQ(named.value(QStringLiteral("NO-SUCH-1")), QString());
    EXPECT_EQ(page.resultTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Asset"));
    // Correcting nothing selected says so and changes nothing.
    QTest::mouseClick(page.correctSelectedButton(), Qt::LeftButton);
    EXPECT_EQ(page.correct(false), 0);
    int movedRow = -1;
    for (int r = 0; r < page.resultTable()->rowCount(); ++r)
        if (page.resultTable()->item(r, 0)->text() == QStringLiteral("XG-2026-0001"))
            movedRow = r;
    ASSERT_GE(movedRow, 0);
    page.resultTable()->selectRow(movedRow);
    QTest::mouseClick(page.correctSelectedButton(), Qt::LeftButton);
    RecordRepository assets(db.db(), houqin::assets::assetsKind());
    ListQuery byCode;
    byCode.equals << qMakePair(a::kCode, QVariant(QStringLiteral("XG-2026-0001")));
    auto moved = assets.list(byCode);
    ASSERT_TRUE(moved.ok() && moved->size() == 1);
    EXPECT_EQ(moved->first().value(a::kCampus).toString(), kBinhao);
    EXPECT_EQ(moved->first().value(a::kLocation).toString(), QStringLiteral("大一班"));
    byCode.equals = {qMakePair(a::kCode, QVariant(QStringLiteral("BH-2026-0002")))};
    EXPECT_EQ(assets.list(byCode)->first().value(a::kStatus).toString(), a::kInUse); // not selected
    QTest::mouseClick(page.correctAllButton(), Qt::LeftButton);
    EXPECT_EQ(assets.list(byCode)->first().value(a::kStatus).toString(), a::kIdle);
}

TEST_F(StocktakePageTest, TwoThousandScansStayInstant) {
    RecordRepository repo(db.db(), houqin::assets::assetsKind());
    QList<Record> batch;
    for (int i = 1; i <= 2000; ++i) {
        Record r;
        r.set(a::kCode, QStringLiteral("BH-2026-%1").arg(i, 4, 10, QLatin1Char('0')));
        r.set(a::kName, QStringLiteral("图书"));
        r.set(a::kCategory, QStringLiteral("books"));
        r.set(a::kQuantity, QVariant::fromValue<qint64>(1));
        r.set(a::kUnitPrice, QVariant::fromValue<qint64>(3000));
        r.set(a::kAcquiredOn, QDate(2026, 9, 1));
        r.set(a::kCampus, kBinhao);
        r.set(a::kLocation, QStringLiteral("图书室"));
        r.set(a::kStatus, a::kInUse);
        batch << r;
    }
    ASSERT_TRUE(repo.insertAll(batch, test::tester()).ok());
    gui::assets::StocktakePage page(db.db());
    page.show();
    page.refresh();
    page.campusBox()->setCurrentText(kBinhao);
    page.counterEdit()->setText(QStringLiteral("李老师")); // QTest types ASCII only
    ASSERT_TRUE(page.start());
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= 2000; ++i)
        scan(page, QStringLiteral("BH-2026-%1").arg(i, 4, 10, QLatin1Char('0')));
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(page.count()->foundCount(), 2000);
    EXPECT_EQ(page.count()->missingCount(), 0);
    // Typing 24,000 keys dominates; the answers themselves must not add a query per scan.
    EXPECT_LT(ms, 30000) << ms;
    QElapsedTimer saving;
    saving.start();
    ASSERT_NE(page.save(), 0) << page.messageLabel()->text().toStdString();
    EXPECT_LT(saving.elapsed(), 10000);
}
