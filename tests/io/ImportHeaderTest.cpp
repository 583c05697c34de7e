#include "IoTestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/staff/StaffKind.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

using namespace houqin;
using namespace houqin::io;
using test::counts;
using test::DbCounts;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
const QString kTable = QStringLiteral("food_samples");
} // namespace

class ImportHeaderTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository samples{t.db(), canteen::foodSamplesKind()};
    RecordRepository staff{t.db(), staff::staffKind()};

    ImportResult import(RecordRepository& repo, const QString& csv) {
        auto r = importCsv(repo, csv.toUtf8(), test::tester());
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? *r : ImportResult{};
    }
    Record onlySample() {
        auto list = samples.list();
        EXPECT_EQ(list->size(), 1);
        return list->isEmpty() ? Record{} : list->first();
    }
    void expectTheSample(const Record& s) {
        EXPECT_EQ(s.value(QStringLiteral("date")).toDate(), QDate(2026, 9, 1));
        EXPECT_EQ(s.value(QStringLiteral("meal")).toString(), QStringLiteral("lunch"));
        EXPECT_EQ(s.value(QStringLiteral("dish")).toString(), QStringLiteral("米饭"));
        EXPECT_DOUBLE_EQ(s.value(QStringLiteral("weight_g")).toDouble(), 130);
        EXPECT_EQ(s.value(QStringLiteral("stored_at")).toDateTime(),
                  QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
        EXPECT_DOUBLE_EQ(s.value(QStringLiteral("fridge_temp_c")).toDouble(), 4);
        EXPECT_EQ(s.value(QStringLiteral("sampled_by")).toString(), QStringLiteral("王老师"));
    }
};

TEST_F(ImportHeaderTest, FieldKeys) {
    const ImportResult r =
        import(samples, QStringLiteral("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\n"
                                       "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    expectTheSample(onlySample());
}

TEST_F(ImportHeaderTest, EnglishLabels) {
    const ImportResult r =
        import(samples, QStringLiteral("Date,Meal,Dish,Weight,Stored at,Fridge temperature,Sampled by,Notes\n"
                                       "2026-09-01,Lunch,米饭,130,2026-09-01 11:30,4,王老师,\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    expectTheSample(onlySample());
}

TEST_F(ImportHeaderTest, ChineseLabels) {
    QStringList header;
    for (const char* label :
         {"Date", "Meal", "Dish", "Weight", "Stored at", "Fridge temperature", "Sampled by"})
        header << test::zhLabel(label);
    if (header.contains(QString()))
        GTEST_SKIP() << "the zh_CN catalogue has no translation of the field labels yet";
    ImportResult r =
        import(samples, header.join(QLatin1Char(',')) +
                            QStringLiteral("\n2026年9月1日,午餐,米饭,130克,2026年9月1日 11:30,4℃,王老师\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    expectTheSample(onlySample());
    // A rule's problem names the column as the file wrote it.
    r = import(samples, header.join(QLatin1Char(',')) +
                            QStringLiteral("\n2026年9月1日,午餐,米饭,124,2026年9月1日 11:30,4℃,王老师\n"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].row, 2);
    EXPECT_EQ(r.problems[0].column, test::zhLabel("Weight"));
}

TEST_F(ImportHeaderTest, MixedOrderCaseSpacingAndFullWidth) {
    // Keys and labels mixed, shuffled, in odd case, padded, one in full-width letters.
    const ImportResult r =
        import(samples,
               QStringLiteral("  SAMPLED BY ,ｄｉｓｈ,Stored AT,weight_G,\"Fridge Temperature\",Meal, date \n"
                              "王老师,米饭,2026-09-01 11:30,130,4,lunch,2026-09-01\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    expectTheSample(onlySample());
}

TEST_F(ImportHeaderTest, DerivedColumnsAreIgnored) {
    // What an export writes after the stored fields; the values are recomputed, so nonsense does no harm.
    const ImportResult r = import(
        samples, QStringLiteral("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,Status,"
                                "due_at,Time left\n"
                                "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师,nonsense,,whenever\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    expectTheSample(onlySample());
}

TEST_F(ImportHeaderTest, UnknownColumnIsRefused) {
    const DbCounts c = counts(t.db(), kTable);
    const ImportResult r =
        import(samples, QStringLiteral("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by, Colour \n"
                                       "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师,red\n"));
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 1);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("Colour"));
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("Weight"))) << "lists the columns there are";
    EXPECT_EQ(counts(t.db(), kTable), c);
}

TEST_F(ImportHeaderTest, DuplicateColumnIsRefused) {
    const ImportResult r =
        import(samples, QStringLiteral("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,Weight\n"
                                       "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师,140\n"));
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 1);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("Weight"));
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("weight_g")));
    EXPECT_EQ(counts(t.db(), kTable).rows, 0);
}

TEST_F(ImportHeaderTest, MissingRequiredColumnsAreAllReported) {
    const ImportResult r = import(samples, QStringLiteral("date,meal,dish,stored_at,notes\n"
                                                          "2026-09-01,lunch,米饭,2026-09-01 11:30,\n"));
    ASSERT_EQ(r.problems.size(), 3) << test::describe(r);
    for (const ImportProblem& p : r.problems)
        EXPECT_EQ(p.row, 1);
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("weight_g")));
    EXPECT_TRUE(r.problems[1].reason.contains(QStringLiteral("fridge_temp_c")));
    EXPECT_TRUE(r.problems[2].reason.contains(QStringLiteral("sampled_by")));
    EXPECT_EQ(counts(t.db(), kTable).rows, 0);
}

TEST_F(ImportHeaderTest, BlankColumnsNeedNoHeadingButValuesDo) {
    ImportResult r =
        import(samples, QStringLiteral("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,,\n"
                                       "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师,,\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    r = import(samples, QStringLiteral("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,,\n"
                                       "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师,,stray\n"));
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 1);
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("Column I"))) << test::describe(r);
    EXPECT_EQ(counts(t.db(), kTable).rows, 1);
}

TEST_F(ImportHeaderTest, StaffWithChineseChoicesAndDefaults) {
    // status has a default (active), so its column may be left out.
    const ImportResult r = import(staff, QStringLiteral("Name,Post,Campus,Phone\n"
                                                        "李老师,教师,新港园区,138 0013 8000\n"
                                                        "王师傅,厨师,滨豪园区,\n"
                                                        "张园长,director,滨豪园区,\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    const QList<Record> got = *staff.list(q);
    ASSERT_EQ(got.size(), 3);
    EXPECT_EQ(got[0].value(QStringLiteral("post")).toString(), QStringLiteral("teacher"));
    EXPECT_EQ(got[0].value(QStringLiteral("campus")).toString(), QStringLiteral("新港园区"));
    EXPECT_EQ(got[1].value(QStringLiteral("post")).toString(), QStringLiteral("canteen"));
    EXPECT_EQ(got[2].value(QStringLiteral("post")).toString(), QStringLiteral("director"));
    for (const Record& p : got)
        EXPECT_EQ(p.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

TEST_F(ImportHeaderTest, StaffPatternAndCampusProblems) {
    const ImportResult r = import(staff, QStringLiteral("name,post,campus,phone,status\n"
                                                        "李老师,teacher,新港园区,call me,在职\n"
                                                        "王师傅,canteen,月球园区,,离职\n"));
    ASSERT_EQ(r.problems.size(), 2) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 2);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("phone"));
    EXPECT_EQ(r.problems[1].row, 3);
    EXPECT_EQ(r.problems[1].column, QStringLiteral("campus"));
    EXPECT_TRUE(r.problems[1].reason.contains(QStringLiteral("月球园区")));
    EXPECT_EQ(counts(t.db(), QStringLiteral("staff")).rows, 0);
}

TEST_F(ImportHeaderTest, CampusColumnMayBeLeftOutOnlyWithOneCampus) {
    const QString csv = QStringLiteral("name,post\n李老师,teacher\n");
    ImportResult r = import(staff, csv);
    ASSERT_EQ(r.problems.size(), 1) << "two campuses: which one cannot be guessed";
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("campus")));

    KindergartenSettings s = t->settings();
    s.campuses = {QStringLiteral("总园")};
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    r = import(staff, csv);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(staff.list()->first().value(QStringLiteral("campus")).toString(), QStringLiteral("总园"));
}
