// storage/LocalDateTimes: a stored date-time read through the per-thread memory of converted values is the
// QDateTime valuefmt::parseIsoDateTime makes (the constructor's), read once or again, on both sides of
// midnight and of both DST changes of a zone that has them, and after the zone changes; NULL and empty
// cells stay invalid; records listed by the repository keep their instants across a DST change.
#include "storage/LocalDateTimes.h"

#include "FoodSampleRecords.h"
#include "TestSupport.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/Rows.h"

#include <gtest/gtest.h>
#include <time.h>

using namespace houqin;

namespace {

// Sets TZ for one test, as glibc and Qt's local time read it, and puts the old value back.
class ZoneScope {
public:
    explicit ZoneScope(const char* tz) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ")) {
        set(tz);
    }
    ~ZoneScope() {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
        localdatetimes::checkZone();
    }
    static void set(const char* tz) {
        qputenv("TZ", tz);
        tzset();
        localdatetimes::checkZone();
    }

private:
    bool m_had;
    QByteArray m_old;
};

QDateTime viaCache(const char* text) {
    const QByteArray b(text);
    return localdatetimes::fromIso(reinterpret_cast<const unsigned char*>(b.constData()), int(b.size()));
}

QDateTime made(const char* text) {
    return valuefmt::parseIsoDateTime(QString::fromLatin1(text));
}

// Everything a user or a rule can see of a date-time.
void expectSame(const QDateTime& got, const QDateTime& want, const char* text) {
    SCOPED_TRACE(text);
    ASSERT_EQ(got.isValid(), want.isValid());
    EXPECT_EQ(got, want);
    if (!want.isValid())
        return;
    EXPECT_EQ(got.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(got.date(), want.date());
    EXPECT_EQ(got.time(), want.time());
    EXPECT_EQ(got.toMSecsSinceEpoch(), want.toMSecsSinceEpoch());
    EXPECT_EQ(got.offsetFromUtc(), want.offsetFromUtc());
    EXPECT_EQ(got.isDaylightTime(), want.isDaylightTime());
    EXPECT_EQ(got.toString(Qt::ISODate), want.toString(Qt::ISODate));
}

void expectSameTwice(const char* text) {
    expectSame(viaCache(text), made(text), text); // converted
    expectSame(viaCache(text), made(text), text); // remembered
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

TEST(LocalDateTimesTest, SpringForwardInBerlinIsTheConstructorsOnBothSides) {
    ZoneScope berlin("Europe/Berlin");
    localdatetimes::clear();
    // 2026-03-29: 02:00 CET becomes 03:00 CEST; 02:00 to 02:59:59 does not exist.
    for (const char* text :
         {"2026-03-28T23:59:59", "2026-03-29T00:00:00", "2026-03-29T01:59:59", "2026-03-29T02:00:00",
          "2026-03-29T02:30:00", "2026-03-29T02:59:59", "2026-03-29T03:00:00", "2026-03-29T03:00:01"})
        expectSameTwice(text);
    EXPECT_EQ(viaCache("2026-03-29T01:59:59").toUTC(), utc(2026, 3, 29, 0, 59, 59));
    EXPECT_EQ(viaCache("2026-03-29T03:00:00").toUTC(), utc(2026, 3, 29, 1, 0, 0));
    EXPECT_FALSE(viaCache("2026-03-29T01:59:59").isDaylightTime());
    EXPECT_TRUE(viaCache("2026-03-29T03:00:00").isDaylightTime());
    // A rule's elapsed time across the change: one real second, not an hour and a second.
    EXPECT_EQ(viaCache("2026-03-29T01:59:59").secsTo(viaCache("2026-03-29T03:00:00")), 1);
}

TEST(LocalDateTimesTest, FallBackInBerlinIsTheConstructorsOnBothSides) {
    ZoneScope berlin("Europe/Berlin");
    localdatetimes::clear();
    // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:00 to 02:59:59 happens twice.
    for (const char* text : {"2026-10-25T01:59:59", "2026-10-25T02:00:00", "2026-10-25T02:30:00",
                             "2026-10-25T02:59:59", "2026-10-25T03:00:00", "2026-10-25T03:00:01"})
        expectSameTwice(text);
    EXPECT_EQ(viaCache("2026-10-25T01:59:59").toUTC(), utc(2026, 10, 24, 23, 59, 59));
    EXPECT_EQ(viaCache("2026-10-25T03:00:00").toUTC(), utc(2026, 10, 25, 2, 0, 0));
    EXPECT_TRUE(viaCache("2026-10-25T01:59:59").isDaylightTime());
    EXPECT_FALSE(viaCache("2026-10-25T03:00:00").isDaylightTime());
    EXPECT_EQ(viaCache("2026-10-25T01:59:59").secsTo(viaCache("2026-10-25T03:00:00")), 7201);
}

TEST(LocalDateTimesTest, MidnightAndTheShortFormAreTheConstructors) {
    ZoneScope shanghai("Asia/Shanghai");
    localdatetimes::clear();
    for (const char* text : {"2026-11-24T23:59:59", "2026-11-25T00:00:00", "2026-12-31T23:59:59",
                             "2027-01-01T00:00:00", "2028-02-29T00:00:00", "2026-11-24T16:05"})
        expectSameTwice(text);
    EXPECT_EQ(viaCache("2026-11-25T00:00:00").toUTC(), utc(2026, 11, 24, 16, 0, 0));
    EXPECT_EQ(viaCache("2026-11-24T23:59:59").secsTo(viaCache("2026-11-25T00:00:00")), 1);
    EXPECT_EQ(viaCache("2026-11-24T16:05"), viaCache("2026-11-24T16:05:00"));
}

TEST(LocalDateTimesTest, OtherTextIsInvalid) {
    localdatetimes::clear();
    for (const char* text :
         {"", "2026-11-24", "2026-02-30T10:00:00", "2026-11-24T24:00:00", "2026-11-24T10:60:00",
          "2026-1a-24T10:00:00", "2026-11-24 10:00:00", "2026-11-24T10:00:00Z", "2026-11-24T10:00:0"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(viaCache(text).isValid());
        EXPECT_FALSE(made(text).isValid());
    }
    EXPECT_FALSE(localdatetimes::fromIso(nullptr, 0).isValid());
    // Valid-looking digits of no date are remembered as what the constructor said: invalid.
    EXPECT_LE(localdatetimes::size(), 3);
}

TEST(LocalDateTimesTest, AnotherZoneForgetsTheValues) {
    ZoneScope berlin("Europe/Berlin");
    localdatetimes::clear();
    EXPECT_EQ(viaCache("2026-07-01T12:00:00").toUTC(), utc(2026, 7, 1, 10, 0, 0));
    EXPECT_EQ(localdatetimes::size(), 1);
    ZoneScope::set("Asia/Shanghai");
    EXPECT_EQ(localdatetimes::size(), 0);
    EXPECT_EQ(viaCache("2026-07-01T12:00:00").toUTC(), utc(2026, 7, 1, 4, 0, 0));
}

TEST(LocalDateTimesTest, MemoryIsBounded) {
    localdatetimes::clear();
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0));
    for (int i = 0; i < 20000; ++i) {
        const QByteArray text = start.addSecs(i * 61).toString(Qt::ISODate).toLatin1();
        const QDateTime got = viaCache(text.constData());
        if (i % 997 == 0) {
            EXPECT_EQ(got, start.addSecs(i * 61)) << text.constData();
        }
    }
    EXPECT_LE(localdatetimes::size(), 8192);
    EXPECT_GT(localdatetimes::size(), 0);
}

TEST(LocalDateTimesTest, RowsReadNullEmptyAndTransitionCells) {
    ZoneScope berlin("Europe/Berlin");
    test::TempDb t;
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("CREATE TEMP TABLE t (n INTEGER, d TEXT)")));
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("INSERT INTO t VALUES (1, NULL), (2, ''), "
                                                  "(3, '2026-10-25T02:30:00'), (4, '2026-03-29T03:00:00')")));
    for (int pass = 0; pass < 2; ++pass) {
        QList<QDateTime> got;
        Rows rows(t.db(), QStringLiteral("SELECT n, d FROM t ORDER BY n"));
        ASSERT_TRUE(rows.forEach([&](const Rows& row) {
            EXPECT_EQ(row.isNull(1), row.int64(0) == 1);
            got << row.dateTime(1);
        }));
        ASSERT_EQ(got.size(), 4);
        EXPECT_FALSE(got[0].isValid());
        EXPECT_FALSE(got[1].isValid());
        expectSame(got[2], made("2026-10-25T02:30:00"), "ambiguous");
        expectSame(got[3], made("2026-03-29T03:00:00"), "after the gap");
    }
}

TEST(LocalDateTimesTest, ListedRecordsKeepTheirInstantsAcrossADstChange) {
    ZoneScope berlin("Europe/Berlin");
    localdatetimes::clear();
    const QDateTime now(QDate(2026, 10, 25), QTime(12, 0));
    test::TempDb t(now);
    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    const QDateTime before(QDate(2026, 10, 25), QTime(1, 30)); // CEST
    const QDateTime after(QDate(2026, 10, 25), QTime(3, 30));  // CET, three real hours later
    for (const QDateTime& stored : {before, after}) {
        ASSERT_TRUE(repo.insert(test::foodSample(QStringLiteral("牛奶"), stored, QStringLiteral("breakfast")),
                                test::tester())
                        .ok());
    }
    for (int pass = 0; pass < 2; ++pass) {
        ListQuery q;
        q.sortField = QStringLiteral("stored_at");
        q.sortDescending = false;
        const auto list = repo.list(q);
        ASSERT_TRUE(list.ok());
        ASSERT_EQ(list->size(), 2);
        const QDateTime a = list->at(0).value(QStringLiteral("stored_at")).toDateTime();
        const QDateTime b = list->at(1).value(QStringLiteral("stored_at")).toDateTime();
        expectSame(a, before, "before");
        expectSame(b, after, "after");
        EXPECT_EQ(a.secsTo(b), 3 * 3600);
        EXPECT_EQ(list->at(0).createdAt, list->at(0).updatedAt);
    }
}
