// storage/Rows: the C-API read that list pages go through reads the cells RecordReader reads (StoredPage
// keeps the rest, tested in StoredPageTest against the Qt driver), binds what the repository binds, and
// fails like Query does.
#include "storage/Rows.h"

#include "TestSupport.h"
#include "storage/Query.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace houqin;

namespace {
void makeTable(Database& db) {
    ASSERT_TRUE(
        Query::run(db, QStringLiteral("CREATE TEMP TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, d TEXT)")));
    ASSERT_TRUE(
        Query::run(db, QStringLiteral("INSERT INTO t VALUES (42, 2.5, '青菜 Ünï', x'0001', "
                                      "'2026-11-24'), (NULL, NULL, NULL, NULL, '2026-11-24T16:05:09')")));
}
} // namespace

TEST(RowsTest, CellsReadAsTheRecordReaderReadsThem) {
    test::TempDb t;
    makeTable(t.db());
    Rows rows(t.db(), QStringLiteral("SELECT i, r, s, b, d FROM t ORDER BY rowid"));
    QList<qint64> ints;
    QList<QString> texts;
    QList<QDateTime> times;
    QList<bool> nulls;
    ASSERT_TRUE(rows.forEach([&](const Rows& row) {
        ints << row.int64(0);
        nulls << row.isNull(0);
        texts << row.text(2);
        times << row.dateTime(4);
    }));
    ASSERT_EQ(ints.size(), 2);
    EXPECT_EQ(ints[0], 42);
    EXPECT_EQ(nulls, (QList<bool>{false, true}));
    EXPECT_EQ(texts[0], QStringLiteral("青菜 Ünï"));
    EXPECT_TRUE(texts[1].isNull());
    EXPECT_FALSE(times[0].isValid()); // a date is no date-time
    EXPECT_EQ(times[1], QDateTime(QDate(2026, 11, 24), QTime(16, 5, 9)));
}

TEST(RowsTest, BindsByNameAsTheRepositoryDoes) {
    test::TempDb t;
    makeTable(t.db());
    Rows rows(t.db(),
              QStringLiteral("SELECT COUNT(*) FROM t WHERE i = :n AND r < :x AND s = :s AND d >= :d"));
    rows.bind(QStringLiteral(":n"), 42)
        .bind(QStringLiteral(":x"), 3.0)
        .bind(QStringLiteral(":s"), QStringLiteral("青菜 Ünï"))
        .bind(QStringLiteral(":d"), QDate(2026, 11, 1));
    qint64 n = -1;
    ASSERT_TRUE(rows.forEach([&](const Rows& row) { n = row.int64(0); }));
    EXPECT_EQ(n, 1);
    Rows none(t.db(), QStringLiteral("SELECT COUNT(*) FROM t WHERE i = :n"));
    none.bind(QStringLiteral(":n"), QVariant());
    ASSERT_TRUE(none.forEach([&](const Rows& row) { n = row.int64(0); }));
    EXPECT_EQ(n, 0); // NULL = NULL is not true
}

TEST(RowsTest, FailuresAreErrorsWithTheirSql) {
    test::TempDb t;
    Rows bad(t.db(), QStringLiteral("SELECT nope FROM nowhere"));
    const Status s = bad.forEach([](const Rows&) { ADD_FAILURE() << "no row expected"; });
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().sql, QStringLiteral("SELECT nope FROM nowhere"));
    EXPECT_TRUE(s.error().detail.contains(QStringLiteral("no such table")));
    EXPECT_FALSE(s.error().message.isEmpty());

    makeTable(t.db());
    Rows unknown(t.db(), QStringLiteral("SELECT i FROM t WHERE i = :n"));
    unknown.bind(QStringLiteral(":missing"), 1); // a placeholder the statement does not have
    EXPECT_FALSE(unknown.forEach([](const Rows&) {}));
}

// Texts repeated down a column are shared from the last few; every cell still reads as its own text, empty
// and NULL stay apart, and long texts are converted each time.
TEST(RowsTest, RepeatedTextsAreTheirOwnValues) {
    test::TempDb t;
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("CREATE TEMP TABLE w (n INTEGER, s TEXT)")));
    const QString longText = QString(60, QChar(u'长'));
    const QList<QVariant> cells{QStringLiteral("王老师"),
                                QStringLiteral("王老师"),
                                QStringLiteral(""),
                                QVariant(),
                                QStringLiteral("李"),
                                QStringLiteral("张"),
                                QStringLiteral("赵"),
                                QStringLiteral("钱"),
                                QStringLiteral("王老师"),
                                QStringLiteral("王老"),
                                QStringLiteral(""),
                                longText,
                                longText,
                                QStringLiteral("李"),
                                QVariant()};
    for (int i = 0; i < cells.size(); ++i) {
        Query q(t.db(), QStringLiteral("INSERT INTO w VALUES (:n, :s)"));
        q.bind(QStringLiteral(":n"), i).bind(QStringLiteral(":s"), cells[i]);
        ASSERT_TRUE(q.exec());
    }
    QList<QString> texts;
    Rows rows(t.db(), QStringLiteral("SELECT n, s FROM w ORDER BY n"));
    ASSERT_TRUE(rows.forEach([&](const Rows& row) { texts << row.text(1); }));
    ASSERT_EQ(texts.size(), cells.size());
    for (int i = 0; i < cells.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(texts[i], cells[i].toString());
        EXPECT_EQ(texts[i].isNull(), cells[i].isNull());
    }
    EXPECT_TRUE(texts[2].isEmpty());
    EXPECT_FALSE(texts[2].isNull());
    // The second "王老师" is the first's QString; after four other texts it is converted again.
    EXPECT_EQ(texts[1].constData(), texts[0].constData());
    EXPECT_NE(texts[8].constData(), texts[0].constData());
    EXPECT_NE(texts[12].constData(), texts[11].constData());
}

TEST(RowsTest, SameTextComparesTwoCellsBytes) {
    test::TempDb t;
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("CREATE TEMP TABLE u (a TEXT, b TEXT)")));
    ASSERT_TRUE(
        Query::run(t.db(), QStringLiteral("INSERT INTO u VALUES ('2026-11-24T16:05:09', "
                                          "'2026-11-24T16:05:09'), ('2026-11-24T16:05:09', "
                                          "'2026-11-24T16:05:10'), ('x', 'xy'), (NULL, NULL), ('', '')")));
    QList<bool> same;
    Rows rows(t.db(), QStringLiteral("SELECT a, b FROM u ORDER BY rowid"));
    ASSERT_TRUE(rows.forEach([&](const Rows& row) { same << row.sameText(0, 1); }));
    // Two NULLs are no text (a record always has both stamps); two empty texts are the same text.
    EXPECT_EQ(same, QList<bool>({true, false, false, false, true}));
}
