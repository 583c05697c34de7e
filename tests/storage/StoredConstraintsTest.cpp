// Refusals made by the database itself (triggers' RAISE, UNIQUE indexes) reach people translated and on the
// field they concern, as the kinds declare them (RecordKind::constraints), never as SQLite's English.
#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/Translations.h"
#include "domain/canteen/Suppliers.h"
#include "domain/plan/Semesters.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace houqin;

namespace {

// Every RAISE(ABORT, '...') text of every migration, with SQL's doubled quotes undone.
QStringList raisedTexts() {
    QStringList out;
    const QDir dir(QStringLiteral(":/migrations"));
    const QRegularExpression raise(QStringLiteral("RAISE\\(ABORT,\\s*'((?:[^']|'')*)'\\)"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        const QString sql = QString::fromUtf8(f.readAll());
        for (auto it = raise.globalMatch(sql); it.hasNext();)
            out << it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    return out;
}

const StoredConstraint* declaredFor(const QString& databaseText) {
    for (const RecordKind* k : allKinds())
        if (const StoredConstraint* c = k->constraintFor(databaseText))
            return c;
    return nullptr;
}

Record supplier(const QString& name) {
    Record r;
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("in_use"), true);
    return r;
}

} // namespace

TEST(StoredConstraints, EveryRaiseInTheMigrationsIsDeclaredAndTranslated) {
    const QStringList texts = raisedTexts();
    ASSERT_GE(texts.size(), 6);
    for (const QString& text : texts) {
        const StoredConstraint* c = declaredFor(text);
        ASSERT_NE(c, nullptr) << "no kind declares the refusal: " << text.toStdString();
        const QString zh = i18n::translateIn(QStringLiteral("zh_CN"), "Constraints", c->message);
        EXPECT_NE(zh, QString::fromUtf8(c->message)) << "untranslated: " << c->message;
    }
}

TEST(StoredConstraints, ADuplicateSupplierIsRefusedOnItsNameField) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::suppliersKind());
    ASSERT_TRUE(repo.insert(supplier(QStringLiteral("绿源净菜")), test::tester()).ok());
    auto again = repo.insert(supplier(QStringLiteral("绿源净菜")), test::tester());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Validation);
    ASSERT_EQ(again.error().issues.size(), 1);
    EXPECT_EQ(again.error().issues.first().field, QStringLiteral("name"));
    EXPECT_EQ(again.error().issues.first().message,
              QCoreApplication::translate(
                  "Constraints", "A supplier of this name already exists; edit that record instead."));
    EXPECT_FALSE(again.error().message.contains(QStringLiteral("constraint"))); // no SQLite wording
    // A different name is not refused: the refusal is the constraint's, not a blanket failure.
    EXPECT_TRUE(repo.insert(supplier(QStringLiteral("新鲜农场")), test::tester()).ok());
}

TEST(StoredConstraints, InABatchTheRefusedRecordIsNamedByItsIndex) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::suppliersKind());
    ASSERT_TRUE(repo.insert(supplier(QStringLiteral("绿源净菜")), test::tester()).ok());
    auto batch = repo.insertAll({supplier(QStringLiteral("甲")), supplier(QStringLiteral("绿源净菜"))},
                                test::tester());
    ASSERT_FALSE(batch.ok());
    ASSERT_EQ(batch.error().issues.size(), 1);
    EXPECT_EQ(batch.error().issues.first().field, QStringLiteral("#1:name"));
    auto count = repo.count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1); // all or nothing: 甲 was not kept either
}

TEST(StoredConstraints, ARefusedDeleteSaysWhyForTheWholeRecord) {
    test::TempDb t(QDateTime(QDate(2026, 8, 20), QTime(9, 0)));
    plan::NewSemester n;
    n.name = QStringLiteral("2026学年第一学期");
    n.start = QDate(2026, 9, 1);
    n.tasks = plan::NewSemester::Tasks::FromTemplate;
    auto created = plan::SemesterService(t.db()).create(n, test::tester());
    ASSERT_TRUE(created.ok());
    RecordRepository repo(t.db(), plan::semestersKind());
    const Status removed = repo.remove(created->semester.id, test::tester());
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, Error::Code::Validation);
    ASSERT_EQ(removed.error().issues.size(), 1);
    EXPECT_TRUE(removed.error().issues.first().field.isEmpty());
    EXPECT_EQ(
        removed.error().message,
        QCoreApplication::translate("Constraints", "This semester still has plan tasks; delete them first."));
}
