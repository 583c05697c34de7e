#include "gui/RecordForm.h"

#include "GuiTestHelpers.h"
#include "domain/assets/AssetKinds.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/Suppliers.h"
#include "domain/staff/StaffKind.h"
#include "gui/FieldEditors.h"
#include "storage/Query.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace houqin;
using gui::RecordForm;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

int sampleRows(Database& db, const QString& where = QStringLiteral("1")) {
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM food_samples WHERE ") + where);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

QLineEdit* lineEdit(RecordForm& form, const QString& key) {
    return qobject_cast<QLineEdit*>(form.editor(key)->inputWidget());
}

QComboBox* combo(RecordForm& form, const QString& key) {
    return qobject_cast<QComboBox*>(form.editor(key)->inputWidget());
}

void typeInto(RecordForm& form, const QString& key, const QString& text) {
    QLineEdit* e = lineEdit(form, key);
    ASSERT_NE(e, nullptr) << key.toStdString();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
}

void chooseMeal(RecordForm& form, const QString& key) {
    QComboBox* c = combo(form, QStringLiteral("meal"));
    ASSERT_NE(c, nullptr);
    const int i = c->findData(key);
    ASSERT_GE(i, 0);
    c->setCurrentIndex(i);
}
} // namespace

class RecordFormTest : public ::testing::Test {
protected:
    void SetUp() override {
        RecordRepository staff(t.db(), staff::staffKind());
        Record p;
        p.set(QStringLiteral("name"), QStringLiteral("王老师"));
        p.set(QStringLiteral("post"), QStringLiteral("canteen"));
        p.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
        p.set(QStringLiteral("status"), QStringLiteral("active"));
        test::insertOrFail(staff, p);
    }

    // A new-sample form filled like a person would: meal chosen, Chinese typed through the input method,
    // numbers typed key by key.
    void fillSample(RecordForm& form, const QString& dish, const QString& weight) {
        chooseMeal(form, QStringLiteral("lunch"));
        lineEdit(form, QStringLiteral("dish"))->clear();
        test::commitText(lineEdit(form, QStringLiteral("dish")), dish);
        typeInto(form, QStringLiteral("weight_g"), weight);
        typeInto(form, QStringLiteral("fridge_temp_c"), QStringLiteral("4"));
        QLineEdit* sampler = lineEdit(form, QStringLiteral("sampled_by"));
        sampler->clear();
        test::commitText(sampler, QStringLiteral("王老师"));
    }

    test::TempDb t{kNow};
    const RecordKind& kind = canteen::foodSamplesKind();
    RecordRepository repo{t.db(), kind};
};

TEST_F(RecordFormTest, AddsAFoodSampleTypedInChinese) {
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    fillSample(form, QStringLiteral("番茄炒蛋"), QStringLiteral("130"));
    EXPECT_EQ(lineEdit(form, QStringLiteral("dish"))->text(), QStringLiteral("番茄炒蛋"));

    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    EXPECT_EQ(form.result(), QDialog::Accepted);
    ASSERT_NE(form.savedId(), 0);

    auto saved = repo.get(form.savedId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->value(QStringLiteral("dish")).toString(), QStringLiteral("番茄炒蛋"));
    EXPECT_EQ(saved->value(QStringLiteral("meal")).toString(), QStringLiteral("lunch"));
    EXPECT_DOUBLE_EQ(saved->value(QStringLiteral("weight_g")).toDouble(), 130.0);
    EXPECT_EQ(saved->value(QStringLiteral("sampled_by")).toString(), QStringLiteral("王老师"));
    // Date and storage time come from the clock through the kind's prefill.
    EXPECT_EQ(saved->value(QStringLiteral("date")).toDate(), kNow.date());
    EXPECT_EQ(saved->value(QStringLiteral("stored_at")).toDateTime(), kNow);
    EXPECT_EQ(sampleRows(t.db(), QStringLiteral("dish = '番茄炒蛋'")), 1);
}

TEST_F(RecordFormTest, WeightBelowTheMinimumIsShownBesideTheFieldAndNothingIsSaved) {
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    fillSample(form, QStringLiteral("青菜"), QStringLiteral("124.9"));
    EXPECT_FALSE(form.save());
    QLabel* issue = form.issueLabel(QStringLiteral("weight_g"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QStringLiteral("125"))) << issue->text().toStdString();
    EXPECT_TRUE(issue->text().contains(QStringLiteral("124.9")));
    EXPECT_FALSE(form.issueLabel(QStringLiteral("dish"))->isVisible());
    EXPECT_EQ(sampleRows(t.db()), 0);

    // The other side of the boundary: 125 g is accepted, and editing clears the message.
    typeInto(form, QStringLiteral("weight_g"), QStringLiteral("125"));
    EXPECT_FALSE(issue->isVisible());
    EXPECT_TRUE(form.save());
    EXPECT_EQ(sampleRows(t.db()), 1);
}

TEST_F(RecordFormTest, NumbersAreNeitherClampedNorRounded) {
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    fillSample(form, QStringLiteral("米饭"), QStringLiteral("130.25"));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.issueLabel(QStringLiteral("weight_g"))->isVisible());
    EXPECT_EQ(lineEdit(form, QStringLiteral("weight_g"))->text(), QStringLiteral("130.25"));

    typeInto(form, QStringLiteral("weight_g"), QStringLiteral("99999"));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.issueLabel(QStringLiteral("weight_g"))->isVisible());
    EXPECT_EQ(lineEdit(form, QStringLiteral("weight_g"))->text(), QStringLiteral("99999"));
    EXPECT_EQ(sampleRows(t.db()), 0);
}

TEST_F(RecordFormTest, AWarningAsksOnceAndTheSecondSaveKeepsTheRecord) {
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    fillSample(form, QStringLiteral("汤"), QStringLiteral("150"));
    typeInto(form, QStringLiteral("fridge_temp_c"), QStringLiteral("9"));
    const QString saveText = form.saveButton()->text();
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.issueLabel(QStringLiteral("fridge_temp_c"))->isVisible());
    EXPECT_NE(form.saveButton()->text(), saveText);
    EXPECT_EQ(sampleRows(t.db()), 0);
    EXPECT_TRUE(form.save());
    EXPECT_EQ(sampleRows(t.db()), 1);
    EXPECT_EQ(form.saveButton()->text(), saveText);
}

TEST_F(RecordFormTest, SaveAndNextKeepsTheMealAndSamplerAndClearsTheDish) {
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    QApplication::setActiveWindow(&form);
    fillSample(form, QStringLiteral("红烧肉"), QStringLiteral("140"));
    chooseMeal(form, QStringLiteral("dinner"));
    auto* next = form.findChild<QPushButton*>(QStringLiteral("saveAndNextButton"));
    ASSERT_NE(next, nullptr);
    QTest::mouseClick(next, Qt::LeftButton);

    EXPECT_EQ(sampleRows(t.db()), 1);
    EXPECT_TRUE(form.isVisible());
    EXPECT_TRUE(form.isNew());
    EXPECT_TRUE(lineEdit(form, QStringLiteral("dish"))->text().isEmpty());
    EXPECT_TRUE(lineEdit(form, QStringLiteral("weight_g"))->text().isEmpty());
    EXPECT_EQ(combo(form, QStringLiteral("meal"))->currentData().toString(), QStringLiteral("dinner"));
    EXPECT_EQ(lineEdit(form, QStringLiteral("sampled_by"))->text(), QStringLiteral("王老师"));
    EXPECT_EQ(lineEdit(form, QStringLiteral("fridge_temp_c"))->text(), QStringLiteral("4.0"));
    EXPECT_TRUE(lineEdit(form, QStringLiteral("dish"))->hasFocus());

    // The next dish is one keystroke away: Ctrl+Return saves it and starts another.
    test::commitText(lineEdit(form, QStringLiteral("dish")), QStringLiteral("炒青菜"));
    typeInto(form, QStringLiteral("weight_g"), QStringLiteral("130"));
    QTest::keyClick(lineEdit(form, QStringLiteral("weight_g")), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(sampleRows(t.db(), QStringLiteral("meal = 'dinner'")), 2);
    EXPECT_EQ(sampleRows(t.db(), QStringLiteral("dish = '炒青菜' AND sampled_by = '王老师'")), 1);
    EXPECT_TRUE(lineEdit(form, QStringLiteral("dish"))->text().isEmpty());
}

TEST_F(RecordFormTest, ANewFormCarriesOverFromTheLatestSample) {
    Record previous =
        test::foodSample(QStringLiteral("馒头"), kNow.addSecs(-3600), QStringLiteral("breakfast"));
    previous.set(QStringLiteral("fridge_temp_c"), 3.5);
    previous.set(QStringLiteral("sampled_by"), QStringLiteral("李老师"));
    test::insertOrFail(repo, previous);
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    EXPECT_EQ(combo(form, QStringLiteral("meal"))->currentData().toString(), QStringLiteral("breakfast"));
    EXPECT_EQ(lineEdit(form, QStringLiteral("sampled_by"))->text(), QStringLiteral("李老师"));
    EXPECT_EQ(lineEdit(form, QStringLiteral("fridge_temp_c"))->text(), QStringLiteral("3.5"));
    EXPECT_TRUE(lineEdit(form, QStringLiteral("dish"))->text().isEmpty());
    // An edit form has no "next dish".
    auto saved = repo.list({});
    ASSERT_TRUE(saved.ok());
    RecordForm edit(t.db(), kind, saved->first());
    EXPECT_EQ(edit.findChild<QPushButton*>(QStringLiteral("saveAndNextButton")), nullptr);
}

TEST_F(RecordFormTest, OptionalDateTimeStaysEmptyUntilTicked) {
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    EXPECT_FALSE(form.editor(QStringLiteral("disposed_at"))->value().value.isValid());
    auto* tick = form.editor(QStringLiteral("disposed_at"))->findChild<QCheckBox*>();
    ASSERT_NE(tick, nullptr);
    tick->setChecked(true);
    EXPECT_TRUE(form.editor(QStringLiteral("disposed_at"))->value().value.toDateTime().isValid());
    tick->setChecked(false);
    EXPECT_FALSE(form.editor(QStringLiteral("disposed_at"))->value().value.isValid());
}

// A refusal that only the database can make (a supplier name already in the register) is shown beside the
// field it concerns, translated, like any rule; the form stays open with what was typed.
TEST_F(RecordFormTest, ADuplicateTheDatabaseRefusesIsShownBesideItsField) {
    const RecordKind& suppliers = canteen::suppliersKind();
    RecordRepository repo(t.db(), suppliers);
    Record existing;
    existing.set(QStringLiteral("name"), QStringLiteral("绿源净菜"));
    existing.set(QStringLiteral("in_use"), true);
    test::insertOrFail(repo, existing);

    RecordForm form(t.db(), suppliers, RecordForm::freshRecord(t.db(), suppliers));
    form.show();
    test::commitText(lineEdit(form, QStringLiteral("name")), QStringLiteral("绿源净菜"));
    EXPECT_FALSE(form.save()); // first the warning (no licence number on file)
    EXPECT_FALSE(form.save()); // "save anyway": now the database refuses the name
    QLabel* issue = form.issueLabel(QStringLiteral("name"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(QCoreApplication::translate(
        "Constraints", "A supplier of this name already exists; edit that record instead.")))
        << issue->text().toStdString();
    EXPECT_EQ(lineEdit(form, QStringLiteral("name"))->text(), QStringLiteral("绿源净菜"));
    EXPECT_EQ(*repo.count(), 1);
}

// A new sample starts today and now even when the latest one is yesterday's 21:36; a changed date takes the
// time with it; "Save and next dish" keeps the meal's date and time, also when filling in an earlier day.
TEST_F(RecordFormTest, ANewSampleStartsNowAndTheTimeFollowsTheDate) {
    test::insertOrFail(repo, test::foodSample(QStringLiteral("晚点"),
                                              QDateTime(kNow.date().addDays(-1), QTime(21, 36)),
                                              QStringLiteral("dinner")));
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    EXPECT_EQ(form.editor(QStringLiteral("date"))->value().value.toDate(), kNow.date());
    EXPECT_EQ(form.editor(QStringLiteral("stored_at"))->value().value.toDateTime(), kNow);
    EXPECT_EQ(combo(form, QStringLiteral("meal"))->currentData().toString(), QStringLiteral("dinner"));

    // Filling in yesterday's lunch: the time moves to yesterday with the date.
    form.editor(QStringLiteral("date"))->setValue(kNow.date().addDays(-1));
    EXPECT_EQ(form.editor(QStringLiteral("stored_at"))->value().value.toDateTime(),
              QDateTime(kNow.date().addDays(-1), kNow.time()));
    chooseMeal(form, QStringLiteral("lunch"));
    form.editor(QStringLiteral("stored_at"))->setValue(QDateTime(kNow.date().addDays(-1), QTime(11, 40)));
    fillSample(form, QStringLiteral("红烧肉"), QStringLiteral("140"));
    QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("saveAndNextButton")), Qt::LeftButton);
    ASSERT_EQ(sampleRows(t.db(), QStringLiteral("dish = '红烧肉'")), 1);
    EXPECT_EQ(form.editor(QStringLiteral("date"))->value().value.toDate(), kNow.date().addDays(-1));
    EXPECT_EQ(form.editor(QStringLiteral("stored_at"))->value().value.toDateTime(),
              QDateTime(kNow.date().addDays(-1), QTime(11, 40)));
    EXPECT_EQ(combo(form, QStringLiteral("meal"))->currentData().toString(), QStringLiteral("lunch"));
}

// The asset form: a new asset is numbered for its campus and year, its unit price is typed in yuan and
// stored in fen, and a second asset with the same code is refused beside the code.
TEST_F(RecordFormTest, AnAssetIsNumberedTypedInYuanAndItsCodeIsUnique) {
    const RecordKind& assets = assets::assetsKind();
    RecordRepository register_(t.db(), assets);
    auto fill = [&](RecordForm& form) {
        test::commitText(lineEdit(form, QStringLiteral("name")), QStringLiteral("空调"));
        QComboBox* category = combo(form, QStringLiteral("category"));
        ASSERT_NE(category, nullptr);
        category->setCurrentIndex(category->findData(QStringLiteral("general-equipment")));
        typeInto(form, QStringLiteral("unit_price"), QStringLiteral("1000.00"));
    };
    RecordForm first(t.db(), assets, RecordForm::freshRecord(t.db(), assets));
    first.show();
    EXPECT_EQ(lineEdit(first, QStringLiteral("code"))->text(), QStringLiteral("A1-2026-0001"));
    fill(first);
    ASSERT_TRUE(first.save());
    auto stored = register_.list();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().value(QStringLiteral("unit_price")).toLongLong(), 100000);

    RecordForm second(t.db(), assets, RecordForm::freshRecord(t.db(), assets));
    second.show();
    EXPECT_EQ(lineEdit(second, QStringLiteral("code"))->text(), QStringLiteral("A1-2026-0002"));
    typeInto(second, QStringLiteral("code"), QStringLiteral("A1-2026-0001"));
    fill(second);
    EXPECT_FALSE(second.save());
    QLabel* issue = second.issueLabel(QStringLiteral("code"));
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->isVisible());
    EXPECT_TRUE(issue->text().contains(
        QCoreApplication::translate("Constraints", "Another asset already has this code.")))
        << issue->text().toStdString();
    EXPECT_EQ(*register_.count(), 1);
}
