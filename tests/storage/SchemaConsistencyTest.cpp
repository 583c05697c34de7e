// Tables are created by reviewed SQL migrations, not generated from declarations. This test keeps the two
// from drifting apart: every declared field has a column of a compatible type, and nothing more.
#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "storage/Query.h"

#include <QMap>
#include <gtest/gtest.h>

using namespace houqin;

namespace {
QString sqlType(FieldType t) {
    switch (t) {
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Bool:
        return QStringLiteral("INTEGER");
    case FieldType::Decimal:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}
} // namespace

TEST(SchemaConsistency, EveryDeclaredFieldHasAColumnOfACompatibleType) {
    test::TempDb t;
    for (const RecordKind* kind : allKinds()) {
        SCOPED_TRACE(kind->key.toStdString());
        QMap<QString, QPair<QString, bool>> columns; // name -> (type, not null)
        Query q(t.db(), QStringLiteral("SELECT name, type, \"notnull\" FROM pragma_table_info(:t)"));
        q.bind(QStringLiteral(":t"), kind->table);
        ASSERT_TRUE(q.exec().ok());
        while (q.next())
            columns.insert(q.value(0).toString(), {q.value(1).toString().toUpper(), q.value(2).toBool()});
        ASSERT_FALSE(columns.isEmpty()) << "no table " << kind->table.toStdString();
        for (const char* meta : {"id", "created_at", "created_by", "updated_at", "updated_by"})
            EXPECT_TRUE(columns.contains(QString::fromLatin1(meta))) << meta;
        for (const FieldDef& f : kind->fields) {
            ASSERT_TRUE(columns.contains(f.key)) << "missing column " << f.key.toStdString();
            EXPECT_EQ(columns.value(f.key).first, sqlType(f.type)) << f.key.toStdString();
            if (columns.value(f.key).second) {
                EXPECT_TRUE(f.required)
                    << f.key.toStdString() << " is NOT NULL but optional in the declaration";
            }
        }
        EXPECT_EQ(columns.size(), kind->fields.size() + 5) << "columns that no field declares";
    }
}
