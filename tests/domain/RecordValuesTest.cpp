// domain/RecordValues as records made in code hold it: the QVariantMap operations that records use, with a
// map's answers (the unconverted state, read from a stored row, is tested with real rows in
// tests/storage/StoredPageTest.cpp).
#include "domain/RecordKind.h"

#include <QDate>
#include <gtest/gtest.h>

using namespace houqin;

TEST(RecordValuesTest, MadeFromValuesAnswersAsAMap) {
    const QVariantMap map{{QStringLiteral("dish"), QStringLiteral("青菜")},
                          {QStringLiteral("weight_g"), 125.0},
                          {QStringLiteral("disposed_at"), QVariant()}};
    RecordValues v(map);
    EXPECT_FALSE(v.isUnconverted());
    EXPECT_EQ(v.value(QStringLiteral("dish")), QVariant(QStringLiteral("青菜")));
    EXPECT_EQ(v.value(QStringLiteral("weight_g")).toDouble(), 125.0);
    EXPECT_FALSE(v.value(QStringLiteral("missing")).isValid());
    // A null value set by its key is present, as in a QVariantMap.
    EXPECT_TRUE(v.contains(QStringLiteral("disposed_at")));
    EXPECT_FALSE(v.contains(QStringLiteral("missing")));
    EXPECT_EQ(v.size(), 3);
    EXPECT_EQ(v.keys(), map.keys());
    EXPECT_EQ(v.toMap(), map);
}

TEST(RecordValuesTest, InsertAndRemoveChangeOnlyThatKey) {
    Record r;
    EXPECT_TRUE(r.values.isEmpty());
    r.set(QStringLiteral("date"), QDate(2026, 11, 24));
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("meal"), QStringLiteral("dinner"));
    EXPECT_EQ(r.values.size(), 2);
    EXPECT_EQ(r.value(QStringLiteral("meal")).toString(), QStringLiteral("dinner"));
    EXPECT_EQ(r.values.remove(QStringLiteral("meal")), 1);
    EXPECT_EQ(r.values.remove(QStringLiteral("meal")), 0);
    EXPECT_EQ(r.values.keys(), QStringList{QStringLiteral("date")});
    EXPECT_EQ(r.value(QStringLiteral("date")).toDate(), QDate(2026, 11, 24));
}

TEST(RecordValuesTest, EqualWhenTheirMapsAreEqual) {
    RecordValues a(QVariantMap{{QStringLiteral("n"), 1}});
    RecordValues b;
    EXPECT_NE(a, b);
    b.insert(QStringLiteral("n"), 1);
    EXPECT_EQ(a, b);
    b.insert(QStringLiteral("n"), 2);
    EXPECT_NE(a, b);
    // A copy is a value of its own.
    RecordValues c = a;
    c.insert(QStringLiteral("m"), 3);
    EXPECT_EQ(a.size(), 1);
    EXPECT_EQ(c.size(), 2);
}
