// Records with item lines (deliveries, menus): the lines are read, written, audited and deleted with their
// record, in their typed order, and a record whose lines cannot be stored is not stored either.
#include "TestSupport.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace houqin;

namespace {
int countSql(Database& db, const QString& sql) {
    Query q(db, sql);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

Record line(const QString& item, double qty) {
    Record l;
    l.set(QStringLiteral("item"), item);
    l.set(QStringLiteral("quantity"), qty);
    l.set(QStringLiteral("unit"), QStringLiteral("kg"));
    l.set(QStringLiteral("unit_price_fen"), qint64(500));
    return l;
}

Record delivery(QDate day, QStringList items) {
    Record r;
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("direction"), QStringLiteral("out")); // no supplier register needed
    r.set(QStringLiteral("documents_checked"), false);
    r.set(QStringLiteral("received_by"), QStringLiteral("王芳"));
    r.set(QStringLiteral("checked_by"), QStringLiteral("李强"));
    double q = 1;
    for (const QString& i : items)
        r.lines << line(i, q++);
    return r;
}

QStringList itemsOf(const Record& r) {
    QStringList out;
    for (const Record& l : r.lines)
        out << l.value(QStringLiteral("item")).toString();
    return out;
}
} // namespace

TEST(RecordLines, InsertGetUpdateKeepTheTypedOrder) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::deliveriesKind());
    const QDate day = t.db().now().date();
    auto id =
        repo.insert(delivery(day, {QStringLiteral("土豆"), QStringLiteral("胡萝卜"), QStringLiteral("鸡蛋")}),
                    test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto got = repo.get(*id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(itemsOf(*got),
              (QStringList{QStringLiteral("土豆"), QStringLiteral("胡萝卜"), QStringLiteral("鸡蛋")}));
    EXPECT_DOUBLE_EQ(got->lines.at(2).value(QStringLiteral("quantity")).toDouble(), 3.0);

    Record edited = *got;
    edited.lines.removeAt(1);
    edited.lines.prepend(line(QStringLiteral("大米"), 50));
    ASSERT_TRUE(repo.update(edited, test::tester()).ok());
    auto again = repo.get(*id);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(itemsOf(*again),
              (QStringList{QStringLiteral("大米"), QStringLiteral("土豆"), QStringLiteral("鸡蛋")}));
    EXPECT_EQ(countSql(t.db(), QStringLiteral("SELECT count(*) FROM delivery_lines")), 3);
}

TEST(RecordLines, ListsComeWithTheirLines) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::deliveriesKind());
    const QDate day = t.db().now().date();
    ASSERT_TRUE(repo.insertAll({delivery(day, {QStringLiteral("土豆")}),
                                delivery(day.addDays(-1), {QStringLiteral("鸡蛋"), QStringLiteral("牛奶")})},
                               test::tester())
                    .ok());
    auto all = repo.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(itemsOf(all->at(0)), QStringList{QStringLiteral("土豆")}); // newest first
    EXPECT_EQ(itemsOf(all->at(1)), (QStringList{QStringLiteral("鸡蛋"), QStringLiteral("牛奶")}));
}

TEST(RecordLines, TheAuditTrailKeepsTheLines) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::deliveriesKind());
    auto id = repo.insert(delivery(t.db().now().date(), {QStringLiteral("土豆")}), test::tester());
    ASSERT_TRUE(id.ok());
    Query q(t.db(),
            QStringLiteral("SELECT after_json FROM audit_log WHERE kind = 'deliveries' AND record_id = :id"));
    q.bind(QStringLiteral(":id"), *id);
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    const QJsonObject after = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    ASSERT_EQ(after.value(QStringLiteral("lines")).toArray().size(), 1);
    EXPECT_EQ(after.value(QStringLiteral("lines"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("item"))
                  .toString(),
              QStringLiteral("土豆"));
}

TEST(RecordLines, DeletingARecordDeletesItsLines) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::deliveriesKind());
    auto id = repo.insert(delivery(t.db().now().date(), {QStringLiteral("土豆"), QStringLiteral("鸡蛋")}),
                          test::tester());
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(repo.remove(*id, test::tester()).ok());
    EXPECT_EQ(countSql(t.db(), QStringLiteral("SELECT count(*) FROM delivery_lines")), 0);
}

TEST(RecordLines, ALineTheDatabaseRefusesLeavesNothingWritten) {
    test::TempDb t;
    // A failure after the record's own row is written: the line insert aborts.
    ASSERT_TRUE(
        Query::run(t.db(), QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON delivery_lines "
                                          "WHEN NEW.item = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END"))
            .ok());
    RecordRepository repo(t.db(), canteen::deliveriesKind());
    const int audit = countSql(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto id = repo.insert(delivery(t.db().now().date(), {QStringLiteral("土豆"), QStringLiteral("boom")}),
                          test::tester());
    EXPECT_FALSE(id.ok());
    EXPECT_EQ(countSql(t.db(), QStringLiteral("SELECT count(*) FROM deliveries")), 0);
    EXPECT_EQ(countSql(t.db(), QStringLiteral("SELECT count(*) FROM delivery_lines")), 0);
    EXPECT_EQ(countSql(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

TEST(RecordLines, OneMenuPerWeekAndCampus) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::menusKind());
    Record m;
    m.set(QStringLiteral("week_start"), QDate(2026, 9, 7));
    ASSERT_TRUE(repo.insert(m, test::tester()).ok());
    EXPECT_FALSE(repo.insert(m, test::tester()).ok());
    m.set(QStringLiteral("week_start"), QDate(2026, 9, 14));
    EXPECT_TRUE(repo.insert(m, test::tester()).ok());
}
