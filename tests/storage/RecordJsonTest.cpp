// A record's audit JSON and its INSERT as the repository writes them now (storage/RecordJson, Statement:
// positional UTF-8 binds on the C API, issue #15) against the previous path: QJsonDocument over a
// QJsonObject, and QSqlQuery with named binds of valuefmt::toSql values. The same stored row (values and
// SQLite types), the same audit JSON, hashes the chain's definition gives, and a chain the verifier accepts;
// on rows with NULLs, Chinese text, quotes and numbers at their boundaries.
#include "storage/RecordJson.h"

#include "TestSupport.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/AuditChain.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace houqin;

namespace {

// The previous path's JSON: RecordRepository's toJson and recordlines::toJson, through QJsonDocument.
QJsonObject referenceObject(const RecordKind& kind, const Record& r) {
    QJsonObject o;
    for (const FieldDef& f : kind.fields)
        if (const QString v = valuefmt::canonical(f, r.value(f.key)); !v.isEmpty())
            o.insert(f.key, v);
    if (kind.lines) {
        QJsonArray lines;
        for (const Record& line : r.lines)
            lines << referenceObject(*kind.lines, line);
        o.insert(QStringLiteral("lines"), lines);
    }
    return o;
}
QByteArray referenceJson(const RecordKind& kind, const Record& r) {
    const QJsonObject o = referenceObject(kind, r);
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Food samples that pass validation: NULLs where allowed, Chinese, quotes and backslashes, a line break in
// the notes, numbers at their range's ends and with more digits than shown.
QList<Record> samples() {
    QList<Record> out;
    const struct {
        const char* dish;
        double weight, fridge;
        const char* notes;
        const char* campus;
        bool disposed;
    } rows[] = {
        {"炒青菜", 130, 4, nullptr, nullptr, true},
        {"say \"甜\" \\ 汤", 125, -40, "第一行\n第二行 \"引号\"", "滨豪园区", false},
        {"Rice / 米饭 {json} [x]", 5000, 40, "tab\there", "新港园区", true},
        {"\xF0\x9F\x8D\x9A 米饭 (beyond the BMP)", 125.05, 4.25, "", nullptr, false},
        {"a", 1234.5, -0.05, "   ", nullptr, false},
    };
    int i = 0;
    for (const auto& row : rows) {
        Record r;
        const QDate date(2026, 9, 1 + i);
        r.set(QStringLiteral("date"), date);
        r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
        r.set(QStringLiteral("dish"), QString::fromUtf8(row.dish));
        r.set(QStringLiteral("weight_g"), row.weight);
        r.set(QStringLiteral("stored_at"), QDateTime(date, QTime(11, 30, i)));
        r.set(QStringLiteral("fridge_temp_c"), row.fridge);
        r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
        if (row.notes)
            r.set(QStringLiteral("notes"), QString::fromUtf8(row.notes));
        if (row.campus)
            r.set(QStringLiteral("campus"), QString::fromUtf8(row.campus));
        if (row.disposed) {
            r.set(QStringLiteral("disposed_at"), QDateTime(date.addDays(2), QTime(12, 0)));
            r.set(QStringLiteral("disposed_by"), QStringLiteral("李\"四\""));
        }
        out << r;
        ++i;
    }
    return out;
}

// A value of each field's type, for a kind whose keys the test does not name.
Record filled(const RecordKind& kind, int n) {
    Record r;
    for (const FieldDef& f : kind.fields) {
        if (n % 3 == 0 && !f.required)
            continue; // NULL
        switch (f.type) {
        case FieldType::Date:
            r.set(f.key, QDate(2026, 9, 1).addDays(n));
            break;
        case FieldType::DateTime:
            r.set(f.key, QDateTime(QDate(2026, 9, 1), QTime(8, n % 60, n % 60)));
            break;
        case FieldType::Integer:
        case FieldType::Money:
            r.set(f.key, QVariant::fromValue<qint64>(n % 2 ? 9007199254740993LL : -n));
            break;
        case FieldType::Decimal:
            r.set(f.key, n % 2 ? 0.01 : 100000.0);
            break;
        case FieldType::Bool:
            r.set(f.key, n % 2 == 0);
            break;
        case FieldType::Choice:
            r.set(f.key, f.choices.isEmpty() ? QString() : f.choices.at(n % f.choices.size()).key);
            break;
        default:
            r.set(f.key, QStringLiteral("第%1项 \"q\" \\ %2").arg(n).arg(f.key));
        }
    }
    return r;
}

} // namespace

TEST(RecordJson, IsWhatQJsonDocumentWroteForFoodSamples) {
    for (const Record& r : samples())
        EXPECT_EQ(recordJson(canteen::foodSamplesKind(), r), referenceJson(canteen::foodSamplesKind(), r));
    EXPECT_TRUE(recordJson(canteen::foodSamplesKind(), Record{}).isNull()); // stored as NULL
    EXPECT_TRUE(referenceJson(canteen::foodSamplesKind(), Record{}).isNull());
}

TEST(RecordJson, IsWhatQJsonDocumentWroteForAKindWithLines) {
    const RecordKind& kind = canteen::deliveriesKind();
    ASSERT_TRUE(kind.lines);
    for (int n = 0; n < 6; ++n) {
        Record r = filled(kind, n);
        for (int l = 0; l < n; ++l)
            r.lines << filled(*kind.lines, l);
        if (n == 4)
            r.lines << Record{}; // an empty line is {}
        EXPECT_EQ(recordJson(kind, r), referenceJson(kind, r)) << n;
    }
    EXPECT_EQ(recordJson(kind, Record{}), QByteArray("{\"lines\":[]}"));
}

namespace {
QString referenceHash(const QString& prev, const QSqlQuery& q) {
    auto json = [](const QVariant& v) {
        if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull()))
            return QJsonValue(QJsonValue::Null);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return QJsonValue(v.toLongLong());
        return QJsonValue(v.toString());
    };
    const QJsonArray canonical{prev,
                               json(q.value(QStringLiteral("at"))),
                               json(q.value(QStringLiteral("actor"))),
                               json(q.value(QStringLiteral("kind"))),
                               json(q.value(QStringLiteral("record_id"))),
                               json(q.value(QStringLiteral("action"))),
                               json(q.value(QStringLiteral("before_json"))),
                               json(q.value(QStringLiteral("after_json")))};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}
} // namespace

TEST(RecordJson, StoredRowsAuditAndChainAreThoseOfThePreviousPath) {
    test::TempDb t;
    const RecordKind& kind = canteen::foodSamplesKind();
    RecordRepository repo(t.db(), kind);
    const QList<Record> records = samples();
    auto ids = repo.insertAll(records, test::tester());
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();

    // The previous path's INSERT of the same records: named binds of valuefmt::toSql through QSqlQuery.
    QStringList cols{QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
                     QStringLiteral("updated_by")};
    for (const FieldDef& f : kind.fields)
        cols << f.key;
    QStringList params;
    for (const QString& c : cols)
        params << QLatin1Char(':') + c;
    QList<qint64> previousIds;
    for (const Record& r : records) {
        QSqlQuery q(t->connection());
        ASSERT_TRUE(q.prepare(
            QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                .arg(kind.table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")))));
        const QString now = t->now().toString(Qt::ISODate);
        q.bindValue(QStringLiteral(":created_at"), now);
        q.bindValue(QStringLiteral(":created_by"), test::tester().name);
        q.bindValue(QStringLiteral(":updated_at"), now);
        q.bindValue(QStringLiteral(":updated_by"), test::tester().name);
        for (const FieldDef& f : kind.fields)
            q.bindValue(QLatin1Char(':') + f.key, valuefmt::toSql(f, r.value(f.key)));
        ASSERT_TRUE(q.exec());
        previousIds << q.lastInsertId().toLongLong();
    }
    // Column by column, value and SQLite type, the same.
    QStringList typed;
    for (const QString& c : cols)
        typed << QStringLiteral("quote(%1)").arg(c) << QStringLiteral("typeof(%1)").arg(c);
    for (qsizetype i = 0; i < records.size(); ++i) {
        auto row = [&](qint64 id) {
            QSqlQuery q(t->connection());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                                   .arg(typed.join(QStringLiteral(", ")), kind.table)
                                   .arg(id)));
            QStringList cells;
            if (q.next())
                for (int c = 0; c < q.record().count(); ++c)
                    cells << q.value(c).toString();
            return cells;
        };
        const QStringList now = row(ids->at(i)), before = row(previousIds.at(i));
        ASSERT_FALSE(now.isEmpty());
        EXPECT_EQ(now, before) << i;
    }

    // The audit rows: the previous path's JSON, the chain's hash, and the verifier's word.
    QSqlQuery q(t->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT * FROM audit_log WHERE kind = 'food-samples' ORDER BY id")));
    qsizetype n = 0;
    while (q.next()) {
        ASSERT_LT(n, records.size());
        EXPECT_EQ(q.value(QStringLiteral("record_id")).toLongLong(), ids->at(n));
        EXPECT_TRUE(q.value(QStringLiteral("before_json")).isNull());
        EXPECT_EQ(q.value(QStringLiteral("after_json")).toString().toUtf8(),
                  referenceJson(kind, records.at(n)));
        EXPECT_EQ(q.value(QStringLiteral("at")).toString(), t->now().toString(Qt::ISODate));
        EXPECT_EQ(q.value(QStringLiteral("hash")).toString(),
                  referenceHash(q.value(QStringLiteral("prev_hash")).toString(), q));
        ++n;
    }
    EXPECT_EQ(n, records.size());
    auto verdict = AuditChain::verify(t.db());
    ASSERT_TRUE(verdict.ok());
    EXPECT_TRUE(verdict->intact()) << verdict->reason.toStdString();

    // An update and a removal write their before JSON the same way.
    Record changed = *repo.get(ids->at(1));
    changed.set(QStringLiteral("dish"), QStringLiteral("改 \"名\""));
    ASSERT_TRUE(repo.update(changed, test::tester()).ok());
    ASSERT_TRUE(repo.remove(ids->at(2), test::tester()).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT * FROM audit_log WHERE kind = 'food-samples' AND action <> "
                                      "'insert' ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(QStringLiteral("before_json")).toString().toUtf8(), referenceJson(kind, records.at(1)));
    EXPECT_EQ(q.value(QStringLiteral("after_json")).toString().toUtf8(), referenceJson(kind, changed));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(QStringLiteral("before_json")).toString().toUtf8(), referenceJson(kind, records.at(2)));
    EXPECT_TRUE(q.value(QStringLiteral("after_json")).isNull());
    verdict = AuditChain::verify(t.db());
    ASSERT_TRUE(verdict.ok());
    EXPECT_TRUE(verdict->intact()) << verdict->reason.toStdString();
}
