#include "domain/KindRegistry.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace houqin;

TEST(KindRegistry, KeysAreUniqueAndFindable) {
    QSet<QString> keys;
    for (const RecordKind* k : allKinds()) {
        EXPECT_FALSE(keys.contains(k->key)) << k->key.toStdString();
        keys.insert(k->key);
        EXPECT_EQ(findKind(k->key), k);
    }
    EXPECT_EQ(findKind(QStringLiteral("no-such-kind")), nullptr);
}

TEST(KindRegistry, EveryDeclarationIsConsistent) {
    const QRegularExpression ident(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const RecordKind* k : allKinds()) {
        SCOPED_TRACE(k->key.toStdString());
        EXPECT_TRUE(ident.match(k->table).hasMatch());
        QSet<QString> seen;
        for (const FieldDef& f : k->fields) {
            EXPECT_TRUE(ident.match(f.key).hasMatch()) << f.key.toStdString();
            EXPECT_FALSE(seen.contains(f.key));
            seen.insert(f.key);
            EXPECT_FALSE(QString::fromUtf8(f.label).isEmpty());
            if (f.type == FieldType::Choice) {
                EXPECT_FALSE(f.choices.isEmpty());
            }
        }
        for (const DerivedDef& d : k->derived) {
            EXPECT_FALSE(seen.contains(d.field.key)) << "derived key shadows a field";
        }
        for (const QString& c : k->columns()) {
            EXPECT_NE(k->anyField(c), nullptr) << c.toStdString();
        }
        if (!k->dateField.isEmpty()) {
            EXPECT_NE(k->field(k->dateField), nullptr);
        }
        if (!k->defaultSort.isEmpty()) {
            EXPECT_NE(k->field(k->defaultSort), nullptr);
        }
        for (const FilterDef& fd : k->filters) {
            for (const Condition& c : fd.conditions) {
                if (c.op == Condition::Op::AnyOf) {
                    EXPECT_FALSE(c.alternatives.isEmpty()) << fd.key.toStdString();
                    for (const Condition& alternative : c.alternatives)
                        EXPECT_TRUE(alternative.op == Condition::Op::Exists ||
                                    alternative.op == Condition::Op::NotExists || k->field(alternative.field))
                            << fd.key.toStdString() << " " << alternative.field.toStdString();
                    continue;
                }
                if (c.op == Condition::Op::Exists || c.op == Condition::Op::NotExists) {
                    // No field of its own; the related kinds, links and fields are checked by building
                    // every filter's SQL (tests/storage ConditionSqlDeclarations).
                    EXPECT_NE(c.related, nullptr) << fd.key.toStdString();
                    continue;
                }
                EXPECT_NE(k->field(c.field), nullptr) << c.field.toStdString();
            }
        }
    }
}

TEST(RecordValidation, GenericChecksCoverRequiredChoicesCampusAndPattern) {
    const RecordKind& staff = *findKind(QStringLiteral("staff"));
    RuleContext ctx;
    ctx.settings.campuses = {QStringLiteral("滨豪")};
    Record r = newRecord(staff, nullptr, ctx);
    EXPECT_EQ(r.value(QStringLiteral("campus")).toString(), QStringLiteral("滨豪"));
    EXPECT_EQ(r.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    r.set(QStringLiteral("name"), QStringLiteral("王芳"));
    r.set(QStringLiteral("post"), QStringLiteral("canteen"));
    EXPECT_FALSE(hasErrors(validateRecord(staff, r, ctx)));
    r.set(QStringLiteral("post"), QStringLiteral("pilot"));
    EXPECT_TRUE(hasErrors(validateRecord(staff, r, ctx)));
    r.set(QStringLiteral("post"), QStringLiteral("canteen"));
    r.set(QStringLiteral("campus"), QStringLiteral("火星"));
    EXPECT_TRUE(hasErrors(validateRecord(staff, r, ctx)));
    r.set(QStringLiteral("campus"), QStringLiteral("滨豪"));
    r.set(QStringLiteral("phone"), QStringLiteral("138-0000-1234"));
    EXPECT_FALSE(hasErrors(validateRecord(staff, r, ctx)));
    r.set(QStringLiteral("phone"), QStringLiteral("call me"));
    EXPECT_TRUE(hasErrors(validateRecord(staff, r, ctx)));
}
