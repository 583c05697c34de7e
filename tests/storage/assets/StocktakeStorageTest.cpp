// 资产清点 on a real database: the register read once, a stocktake stored with its lines and read back, the
// register corrected from selected lines (audited edits through the assets repository, once only), and the
// per-campus reminder in the stocktake weeks on both sides of the week's start and end.
#include "TestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "storage/AttentionService.h"
#include "storage/AuditLog.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/assets/StocktakeService.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
namespace a = houqin::assets::asset;
namespace s = houqin::assets::stocktake;

namespace {
const QString kBinhao = QStringLiteral("滨豪校区");
const QString kXingang = QStringLiteral("新港校区");

class StocktakeStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 10, 5), QTime(10, 0))};

    void SetUp() override {
        KindergartenSettings st = t->settings();
        st.campuses = {kBinhao, kXingang};
        st.semesterStart = QDate(2026, 9, 1); // week 1 from Monday 31 August; week 5 from 28 September
        ASSERT_TRUE(SettingsStore::save(t.db(), st, test::tester()).ok());
    }
    qint64 asset(const QString& code, const QString& campus, const QString& room) {
        Record r;
        r.set(a::kCode, code);
        r.set(a::kName, QStringLiteral("儿童桌"));
        r.set(a::kCategory, QStringLiteral("furniture"));
        r.set(a::kQuantity, QVariant::fromValue<qint64>(1));
        r.set(a::kUnitPrice, QVariant::fromValue<qint64>(30000));
        r.set(a::kAcquiredOn, QDate(2026, 9, 1));
        r.set(a::kCampus, campus);
        r.set(a::kLocation, room);
        r.set(a::kStatus, a::kInUse);
        auto id = RecordRepository(t.db(), assetsKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    qint64 stocktake(const QString& campus, QDate day, const QStringList& codes = {}) {
        auto reg = loadRegister(t.db());
        EXPECT_TRUE(reg.ok());
        StocktakeCount count(*reg, campus, {QStringLiteral("大一班")});
        for (const QString& c : codes)
            count.scan(c, QStringLiteral("大一班"), QDateTime(day, QTime(9, 0)));
        Record header;
        header.set(s::kDate, day);
        header.set(s::kCounter, QStringLiteral("李老师"));
        auto id = saveStocktake(t.db(), header, count, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    qint64 due() {
        auto st =
            AttentionService(t.db()).evaluate(*findAttentionItem(QStringLiteral("assets.stocktake-due")));
        EXPECT_TRUE(st.ok());
        EXPECT_EQ(st->raised, st->count > 0);
        return st.ok() ? st->count : -1;
    }
    void setNow(QDate day) { t.setNow(QDateTime(day, QTime(10, 0))); }
};
} // namespace

TEST_F(StocktakeStorageTest, AStocktakeIsStoredWithItsLinesAndTheRegisterCorrectedFromThem) {
    asset(QStringLiteral("BH-2026-0001"), kBinhao, QStringLiteral("大一班"));
    const qint64 missing = asset(QStringLiteral("BH-2026-0002"), kBinhao, QStringLiteral("大一班"));
    const qint64 moved = asset(QStringLiteral("BH-2026-0003"), kBinhao, QStringLiteral("大二班"));
    const qint64 id = stocktake(
        kBinhao, QDate(2026, 10, 5),
        {QStringLiteral("BH-2026-0001"), QStringLiteral("BH-2026-0003"), QStringLiteral("LOOSE-9")});
    RecordRepository stocktakes(t.db(), stocktakesKind());
    auto stored = stocktakes.get(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->value(s::kRooms).toString(), QStringLiteral("大一班"));
    ASSERT_EQ(stored->lines.size(), 4);
    EXPECT_EQ(stored->lines.at(1).value(s::kExtraKind).toString(), s::kMoved);
    EXPECT_EQ(stored->lines.at(2).value(s::kExtraKind).toString(), s::kUnknown);
    EXPECT_EQ(stored->lines.at(3).value(s::kResult).toString(), s::kMissing);
    EXPECT_EQ(stored->lines.at(0).value(s::kScannedAt).toDateTime(),
              QDateTime(QDate(2026, 10, 5), QTime(9, 0)));
    EXPECT_FALSE(offersCorrection(stored->lines.at(0))); // found
    EXPECT_TRUE(offersCorrection(stored->lines.at(1)));  // moved
    EXPECT_FALSE(offersCorrection(stored->lines.at(2))); // unknown: nothing in the register to correct
    EXPECT_TRUE(offersCorrection(stored->lines.at(3)));  // missing

    auto changed = correctRegister(t.db(), id, {0, 1, 2, 3}, test::tester());
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_EQ(*changed, 2);
    RecordRepository assets(t.db(), assetsKind());
    EXPECT_EQ(assets.get(moved)->value(a::kLocation).toString(), QStringLiteral("大一班"));
    EXPECT_EQ(assets.get(missing)->value(a::kStatus).toString(), a::kIdle);
    EXPECT_TRUE(assets.get(missing)->value(a::kNote).toString().contains(QStringLiteral("2026-10-05")));
    auto audit = AuditLog::forRecord(t.db(), QStringLiteral("assets"), moved);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 2);
    EXPECT_EQ(audit->first().before.value(a::kLocation).toString(), QStringLiteral("大二班"));
    EXPECT_EQ(audit->first().after.value(a::kLocation).toString(), QStringLiteral("大一班"));
    stored = stocktakes.get(id);
    EXPECT_EQ(stored->lines.at(1).value(s::kCorrectedOn).toDate(), QDate(2026, 10, 5));
    EXPECT_TRUE(stored->lines.at(0).isEmpty(s::kCorrectedOn));
    // Corrected once: asking again changes nothing.
    EXPECT_EQ(*correctRegister(t.db(), id, {1, 3}, test::tester()), 0);
    EXPECT_EQ(AuditLog::forRecord(t.db(), QStringLiteral("assets"), moved)->size(), 2);
}

TEST_F(StocktakeStorageTest, ACorrectionOfAnAssetGoneFromTheRegisterChangesNothing) {
    asset(QStringLiteral("BH-2026-0001"), kBinhao, QStringLiteral("大一班"));
    const qint64 gone = asset(QStringLiteral("BH-2026-0002"), kBinhao, QStringLiteral("大一班"));
    const qint64 id = stocktake(kBinhao, QDate(2026, 10, 5), {QStringLiteral("BH-2026-0002")});
    ASSERT_TRUE(RecordRepository(t.db(), assetsKind()).remove(gone, test::tester()).ok());
    // Line 0: 0002 found (its asset since removed); line 1: 0001 missing.
    auto changed = correctRegister(t.db(), id, {0, 1}, test::tester());
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(*changed, 1);
    auto stored = RecordRepository(t.db(), stocktakesKind()).get(id);
    stored->lines[0].set(s::kResult, s::kMissing); // as if 0002 had been missing: its asset is gone
    stored->lines[0].set(s::kScannedAt, QVariant());
    ASSERT_TRUE(RecordRepository(t.db(), stocktakesKind()).update(*stored, test::tester()).ok());
    auto refused = correctRegister(t.db(), id, {0}, test::tester());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::NotFound);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("BH-2026-0002")));
    EXPECT_TRUE(RecordRepository(t.db(), stocktakesKind()).get(id)->lines.at(0).isEmpty(s::kCorrectedOn));
}

TEST_F(StocktakeStorageTest, AStocktakeIsDuePerCampusInWeeks5And20) {
    setNow(QDate(2026, 9, 27)); // Sunday of week 4
    EXPECT_EQ(due(), 0);
    stocktake(kXingang, QDate(2026, 9, 27)); // before week 5 began: does not count for it
    setNow(QDate(2026, 9, 28));              // Monday of week 5
    EXPECT_EQ(due(), 2);
    stocktake(kBinhao, QDate(2026, 9, 28));
    EXPECT_EQ(due(), 1);        // 新港 still due
    setNow(QDate(2026, 10, 4)); // Sunday of week 5
    EXPECT_EQ(due(), 1);
    stocktake(kXingang, QDate(2026, 10, 4));
    EXPECT_EQ(due(), 0);
    setNow(QDate(2026, 10, 5)); // week 6
    EXPECT_EQ(due(), 0);
    setNow(QDate(2027, 1, 11)); // Monday of week 20
    EXPECT_EQ(due(), 2);
    setNow(QDate(2027, 1, 18)); // after term
    EXPECT_EQ(due(), 0);
    KindergartenSettings st = t->settings();
    st.stocktakeWeeks = {6};
    ASSERT_TRUE(SettingsStore::save(t.db(), st, test::tester()).ok());
    setNow(QDate(2026, 10, 5));
    EXPECT_EQ(due(), 2);
}
