#include "reports/canteen/FoodSamplesWeekly.h"

#include "../PdfText.h"
#include "FoodSampleRecords.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {

const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
const QString kKey = QStringLiteral("food-samples-weekly");

// 150 g at 3.5 °C: values the register's cells are checked for below.
Record sample(const QString& dish, const QDateTime& stored, const QString& meal = QStringLiteral("lunch")) {
    Record r = test::foodSample(dish, stored, meal, 150);
    r.set(QStringLiteral("fridge_temp_c"), 3.5);
    return r;
}

QStringList column(const TableDocument& doc, int i) {
    QStringList out;
    for (const QStringList& row : doc.rows)
        out << row.value(i);
    return out;
}

class FoodSamplesWeeklyTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    QTemporaryDir dir;
    const ReportDef* report = findReport(kKey);

    void add(const QList<Record>& rs) {
        auto ids = RecordRepository(t.db(), houqin::canteen::foodSamplesKind()).insertAll(rs, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    // ISO week 36 of 2026 runs from Monday 31 August to Sunday 6 September; teaching week 1, as the
    // semester starts on Tuesday 1 September.
    void addAroundWeek36() {
        Record disposed = sample(QStringLiteral("米饭"), QDateTime(QDate(2026, 8, 31), QTime(0, 0)));
        disposed.set(QStringLiteral("disposed_at"), QDateTime(QDate(2026, 9, 2), QTime(8, 0)));
        disposed.set(QStringLiteral("disposed_by"), QStringLiteral("李阿姨"));
        add({sample(QStringLiteral("周日旧菜"), QDateTime(QDate(2026, 8, 30), QTime(23, 59))),
             sample(QStringLiteral("番茄炒蛋"), QDateTime(QDate(2026, 9, 1), QTime(11, 30))), disposed,
             sample(QStringLiteral("周日晚餐"), QDateTime(QDate(2026, 9, 6), QTime(23, 59)),
                    QStringLiteral("dinner")),
             sample(QStringLiteral("周一早餐"), QDateTime(QDate(2026, 9, 7), QTime(0, 0)),
                    QStringLiteral("breakfast"))});
    }
    Result<TableDocument> build(const QString& week) {
        auto period = Period::parse(Period::Kind::Week, week);
        EXPECT_TRUE(period.ok());
        return report->build(t.db(), *period);
    }
};

} // namespace

TEST(ReportRegistry, ListsTheWeeklyFoodSampleRegister) {
    ASSERT_FALSE(allReports().isEmpty());
    const ReportDef* r = findReport(kKey);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r, &allReports().front());
    EXPECT_EQ(r->period, Period::Kind::Week);
    EXPECT_EQ(r->displayLabel(), QStringLiteral("Weekly food sample register"));
    EXPECT_TRUE(bool(r->build));
    EXPECT_EQ(findReport(QStringLiteral("food-samples")), nullptr);
    EXPECT_EQ(findReport(QString()), nullptr);
}

TEST_F(FoodSamplesWeeklyTest, HoldsExactlyTheWeeksSamplesInStorageOrder) {
    addAroundWeek36();
    auto doc = build(QStringLiteral("2026-W36"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    // Sunday 23:59 of the week before and Monday 00:00 of the next week stay out; Monday 00:00 and
    // Sunday 23:59 of the week itself are in.
    EXPECT_EQ(column(*doc, 2),
              (QStringList{QStringLiteral("米饭"), QStringLiteral("番茄炒蛋"), QStringLiteral("周日晚餐")}));
    EXPECT_EQ(column(*doc, 0), (QStringList{QStringLiteral("2026-08-31"), QStringLiteral("2026-09-01"),
                                            QStringLiteral("2026-09-06")}));

    auto next = build(QStringLiteral("2026-W37"));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(column(*next, 2), QStringList{QStringLiteral("周一早餐")});
    auto before = build(QStringLiteral("2026-W35"));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(column(*before, 2), QStringList{QStringLiteral("周日旧菜")});
}

TEST_F(FoodSamplesWeeklyTest, RowsShowEveryRegisterColumnAsTheListDoes) {
    addAroundWeek36();
    auto doc = build(QStringLiteral("2026-W36"));
    ASSERT_TRUE(doc.ok());
    QStringList titles;
    for (const auto& c : doc->columns)
        titles << c.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Date"), QStringLiteral("Meal"), QStringLiteral("Dish"),
                                   QStringLiteral("Weight (g)"), QStringLiteral("Stored at"),
                                   QStringLiteral("Fridge temperature (°C)"), QStringLiteral("Sampled by"),
                                   QStringLiteral("Disposed at"), QStringLiteral("Disposed by"),
                                   QStringLiteral("Status")}));
    ASSERT_EQ(doc->rows.size(), 3);
    EXPECT_EQ(doc->rows[0],
              (QStringList{QStringLiteral("2026-08-31"), QStringLiteral("Lunch"), QStringLiteral("米饭"),
                           QStringLiteral("150.0"), QStringLiteral("2026-08-31 00:00"), QStringLiteral("3.5"),
                           QStringLiteral("王老师"), QStringLiteral("2026-09-02 08:00"),
                           QStringLiteral("李阿姨"), QStringLiteral("Disposed of")}));
    EXPECT_EQ(doc->rows[2][1], QStringLiteral("Dinner"));
    // Stored on Sunday 23:59, due on Tuesday 23:59: still held at 10:00 on Monday 7 September.
    EXPECT_EQ(doc->rows[2][9], QStringLiteral("Held"));
    EXPECT_EQ(doc->rows[2][7], QString());
}

TEST_F(FoodSamplesWeeklyTest, HeadingSignaturesAndLayout) {
    addAroundWeek36();
    auto doc = build(QStringLiteral("2026-W36"));
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->kindergarten, QStringLiteral("测试幼儿园"));
    EXPECT_EQ(doc->title, QStringLiteral("Food sample register"));
    EXPECT_EQ(doc->subtitleLines,
              QStringList{QStringLiteral("2026 week 36 (08-31 to 09-06)    Teaching week 1")});
    EXPECT_EQ(doc->signatureLines,
              (QStringList{QStringLiteral("Sampler (signature):"), QStringLiteral("Reviewer (signature):")}));
    EXPECT_EQ(doc->footnote, QStringLiteral("Samples: 3"));
    EXPECT_EQ(doc->orientation, QPageLayout::Landscape);
}

TEST_F(FoodSamplesWeeklyTest, TeachingWeekOnlyWhenTheSemesterHasStarted) {
    auto before = build(QStringLiteral("2026-W35")); // the week before the semester starts
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->subtitleLines, QStringList{QStringLiteral("2026 week 35 (08-24 to 08-30)")});
    auto third = build(QStringLiteral("2026-W38"));
    ASSERT_TRUE(third.ok());
    EXPECT_TRUE(third->subtitleLines.value(0).endsWith(QStringLiteral("Teaching week 3")));

    KindergartenSettings noSemester = t->settings();
    noSemester.semesterStart = QDate();
    t->cacheSettings(noSemester);
    auto unset = build(QStringLiteral("2026-W38"));
    ASSERT_TRUE(unset.ok());
    EXPECT_EQ(unset->subtitleLines, QStringList{QStringLiteral("2026 week 38 (09-14 to 09-20)")});
}

TEST_F(FoodSamplesWeeklyTest, PrintedRegisterCopiesBack) {
    addAroundWeek36();
    auto doc = build(QStringLiteral("2026-W36"));
    ASSERT_TRUE(doc.ok());
    const QString path = dir.filePath(QStringLiteral("week36.pdf"));
    auto pages = writePdf(*doc, path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_EQ(*pages, 1);
    test::keepPdf(path);
    const QString text = test::pdfText(path);
    for (const QString& s : {QStringLiteral("测试幼儿园"), QStringLiteral("番茄炒蛋"),
                             QStringLiteral("周日晚餐"), QStringLiteral("王老师"), QStringLiteral("李阿姨"),
                             QStringLiteral("Teaching week 1"), QStringLiteral("Sampler (signature): __"),
                             QStringLiteral("Reviewer (signature): __"), QStringLiteral("Page 1 of 1")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("周日旧菜")));
    EXPECT_FALSE(text.contains(QStringLiteral("周一早餐")));
    EXPECT_TRUE(test::pdfInfo(path, QStringLiteral("Page size")) == test::kA4Landscape);
}

TEST_F(FoodSamplesWeeklyTest, AFullWeekRunsOverPagesWithTheHeaderRowOnEach) {
    const QList<QPair<QString, QTime>> meals{{QStringLiteral("breakfast"), QTime(7, 50)},
                                             {QStringLiteral("lunch"), QTime(11, 30)},
                                             {QStringLiteral("afternoon-snack"), QTime(15, 0)},
                                             {QStringLiteral("dinner"), QTime(17, 20)}};
    const QStringList dishes{QStringLiteral("番茄炒蛋"), QStringLiteral("清炒西兰花"),
                             QStringLiteral("紫菜蛋花汤（少盐，另备无蛋版本给过敏幼儿）")};
    QList<Record> week;
    for (int day = 0; day < 5; ++day)
        for (const auto& [meal, time] : meals)
            for (const QString& dish : dishes) {
                Record r = sample(dish, QDateTime(QDate(2026, 8, 31).addDays(day), time), meal);
                if (day < 3) {
                    r.set(QStringLiteral("disposed_at"),
                          r.value(QStringLiteral("stored_at")).toDateTime().addDays(2));
                    r.set(QStringLiteral("disposed_by"), QStringLiteral("李阿姨"));
                }
                week << r;
            }
    add(week);
    auto doc = build(QStringLiteral("2026-W36"));
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->rows.size(), 60);
    const QString path = dir.filePath(QStringLiteral("full-week.pdf"));
    auto pages = writePdf(*doc, path);
    ASSERT_TRUE(pages.ok());
    ASSERT_GE(*pages, 2);
    test::keepPdf(path);
    for (int p = 1; p <= *pages; ++p) {
        const QString text = test::pdfText(path, p);
        EXPECT_TRUE(text.contains(QStringLiteral("Sampled by"))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("测试幼儿园"))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(*pages))) << "page " << p;
        // The signatures come once, at the end.
        EXPECT_EQ(text.contains(QStringLiteral("Reviewer (signature)")), p == *pages) << "page " << p;
    }
    EXPECT_EQ(test::pdfText(path).count(QStringLiteral("清炒西兰花")), 20);
}

TEST_F(FoodSamplesWeeklyTest, AnEmptyWeekStillPrints) {
    auto doc = build(QStringLiteral("2026-W40"));
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->rows.isEmpty());
    EXPECT_EQ(doc->columns.size(), 10);
    EXPECT_EQ(doc->footnote, QStringLiteral("No food samples were kept in this period."));
    EXPECT_EQ(doc->signatureLines.size(), 2);
    const QString path = dir.filePath(QStringLiteral("empty-week.pdf"));
    auto pages = writePdf(*doc, path);
    ASSERT_TRUE(pages.ok());
    EXPECT_EQ(*pages, 1);
    test::keepPdf(path);
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("No food samples were kept in this period.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("测试幼儿园")));
}

TEST_F(FoodSamplesWeeklyTest, OtherPeriodsPrintTheirOwnDays) {
    addAroundWeek36();
    auto day = report->build(t.db(), Period::day(QDate(2026, 9, 1)));
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(column(*day, 2), QStringList{QStringLiteral("番茄炒蛋")});
    auto month = report->build(t.db(), Period::month(2026, 9));
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(column(*month, 2), (QStringList{QStringLiteral("番茄炒蛋"), QStringLiteral("周日晚餐"),
                                              QStringLiteral("周一早餐")}));
    EXPECT_EQ(month->subtitleLines, QStringList{QStringLiteral("September 2026")});
}

TEST_F(FoodSamplesWeeklyTest, NoPeriodIsAUsageError) {
    auto doc = report->build(t.db(), Period{});
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, Error::Code::Usage);
}
