// The deliveries register (a day or a week, one row per item line, signers and signature blanks) and the
// weekly menu (meals × days, large type, and as a standalone web page).
#include "reports/canteen/CanteenWeekly.h"

#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"
#include "reports/HtmlExport.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {
const QDate kMonday(2026, 9, 7);

Record delivery(QDate day, const QString& supplier, QList<QPair<QString, qint64>> items) {
    Record r;
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("direction"), QStringLiteral("out"));
    r.set(QStringLiteral("supplier"), supplier);
    r.set(QStringLiteral("documents_checked"), true);
    r.set(QStringLiteral("received_by"), QStringLiteral("徐静"));
    r.set(QStringLiteral("checked_by"), QStringLiteral("周经理"));
    for (const auto& [item, priceFen] : items) {
        Record line;
        line.set(QStringLiteral("item"), item);
        line.set(QStringLiteral("quantity"), 2.0);
        line.set(QStringLiteral("unit"), QStringLiteral("kg"));
        line.set(QStringLiteral("unit_price_fen"), priceFen);
        r.lines << line;
    }
    return r;
}

Record menu(const QString& campus) {
    Record m;
    m.set(QStringLiteral("week_start"), kMonday);
    if (!campus.isEmpty())
        m.set(QStringLiteral("campus"), campus);
    m.set(QStringLiteral("published_on"), kMonday.addDays(-3));
    auto add = [&m](int day, const QString& meal, const QString& dishes) {
        Record line;
        line.set(QStringLiteral("weekday"), QString::number(day));
        line.set(QStringLiteral("meal"), meal);
        line.set(QStringLiteral("dishes"), dishes);
        m.lines << line;
    };
    add(1, QStringLiteral("lunch"), QStringLiteral("米饭、番茄炒蛋、紫菜汤"));
    add(3, QStringLiteral("breakfast"), QStringLiteral("小米粥、<肉包>"));
    return m;
}
} // namespace

TEST(DeliveriesRegister, ADayOrAWeekWithOneRowPerLine) {
    test::TempDb t(QDateTime(kMonday.addDays(4), QTime(16, 0)));
    RecordRepository repo(t.db(), houqin::canteen::deliveriesKind());
    ASSERT_TRUE(
        repo.insertAll(
                {delivery(kMonday, QStringLiteral("绿源净菜"),
                          {{QStringLiteral("青菜"), 650}, {QStringLiteral("土豆"), 380}}),
                 delivery(kMonday.addDays(1), QStringLiteral("鲜达肉禽"), {{QStringLiteral("猪肉"), 2800}}),
                 delivery(kMonday.addDays(7), QStringLiteral("下周"), {{QStringLiteral("大米"), 560}})},
                test::tester())
            .ok());
    auto day = reports::canteen::buildDeliveriesRegister(t.db(), Period::day(kMonday));
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->rows.size(), 2); // two lines of one delivery
    EXPECT_TRUE(day->rows.at(1).at(0).isEmpty()) << "the delivery's cells only on its first line";
    auto week = reports::canteen::buildDeliveriesRegister(t.db(), Period::isoWeek(kMonday));
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week->rows.size(), 3) << "next week's delivery is not in this week";
    EXPECT_TRUE(week->footnote.contains(QStringLiteral("76.60")))
        << week->footnote.toStdString(); // 13 + 7.60 + 56
    EXPECT_FALSE(reports::canteen::buildDeliveriesRegister(t.db(), Period()).ok()) << "needs a period";
    const ReportDef* def = findReport(QStringLiteral("deliveries-register"));
    ASSERT_NE(def, nullptr);
    EXPECT_TRUE(def->alsoFor.contains(Period::Kind::Week));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_TRUE(writePdf(*week, pdf).ok());
    const QString text = test::pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("鲜达肉禽"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("周经理")));
}

TEST(WeeklyMenu, MealsDownTheSideDaysAcrossOnlyServedMeals) {
    test::TempDb t(QDateTime(kMonday, QTime(8, 0)));
    ASSERT_TRUE(RecordRepository(t.db(), houqin::canteen::menusKind()).insert(menu({}), test::tester()).ok());
    auto doc = reports::canteen::buildWeeklyMenu(t.db(), Period::isoWeek(kMonday.addDays(2)));
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->columns.size(), 6) << "meal + Monday to Friday";
    ASSERT_EQ(doc->rows.size(), 2) << "breakfast and lunch; no empty snack rows";
    EXPECT_EQ(doc->rows.at(1).at(1), QStringLiteral("米饭\n番茄炒蛋\n紫菜汤"));
    EXPECT_TRUE(doc->rows.at(1).at(2).isEmpty());
    EXPECT_GT(doc->fontScale, 1.0) << "read on the lobby board";

    auto empty = reports::canteen::buildWeeklyMenu(t.db(), Period::isoWeek(kMonday.addDays(7)));
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->rows.isEmpty());
}

TEST(WeeklyMenu, TwoCampusesHaveTheirOwnRows) {
    test::TempDb t(QDateTime(kMonday, QTime(8, 0)));
    RecordRepository repo(t.db(), houqin::canteen::menusKind());
    ASSERT_TRUE(
        repo.insertAll({menu(QStringLiteral("滨豪园区")), menu(QStringLiteral("新港园区"))}, test::tester())
            .ok());
    auto doc = reports::canteen::buildWeeklyMenu(t.db(), Period::isoWeek(kMonday));
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->rows.size(), 4);
    EXPECT_TRUE(doc->rows.at(0).at(0).startsWith(QStringLiteral("新港园区")) ||
                doc->rows.at(0).at(0).startsWith(QStringLiteral("滨豪园区")));
}

TEST(HtmlExport, AStandaloneEscapedPage) {
    test::TempDb t(QDateTime(kMonday, QTime(8, 0)));
    ASSERT_TRUE(RecordRepository(t.db(), houqin::canteen::menusKind()).insert(menu({}), test::tester()).ok());
    auto doc = reports::canteen::buildWeeklyMenu(t.db(), Period::isoWeek(kMonday));
    ASSERT_TRUE(doc.ok());
    const QString html = toHtml(*doc);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("米饭<br>番茄炒蛋<br>紫菜汤")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;肉包&gt;"))) << "cell text is escaped";
    EXPECT_FALSE(html.contains(QStringLiteral("<肉包>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script"))) << "nothing but the page";
    EXPECT_FALSE(html.contains(QStringLiteral("http"))) << "no outside resources";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("menu.html"));
    ASSERT_TRUE(writeHtml(*doc, path).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()), html);
    EXPECT_FALSE(writeHtml(*doc, dir.filePath(QStringLiteral("missing/dir/menu.html"))).ok());
}
