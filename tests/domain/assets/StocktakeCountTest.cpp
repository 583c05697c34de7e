// 资产清点: each code answered at once against the register (found, moved, unknown, already counted), the
// lines a stocktake stores (found, missing, extra with moved and unknown) and the rules of the kind.
#include "domain/assets/StocktakeCount.h"

#include "domain/RecordKind.h"
#include "domain/assets/AssetKinds.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
namespace s = houqin::assets::stocktake;
using K = ScanAnswer::Kind;

namespace {
const QString kBinhao = QStringLiteral("滨豪校区");
const QString kXingang = QStringLiteral("新港校区");

QList<RegisterEntry> registerOf() {
    auto e = [](const char* code, const QString& campus, const char* room, const QString& status = {}) {
        return RegisterEntry{
            QString::fromUtf8(code), QStringLiteral("桌子"),   campus,
            QString::fromUtf8(room), QStringLiteral("王老师"), status.isEmpty() ? asset::kInUse : status};
    };
    return {e("BH-2026-0001", kBinhao, "大一班"),
            e("BH-2026-0002", kBinhao, "大一班"),
            e("BH-2026-0003", kBinhao, "大二班"),
            e("BH-2026-0004", kBinhao, "大一班", asset::kDisposed),
            e("BH-2026-0005", kBinhao, "大一班", asset::kIdle),
            e("XG-2026-0001", kXingang, "大一班")};
}

QString resultOf(const QList<Record>& lines, const QString& code, QString* extraKind = nullptr) {
    for (const Record& l : lines)
        if (l.value(s::kCode).toString() == code) {
            if (extraKind)
                *extraKind = l.value(s::kExtraKind).toString();
            return l.value(s::kResult).toString();
        }
    return QStringLiteral("none");
}
} // namespace

TEST(StocktakeCount, EachScanIsAnsweredFoundMovedUnknownOrAlreadyCounted) {
    StocktakeCount count(registerOf(), kBinhao, {QStringLiteral("大一班")});
    EXPECT_EQ(count.scan(QStringLiteral("BH-2026-0001"), QStringLiteral("大一班")).kind, K::Found);
    EXPECT_EQ(count.scan(QStringLiteral("  BH-2026-0001 ")).kind, K::AlreadyCounted);
    const ScanAnswer moved = count.scan(QStringLiteral("BH-2026-0003"), QStringLiteral("大一班"));
    EXPECT_EQ(moved.kind, K::Moved); // registered in 大二班, not counted there
    ASSERT_NE(moved.entry, nullptr);
    EXPECT_EQ(moved.entry->location, QStringLiteral("大二班"));
    EXPECT_EQ(count.scan(QStringLiteral("XG-2026-0001")).kind, K::Moved); // the same room name, other campus
    EXPECT_EQ(count.scan(QStringLiteral("BH-2026-0004")).kind, K::WrittenOff);
    EXPECT_EQ(count.scan(QStringLiteral("ZZ-0001")).kind, K::Unknown);
    EXPECT_EQ(count.scan(QStringLiteral("ZZ-0001")).kind, K::AlreadyCounted);
    EXPECT_EQ(count.scan(QStringLiteral("   ")).kind, K::Empty);
    // A code typed in lower case is the register's code.
    const ScanAnswer lower = count.scan(QStringLiteral("bh-2026-0005"));
    EXPECT_EQ(lower.kind, K::Found);
    EXPECT_EQ(lower.code, QStringLiteral("BH-2026-0005"));
    EXPECT_EQ(count.foundCount(), 2);
    EXPECT_EQ(count.extraCount(), 4);
    EXPECT_EQ(count.missingCount(), 1); // BH-2026-0002
}

TEST(StocktakeCount, TheLinesHoldFoundMissingAndExtraWithMovedAndUnknown) {
    StocktakeCount count(registerOf(), kBinhao, {QStringLiteral("大一班")});
    const QDateTime at(QDate(2026, 10, 5), QTime(9, 30));
    count.scan(QStringLiteral("BH-2026-0001"), QStringLiteral("大一班"), at);
    count.scan(QStringLiteral("BH-2026-0003"), QStringLiteral("大一班"), at);
    count.scan(QStringLiteral("NEW-1"), QStringLiteral("大一班"), at);
    const QList<Record> lines = count.lines();
    ASSERT_EQ(lines.size(), 5); // three counted, then 0002 and 0005 missing
    QString kind;
    EXPECT_EQ(resultOf(lines, QStringLiteral("BH-2026-0001")), s::kFound);
    EXPECT_EQ(resultOf(lines, QStringLiteral("BH-2026-0003"), &kind), s::kExtra);
    EXPECT_EQ(kind, s::kMoved);
    EXPECT_EQ(resultOf(lines, QStringLiteral("NEW-1"), &kind), s::kExtra);
    EXPECT_EQ(kind, s::kUnknown);
    EXPECT_EQ(resultOf(lines, QStringLiteral("BH-2026-0002")), s::kMissing);
    EXPECT_EQ(resultOf(lines, QStringLiteral("BH-2026-0005")), s::kMissing); // idle is still expected
    EXPECT_EQ(resultOf(lines, QStringLiteral("BH-2026-0004")), QStringLiteral("none")); // written off
    EXPECT_EQ(lines.at(1).value(s::kRegisteredLocation).toString(), QStringLiteral("大二班"));
    EXPECT_EQ(lines.at(1).value(s::kCountedRoom).toString(), QStringLiteral("大一班"));
    EXPECT_EQ(lines.at(0).value(s::kScannedAt).toDateTime(), at);
    EXPECT_TRUE(lines.at(3).isEmpty(s::kScannedAt));
    RuleContext ctx;
    ctx.now = QDateTime(QDate(2026, 10, 5), QTime(10, 0));
    ctx.settings.campuses = {kBinhao, kXingang};
    Record rec;
    rec.set(s::kDate, QDate(2026, 10, 5));
    rec.set(s::kCampus, kBinhao);
    rec.set(s::kCounter, QStringLiteral("李老师"));
    rec.lines = lines;
    EXPECT_FALSE(hasErrors(validateRecord(stocktakesKind(), rec, ctx)));
    const QVariantMap derived = deriveValues(stocktakesKind(), rec, ctx);
    EXPECT_EQ(derived.value(s::kFoundCount).toLongLong(), 1);
    EXPECT_EQ(derived.value(s::kMissingCount).toLongLong(), 2);
    EXPECT_EQ(derived.value(s::kExtraCount).toLongLong(), 2);
    auto fieldsOf = [&](const Record& r) {
        QStringList fields;
        for (const Issue& i : validateRecord(stocktakesKind(), r, ctx))
            fields << i.field;
        return fields;
    };
    // A code twice is refused on its second line.
    Record twice = rec;
    twice.lines << lines.first();
    EXPECT_EQ(fieldsOf(twice), QStringList{lineIssueField(5, s::kCode)});
    // An extra line without its reason and a found line with one are refused.
    rec.lines[1].set(s::kExtraKind, QVariant());
    rec.lines[0].set(s::kExtraKind, s::kMoved);
    EXPECT_EQ(fieldsOf(rec),
              (QStringList{lineIssueField(0, s::kExtraKind), lineIssueField(1, s::kExtraKind)}));
}

TEST(StocktakeCount, NoRoomsMeansTheWholeCampus) {
    StocktakeCount count(registerOf(), kBinhao, {});
    EXPECT_EQ(count.missingCount(), 4); // 0001, 0002, 0003, 0005; not the written-off 0004
    EXPECT_EQ(count.scan(QStringLiteral("BH-2026-0003")).kind, K::Found);
    EXPECT_EQ(count.scan(QStringLiteral("XG-2026-0001")).kind, K::Moved);
    EXPECT_EQ(count.campusRooms(), (QStringList{QStringLiteral("大一班"), QStringLiteral("大二班")}));
    EXPECT_EQ(stocktakeRooms(QStringLiteral("大一班、大二班, 大一班")),
              (QStringList{QStringLiteral("大一班"), QStringLiteral("大二班")}));
}

TEST(StocktakeWeeks, TheSettingReadsWeeksAsPeopleTypeThem) {
    EXPECT_EQ(KindergartenSettings().stocktakeWeeks, (QList<int>{5, 20}));
    EXPECT_EQ(*KindergartenSettings::parseWeeks(QStringLiteral("20、第5周")), (QList<int>{5, 20}));
    EXPECT_FALSE(KindergartenSettings::parseWeeks(QStringLiteral("5, soon")).has_value());
    auto weekIssues = [](const KindergartenSettings& s) {
        int n = 0;
        for (const Issue& i : s.validate())
            n += i.field == settingkey::kStocktakeWeeks;
        return n;
    };
    KindergartenSettings s;
    s.stocktakeWeeks = {0, 5, 31};
    EXPECT_EQ(weekIssues(s), 2);
    s.stocktakeWeeks = {1, 30};
    EXPECT_EQ(weekIssues(s), 0);
    const auto back = KindergartenSettings::fromMap(s.toMap());
    EXPECT_EQ(back.stocktakeWeeks, (QList<int>{1, 30}));
}

// A written-off asset found in the very room it is registered in is not "registered elsewhere": it has left
// the books, so it is extra and off the books (账外), and its line keeps where it was registered.
TEST(StocktakeCount, AWrittenOffAssetIsExtraOffTheBooksEvenInItsOwnRoom) {
    StocktakeCount count(registerOf(), kBinhao, {QStringLiteral("大一班")});
    const ScanAnswer a = count.scan(QStringLiteral("BH-2026-0004"), QStringLiteral("大一班"));
    EXPECT_EQ(a.kind, K::WrittenOff);
    ASSERT_NE(a.entry, nullptr);
    EXPECT_EQ(a.entry->status, asset::kDisposed);
    EXPECT_EQ(count.extraCount(), 1);
    EXPECT_EQ(count.foundCount(), 0);
    QString kind;
    const QList<Record> lines = count.lines();
    EXPECT_EQ(resultOf(lines, QStringLiteral("BH-2026-0004"), &kind), s::kExtra);
    EXPECT_EQ(kind, s::kUnknown);
    EXPECT_EQ(lines.at(0).value(s::kRegisteredLocation).toString(), QStringLiteral("大一班"));
    EXPECT_EQ(lines.at(0).value(s::kCountedRoom).toString(), QStringLiteral("大一班"));
}
