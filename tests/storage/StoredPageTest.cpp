// storage/StoredPage and the records read through it (domain/RecordValues): a cell is converted when it is
// read, to the value the repository gave before pages existed (the Qt driver's cell through
// valuefmt::fromSql), for every field type and every storage class SQLite may hold; records read from a
// page keep their values when copied, changed, sent to another thread, or kept after their database has
// closed; reads longer than a page give every row.
#include "storage/StoredPage.h"

#include "FoodSampleRecords.h"
#include "TestSupport.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Query.h"
#include "storage/RecordReader.h"
#include "storage/RecordRepository.h"
#include "storage/Rows.h"

#include <QDateTime>
#include <gtest/gtest.h>
#include <thread>

using namespace houqin;

namespace {

// One untyped column, so every cell keeps the storage class it was given.
void makeCells(Database& db) {
    ASSERT_TRUE(Query::run(db, QStringLiteral("CREATE TEMP TABLE t (v)")));
    ASSERT_TRUE(Query::run(
        db, QStringLiteral("INSERT INTO t VALUES (NULL), (0), (1), (42), (-7), (2.5), (0.0), (125.0), (''), "
                           "('青菜 Ünï'), ('0'), ('12'), ('1.5'), ('2026-11-24'), ('2026-11-24T16:05:09'), "
                           "('2026-11-24T16:05'), ('2026-13-45'), ('not a date'), (x'00ff'), (x''), "
                           "('a text longer than forty-eight bytes, 长得多的一段文字，用来试一试')")));
}

const QList<FieldType> kAllTypes = {FieldType::Text,     FieldType::LongText, FieldType::Person,
                                    FieldType::Campus,   FieldType::Choice,   FieldType::Integer,
                                    FieldType::Money,    FieldType::Decimal,  FieldType::Date,
                                    FieldType::DateTime, FieldType::Bool};

Record sample(const QString& dish, const QDateTime& storedAt, bool disposed) {
    Record r = test::foodSample(dish, storedAt);
    if (disposed) {
        r.set(QStringLiteral("disposed_at"), storedAt.addSecs(49 * 3600));
        r.set(QStringLiteral("disposed_by"), QStringLiteral("李老师"));
    }
    return r;
}

} // namespace

TEST(StoredPageTest, EveryTypeAndStorageClassConvertsAsTheRepositoryDid) {
    test::TempDb t;
    makeCells(t.db());
    for (const FieldType type : kAllTypes) {
        FieldDef f;
        f.key = QStringLiteral("v");
        f.type = type;
        SCOPED_TRACE(int(type));
        // What the repository gave before: the Qt driver's cell through valuefmt::fromSql.
        QList<QVariant> want;
        Query q(t.db(), QStringLiteral("SELECT v FROM t ORDER BY rowid"));
        ASSERT_TRUE(q.exec());
        while (q.next())
            want << valuefmt::fromSql(f, q.value(0));
        ASSERT_TRUE(q.finish());

        StoredPage page({f}, 0, 4);
        Rows rows(t.db(), QStringLiteral("SELECT v FROM t ORDER BY rowid"));
        ASSERT_TRUE(rows.forEach([&](const Rows& row) { page.append(row); }));
        ASSERT_EQ(page.rowCount(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            SCOPED_TRACE(i);
            const QVariant got = page.value(i, QStringLiteral("v"));
            EXPECT_EQ(got.isNull(), want[i].isNull());
            EXPECT_EQ(got.typeId(), want[i].typeId());
            EXPECT_EQ(got, want[i]);
            const QVariantMap all = page.values(i);
            EXPECT_EQ(all.contains(QStringLiteral("v")), !want[i].isNull());
            EXPECT_EQ(all.value(QStringLiteral("v")), want[i]);
            EXPECT_FALSE(page.value(i, QStringLiteral("w")).isValid()); // not a field
        }
        EXPECT_FALSE(page.value(int(want.size()), QStringLiteral("v")).isValid()); // no such row
    }
}

TEST(StoredPageTest, ListedRecordsConvertWhenReadAndGiveWhatWasStored) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    const QDateTime at(QDate(2026, 9, 7), QTime(11, 30));
    const Record kept = sample(QStringLiteral("番茄炒蛋"), at, false);
    const Record disposed = sample(QStringLiteral("青菜"), at.addDays(-3), true);
    ASSERT_TRUE(repo.insert(kept, test::tester()).ok());
    ASSERT_TRUE(repo.insert(disposed, test::tester()).ok());
    const auto list = repo.list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    const Record& newest = list->at(0);
    EXPECT_TRUE(newest.values.isUnconverted());
    EXPECT_EQ(newest.value(QStringLiteral("dish")).toString(), QStringLiteral("番茄炒蛋"));
    EXPECT_EQ(newest.value(QStringLiteral("stored_at")).toDateTime(), at);
    EXPECT_EQ(newest.value(QStringLiteral("date")).toDate(), at.date());
    EXPECT_EQ(newest.value(QStringLiteral("weight_g")).toDouble(), 130.0);
    // A NULL cell is no value, as it was in the map.
    EXPECT_FALSE(newest.value(QStringLiteral("disposed_at")).isValid());
    EXPECT_FALSE(newest.values.contains(QStringLiteral("disposed_at")));
    EXPECT_TRUE(list->at(1).values.contains(QStringLiteral("disposed_at")));
    EXPECT_FALSE(newest.values.keys().contains(QStringLiteral("disposed_at")));
    EXPECT_TRUE(newest.values.isUnconverted()); // reading converted nothing into the record
    // Everything stored, and nothing else (the kind's empty fields are not values).
    for (const Record* r : {&newest, &list->at(1)}) {
        const Record& made = r == &newest ? kept : disposed;
        const QVariantMap want = made.values.toMap();
        QVariantMap got = r->values.toMap();
        EXPECT_EQ(got.keys(), want.keys());
        for (auto it = want.cbegin(); it != want.cend(); ++it)
            EXPECT_EQ(got.value(it.key()), it.value()) << qPrintable(it.key());
    }
    // get() reads the same way.
    const auto one = repo.get(newest.id);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->values, newest.values);
}

TEST(StoredPageTest, ChangingACopyConvertsTheCopyAlone) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    ASSERT_TRUE(repo.insert(sample(QStringLiteral("米饭"), QDateTime(QDate(2026, 9, 7), QTime(11, 0)), false),
                            test::tester())
                    .ok());
    const Record stored = repo.list()->at(0);
    Record edited = stored;
    edited.set(QStringLiteral("dish"), QStringLiteral("糙米饭"));
    EXPECT_FALSE(edited.values.isUnconverted());
    EXPECT_TRUE(stored.values.isUnconverted());
    EXPECT_EQ(stored.value(QStringLiteral("dish")).toString(), QStringLiteral("米饭"));
    EXPECT_EQ(edited.value(QStringLiteral("dish")).toString(), QStringLiteral("糙米饭"));
    // The other values came along when the copy was converted.
    EXPECT_EQ(edited.value(QStringLiteral("sampled_by")), stored.value(QStringLiteral("sampled_by")));
    EXPECT_NE(edited.values, stored.values);
    edited.set(QStringLiteral("dish"), QStringLiteral("米饭"));
    EXPECT_EQ(edited.values, stored.values); // a converted record equals its unconverted self
    Record removed = stored;
    EXPECT_EQ(removed.values.remove(QStringLiteral("sampled_by")), 1);
    EXPECT_FALSE(removed.values.contains(QStringLiteral("sampled_by")));
    EXPECT_TRUE(stored.values.contains(QStringLiteral("sampled_by")));
    EXPECT_EQ(removed.values.size() + 1, stored.values.size());
}

TEST(StoredPageTest, RecordsOutliveTheirDatabaseAndReadInAnotherThread) {
    QList<Record> list;
    {
        test::TempDb t;
        RecordRepository repo(t.db(), canteen::foodSamplesKind());
        ASSERT_TRUE(
            repo.insert(sample(QStringLiteral("馒头"), QDateTime(QDate(2026, 9, 7), QTime(8, 0)), false),
                        test::tester())
                .ok());
        list = *repo.list();
    }
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].value(QStringLiteral("dish")).toString(), QStringLiteral("馒头"));
    QVariantMap inThread;
    std::thread other([&] { inThread = list[0].values.toMap(); });
    other.join();
    EXPECT_EQ(inThread, list[0].values.toMap());
    EXPECT_EQ(inThread.value(QStringLiteral("stored_at")).toDateTime(),
              QDateTime(QDate(2026, 9, 7), QTime(8, 0)));
}

TEST(StoredPageTest, ReadsLongerThanAPageGiveEveryRow) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    const int n = RecordReader::kRowsPerPage * 2 + 17;
    const QDateTime first(QDate(2026, 1, 1), QTime(11, 0));
    {
        QList<Record> many;
        for (int i = 0; i < n; ++i)
            many << sample(QStringLiteral("菜%1").arg(i), first.addSecs(qint64(i) * 3600), false);
        ASSERT_TRUE(repo.insertAll(many, test::tester()).ok());
    }
    ListQuery oldestFirst;
    oldestFirst.sortField = QStringLiteral("stored_at");
    oldestFirst.sortDescending = false;
    const auto all = repo.list(oldestFirst);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), n);
    for (int i = 0; i < n; ++i) {
        EXPECT_EQ(all->at(i).value(QStringLiteral("dish")).toString(), QStringLiteral("菜%1").arg(i));
        EXPECT_EQ(all->at(i).value(QStringLiteral("stored_at")).toDateTime(),
                  first.addSecs(qint64(i) * 3600));
    }
    int seen = 0;
    ASSERT_TRUE(repo.forEach(oldestFirst, [&](const Record& r) {
        EXPECT_EQ(r.value(QStringLiteral("dish")).toString(), QStringLiteral("菜%1").arg(seen));
        ++seen;
        return true;
    }));
    EXPECT_EQ(seen, n);
}
