#include "gui/RecordTableModel.h"

#include "ChineseInstalled.h"
#include "GuiTestHelpers.h"
#include "domain/assets/AssetKinds.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QColor>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

qint64 sqlCount(Database& db) {
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM food_samples"));
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

class RecordTableModelTest : public ::testing::Test {
protected:
    void fill(int n) {
        QList<Record> rows;
        for (int i = 0; i < n; ++i)
            rows << test::foodSample(QStringLiteral("菜%1").arg(i, 4, 10, QLatin1Char('0')),
                                     QDateTime(QDate(2026, 9, 7), QTime(8, 0)).addSecs(-i * 600));
        auto ids = repo.insertAll(rows, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    test::TempDb t{kNow};
    RecordRepository repo{t.db(), canteen::foodSamplesKind()};
};

TEST_F(RecordTableModelTest, LoadsPageByPageUntilEveryRowOfTheCountIsThere) {
    fill(450);
    gui::RecordTableModel model(t.db(), canteen::foodSamplesKind());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.rowCount(), gui::RecordTableModel::kDefaultPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.rowCount(), sqlCount(t.db()));

    // Default order: newest stored first, so the last row loaded is the oldest sample.
    EXPECT_EQ(model.record(0).value(QStringLiteral("dish")).toString(), QStringLiteral("菜0000"));
    EXPECT_EQ(model.record(449).value(QStringLiteral("dish")).toString(), QStringLiteral("菜0449"));
    // Pages never overlap.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.record(r).id);
    EXPECT_EQ(ids.size(), 450);
}

TEST_F(RecordTableModelTest, ColumnsShowDisplayTextIncludingDerivedValues) {
    fill(1);
    gui::RecordTableModel model(t.db(), canteen::foodSamplesKind());
    model.setQuery({});
    ASSERT_EQ(model.rowCount(), 1);
    const int weight = model.columnOf(QStringLiteral("weight_g"));
    const int meal = model.columnOf(QStringLiteral("meal"));
    const int status = model.columnOf(QStringLiteral("status"));
    const int left = model.columnOf(QStringLiteral("time_left"));
    ASSERT_GE(weight, 0);
    ASSERT_GE(status, 0);
    EXPECT_EQ(model.data(model.index(0, weight)).toString(), QStringLiteral("130.0"));
    EXPECT_EQ(model.headerData(weight, Qt::Horizontal).toString(), QStringLiteral("Weight (g)"));
    EXPECT_EQ(model.data(model.index(0, meal)).toString(), QStringLiteral("Lunch"));
    EXPECT_EQ(model.data(model.index(0, status)).toString(), QStringLiteral("Held"));
    // Stored 08:00, held 48 h: 46 h left at 10:00.
    EXPECT_EQ(model.data(model.index(0, left)).toString(), QStringLiteral("46 h 00 min left"));
    EXPECT_TRUE(model.isSortable(weight));
    EXPECT_FALSE(model.isSortable(status));
}

TEST_F(RecordTableModelTest, SortsStoredFieldsInSqlAndIgnoresDerivedColumns) {
    fill(250);
    gui::RecordTableModel model(t.db(), canteen::foodSamplesKind());
    model.setQuery({});
    const int dish = model.columnOf(QStringLiteral("dish"));
    model.sort(dish, Qt::DescendingOrder);
    EXPECT_EQ(model.record(0).value(QStringLiteral("dish")).toString(), QStringLiteral("菜0249"));
    EXPECT_EQ(model.rowCount(), gui::RecordTableModel::kDefaultPageSize); // back to one page
    model.sort(dish, Qt::AscendingOrder);
    EXPECT_EQ(model.record(0).value(QStringLiteral("dish")).toString(), QStringLiteral("菜0000"));

    model.sort(model.columnOf(QStringLiteral("status")), Qt::DescendingOrder);
    EXPECT_EQ(model.query().sortField, QStringLiteral("dish"));
    EXPECT_EQ(model.record(0).value(QStringLiteral("dish")).toString(), QStringLiteral("菜0000"));
}

TEST_F(RecordTableModelTest, StatusColoursComeFromTheKindsExtension) {
    test::insertOrFail(repo, test::foodSample(QStringLiteral("新鲜"), kNow.addSecs(-3600)));        // held
    test::insertOrFail(repo, test::foodSample(QStringLiteral("逾期"), kNow.addDays(-4)));           // overdue
    test::insertOrFail(repo, test::foodSample(QStringLiteral("可处置"), kNow.addSecs(-49 * 3600))); // due
    gui::RecordTableModel model(t.db(), canteen::foodSamplesKind());
    model.setQuery({});
    ASSERT_EQ(model.rowCount(), 3);
    auto colourOf = [&](const QString& dish) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.record(r).value(QStringLiteral("dish")).toString() == dish)
                return model.data(model.index(r, 0), Qt::ForegroundRole);
        return QVariant();
    };
    EXPECT_FALSE(colourOf(QStringLiteral("新鲜")).isValid());
    ASSERT_TRUE(colourOf(QStringLiteral("逾期")).isValid());
    EXPECT_GT(colourOf(QStringLiteral("逾期")).value<QColor>().red(), 150);
    EXPECT_TRUE(colourOf(QStringLiteral("可处置")).isValid());
}

TEST_F(RecordTableModelTest, QueryFiltersAndCountsOnlyMatchingRows) {
    fill(30);
    test::insertOrFail(repo, test::foodSample(QStringLiteral("番茄炒蛋"), kNow.addSecs(-600)));
    gui::RecordTableModel model(t.db(), canteen::foodSamplesKind());
    ListQuery q;
    q.search = QStringLiteral("番茄");
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    q.search = QStringLiteral("菜00");
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 30);
}

// A unit that is a word is translated like the label before it; a symbol stays as written.
TEST_F(RecordTableModelTest, UnitsInHeadersAreInTheUsersLanguage) {
    gui::RecordTableModel assets(t.db(), assets::assetsKind());
    gui::RecordTableModel drills(t.db(), safety::drillsKind());
    gui::RecordTableModel samples(t.db(), canteen::foodSamplesKind());
    const auto header = [](const gui::RecordTableModel& m, const char* key) {
        return m.headerData(m.columnOf(QLatin1String(key)), Qt::Horizontal).toString();
    };
    EXPECT_EQ(header(assets, "unit_price"), QStringLiteral("Unit price (yuan)"));
    EXPECT_EQ(header(drills, "evacuation_seconds"), QStringLiteral("Evacuation time (s)"));
    EXPECT_EQ(header(samples, "weight_g"), QStringLiteral("Weight (g)"));
    test::ChineseInstalled zh;
    ASSERT_TRUE(zh.loaded());
    EXPECT_EQ(header(assets, "unit_price"), QStringLiteral("单价 (元)"));
    EXPECT_EQ(header(drills, "evacuation_seconds"), QStringLiteral("疏散用时 (秒)"));
    EXPECT_EQ(header(samples, "weight_g"), QStringLiteral("重量 (g)"));
}
