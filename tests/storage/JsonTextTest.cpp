// The audit trail's JSON written directly (storage/JsonText, AuditChain::rowHash) against what
// QJsonDocument writes for the same values, which is how the trail and its hash chain were defined: every
// string kind a record can hold, NULLs, and numbers at their edges.
#include "storage/JsonText.h"

#include "storage/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace houqin;

namespace {

QByteArray qtString(const QString& s) {
    const QByteArray a = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray ours(const QString& s) {
    QByteArray out("x"); // appended to what is there
    jsontext::appendString(out, s);
    return out.mid(1);
}

QByteArray oursUtf8(const QByteArray& utf8) {
    QByteArray out;
    jsontext::appendUtf8String(out, utf8);
    return out;
}

QList<QString> samples() {
    QList<QString> s{QString(),
                     QStringLiteral(""),
                     QStringLiteral("plain ascii 0123456789"),
                     QStringLiteral("王老师"),
                     QStringLiteral("菜 99999 「炒青菜」，少盐。"),
                     QStringLiteral("say \"hi\" \\ back\\slash / slash"),
                     QStringLiteral("line\nbreak\r\nand\ttab"),
                     QStringLiteral("\x7f del, \u0080, \u00e9, \u07ff, \u0800, \uffff, \ufffe, \ufeff bom"),
                     QStringLiteral("emoji 😀 and 𠀀 (beyond the BMP)"),
                     QStringLiteral("\u3000ideographic space\u3000"),
                     QStringLiteral("{\"dish\":\"菜\",\"weight_g\":\"130.0\"}")};
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls.append(QChar(u));
    s << controls;
    s << QString(QChar(0xd800)) + QStringLiteral("lone high") << QStringLiteral("lone low") + QChar(0xdc00)
      << QString(QChar(0xdbff)) + QChar(0xdbff) + QStringLiteral("two highs");
    return s;
}

} // namespace

TEST(JsonText, StringsAreWrittenAsQJsonDocumentWritesThem) {
    for (const QString& s : samples())
        EXPECT_EQ(ours(s), qtString(s)) << s.toStdString();
}

TEST(JsonText, Utf8TextIsWrittenAsItsUtf16FormWouldBe) {
    for (const QString& s : samples())
        if (!s.contains(QChar(0xd800)) && !s.contains(QChar(0xdc00)) && !s.contains(QChar(0xdbff)))
            EXPECT_EQ(oursUtf8(s.toUtf8()), qtString(s)) << s.toStdString();
}

// AuditChain::rowHash as it was defined: QJsonDocument over a QJsonArray of the eight columns.
namespace {
QJsonValue referenceJson(const QVariant& v) {
    if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull()))
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}
QString referenceHash(const QString& prev, const AuditChain::Row& row) {
    const QJsonArray canonical{prev,
                               referenceJson(row.at),
                               referenceJson(row.actor),
                               referenceJson(row.kind),
                               referenceJson(row.recordId),
                               referenceJson(row.action),
                               referenceJson(row.before),
                               referenceJson(row.after)};
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

TEST(JsonText, RowHashesAreTheChainsDefinition) {
    const QString after = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("dish"), QStringLiteral("菜 \"甜\" \\ 1")},
                                  {QStringLiteral("notes"), QStringLiteral("a\nb")},
                                  {QStringLiteral("weight_g"), QStringLiteral("0.1")}})
            .toJson(QJsonDocument::Compact));
    for (const QString& prev : {QString(), QString(QStringLiteral("")), QString(64, QLatin1Char('a'))})
        for (const qint64 id : {qint64(0), qint64(1), qint64(9007199254740993LL), qint64(-5),
                                std::numeric_limits<qint64>::max()})
            for (const QString& text : samples()) {
                AuditChain::Row row;
                row.at = QStringLiteral("2026-11-29T16:00:00");
                row.actor = text;
                row.kind = QStringLiteral("food-samples");
                row.recordId = id;
                row.action = QStringLiteral("insert");
                row.after = after;
                EXPECT_EQ(AuditChain::rowHash(prev, row), referenceHash(prev, row)) << text.toStdString();
                // The writer's form: the same row with its JSON as UTF-8 and NULL as a null QByteArray.
                EXPECT_EQ(AuditChain::rowHash(prev, row.at.toString(), text, row.kind.toString(), id,
                                              row.action.toString(), QByteArray(), after.toUtf8()),
                          referenceHash(prev, row))
                    << text.toStdString();
                row.before = after;
                row.after = QVariant();
                EXPECT_EQ(AuditChain::rowHash(prev, row), referenceHash(prev, row));
                EXPECT_EQ(AuditChain::rowHash(prev, row.at.toString(), text, row.kind.toString(), id,
                                              row.action.toString(), after.toUtf8(), QByteArray()),
                          referenceHash(prev, row));
            }
}

TEST(JsonText, RowHashesOfOddColumnTypesAreTheChainsDefinition) {
    // What a tampered file may hold: numbers where text belongs, text where a number belongs, NULLs.
    AuditChain::Row row;
    row.at = 20261129;
    row.actor = QVariant();
    row.kind = QString();
    row.recordId = QStringLiteral("12");
    row.action = 3.5;
    row.before = QStringLiteral("");
    row.after = int(-1);
    EXPECT_EQ(AuditChain::rowHash(QStringLiteral("ab"), row), referenceHash(QStringLiteral("ab"), row));
}
