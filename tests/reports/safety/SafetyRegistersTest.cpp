// The safety module's registers: hazards (overdue as of the period's end or today), visitors (masked ID
// numbers), duty, drills, after-school checks (未检查 on a school day without one) and safety education
// (未开展 for a class without an activity).
#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/plan/CalendarDays.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {

namespace hz = houqin::safety::hazard;

const QString kBinhao = QStringLiteral("滨豪园区");
const QString kXingang = QStringLiteral("新港园区");

Record hazard(QDate found, const QString& place, const QString& state, QDate deadline) {
    Record h;
    h.set(hz::kFoundOn, found);
    h.set(hz::kCampus, kBinhao);
    h.set(hz::kPlace, place);
    h.set(hz::kCategory, QStringLiteral("fire"));
    h.set(hz::kDescription, place + QStringLiteral("隐患"));
    h.set(hz::kSeverity, QStringLiteral("general"));
    h.set(hz::kState, state);
    h.set(hz::kOwner, QStringLiteral("张师傅"));
    h.set(hz::kDeadline, deadline);
    if (state == hz::kClosed || state == hz::kToVerify)
        h.set(hz::kMeasures, QStringLiteral("已整改"));
    if (state == hz::kClosed)
        h.set(hz::kVerifiedBy, QStringLiteral("王园长"));
    return h;
}

Record closingCheck(QDate date, const QString& campus, const QString& electricity) {
    const QList<QPair<QString, QString>> items{
        {QStringLiteral("水"), QStringLiteral("各处水龙头已关闭，无滴漏")},
        {QStringLiteral("电"), QStringLiteral("电器电源、空调、饮水机已关闭")},
        {QStringLiteral("电"), QStringLiteral("照明已关闭")},
        {QStringLiteral("燃气"), QStringLiteral("燃气总阀已关闭")},
        {QStringLiteral("门窗"), QStringLiteral("门窗已关好上锁")},
        {QStringLiteral("人员"), QStringLiteral("园内无滞留幼儿和外来人员")}};
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("campus"), campus);
    r.set(QStringLiteral("checker"), QStringLiteral("赵保安"));
    for (const auto& [area, item] : items) {
        Record l;
        l.set(QStringLiteral("area"), area);
        l.set(QStringLiteral("item"), item);
        l.set(QStringLiteral("result"), area == QStringLiteral("电") && item == QStringLiteral("照明已关闭")
                                            ? electricity
                                            : QStringLiteral("pass"));
        if (l.value(QStringLiteral("result")).toString() == QStringLiteral("fail"))
            l.set(QStringLiteral("note"), QStringLiteral("三楼灯未关"));
        r.lines << l;
    }
    return r;
}

QString rowWith(const QString& text, const QString& needle) {
    for (const QString& l : text.split(QLatin1Char('\n')))
        if (l.contains(needle))
            return l;
    return {};
}

class SafetyRegistersTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 11, 29), QTime(10, 0))};
    QTemporaryDir dir;

    void add(const RecordKind& kind, const QList<Record>& rs) {
        auto ids = RecordRepository(t.db(), kind).insertAll(rs, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    Result<TableDocument> build(const QString& key, Period::Kind kind, const QString& text) {
        const ReportDef* r = findReport(key);
        EXPECT_NE(r, nullptr) << key.toStdString();
        auto period = Period::parse(kind, text);
        EXPECT_TRUE(period.ok());
        return r->build(t.db(), *period);
    }
    QString printed(const TableDocument& doc, const QString& name) {
        const QString path = dir.filePath(name);
        auto pages = writePdf(doc, path);
        EXPECT_TRUE(pages.ok()) << pages.error().message.toStdString();
        test::keepPdf(path);
        return test::pdfText(path);
    }
};

} // namespace

// Today is 2026-11-29: a hazard due today is not overdue, one due yesterday is; a closed one never is.
TEST_F(SafetyRegistersTest, HazardRegisterIsOverdueFromTheDayAfterTheDeadline) {
    add(houqin::safety::hazardsKind(),
        {hazard(QDate(2026, 11, 10), QStringLiteral("大门"), hz::kInProgress, QDate(2026, 11, 29)),
         hazard(QDate(2026, 11, 11), QStringLiteral("厨房"), hz::kInProgress, QDate(2026, 11, 28)),
         hazard(QDate(2026, 11, 12), QStringLiteral("操场"), hz::kClosed, QDate(2026, 11, 13)),
         hazard(QDate(2026, 10, 30), QStringLiteral("十月"), hz::kInProgress, QDate(2026, 10, 31))});
    auto doc = build(QStringLiteral("hazard-register"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    ASSERT_EQ(doc->rows.size(), 3);
    EXPECT_EQ(doc->columns[8].title, QStringLiteral("Overdue"));
    EXPECT_EQ(doc->rows[0][2], QStringLiteral("大门"));
    EXPECT_EQ(doc->rows[0][8], QString());
    EXPECT_EQ(doc->rows[1][8], QStringLiteral("Overdue"));
    EXPECT_EQ(doc->rows[2][7], QStringLiteral("Closed (verified)"));
    EXPECT_EQ(doc->rows[2][8], QString());
    EXPECT_EQ(doc->rows[2][9], QStringLiteral("王园长"));
    EXPECT_EQ(doc->footnote,
              QStringLiteral("Hazards: 3; closed: 1; open: 2, of which overdue: 1 (as of 2026-11-29)."));
    EXPECT_EQ(doc->orientation, QPageLayout::Landscape);

    const QString text = printed(*doc, QStringLiteral("hazards.pdf"));
    EXPECT_FALSE(rowWith(text, QStringLiteral("大门")).contains(QStringLiteral("Overdue")));
    EXPECT_TRUE(rowWith(text, QStringLiteral("厨房")).contains(QStringLiteral("Overdue")));
    EXPECT_TRUE(text.contains(QStringLiteral("Director (signature): __")));
    EXPECT_FALSE(text.contains(QStringLiteral("十月")));
}

// A past month's register is as of its last day: the October hazard due on 10-31 was not overdue then.
TEST_F(SafetyRegistersTest, HazardRegisterOfAPastMonthIsAsOfItsLastDay) {
    add(houqin::safety::hazardsKind(),
        {hazard(QDate(2026, 10, 20), QStringLiteral("十月底"), hz::kInProgress, QDate(2026, 10, 31)),
         hazard(QDate(2026, 10, 21), QStringLiteral("十月中"), hz::kInProgress, QDate(2026, 10, 30))});
    auto doc = build(QStringLiteral("hazard-register"), Period::Kind::Month, QStringLiteral("2026-10"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    ASSERT_EQ(doc->rows.size(), 2);
    EXPECT_EQ(doc->rows[0][8], QString());
    EXPECT_EQ(doc->rows[1][8], QStringLiteral("Overdue"));
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("overdue: 1 (as of 2026-10-31)")));
}

TEST_F(SafetyRegistersTest, VisitorRegisterMasksIdNumbersAndShowsAdmission) {
    const QString id = QStringLiteral("110101199003074518");
    Record v;
    v.set(QStringLiteral("time_in"), QDateTime(QDate(2026, 11, 16), QTime(9, 30)));
    v.set(QStringLiteral("name"), QStringLiteral("陈先生"));
    v.set(QStringLiteral("id_number"), id);
    v.set(QStringLiteral("purpose"), QStringLiteral("送货"));
    v.set(QStringLiteral("temperature_c"), 37.2);
    Record hot = v;
    hot.set(QStringLiteral("name"), QStringLiteral("刘女士"));
    hot.set(QStringLiteral("temperature_c"), 37.3);
    Record otherDay = v;
    otherDay.set(QStringLiteral("time_in"), QDateTime(QDate(2026, 11, 17), QTime(9, 0)));
    otherDay.set(QStringLiteral("name"), QStringLiteral("次日访客"));
    add(houqin::safety::visitorsKind(), {v, hot, otherDay});

    auto doc = build(QStringLiteral("visitor-register"), Period::Kind::Day, QStringLiteral("2026-11-16"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    ASSERT_EQ(doc->rows.size(), 2);
    EXPECT_EQ(doc->rows[0][2], houqin::safety::maskedIdNumber(id));
    EXPECT_NE(doc->rows[0][2], id);
    EXPECT_EQ(doc->rows[0][8], QStringLiteral("Admitted"));
    EXPECT_EQ(doc->rows[1][8], QStringLiteral("Not admitted"));
    const QString text = printed(*doc, QStringLiteral("visitors.pdf"));
    EXPECT_TRUE(text.contains(houqin::safety::maskedIdNumber(id)));
    EXPECT_FALSE(text.contains(id));
    EXPECT_FALSE(text.contains(QStringLiteral("次日访客")));
    EXPECT_TRUE(text.contains(QStringLiteral("Guard (signature): __")));

    auto month = build(QStringLiteral("visitor-register"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->rows.size(), 3);
}

TEST_F(SafetyRegistersTest, DutyRosterAndDrillsListTheMonthsRecords) {
    Record duty;
    duty.set(QStringLiteral("date"), QDate(2027, 1, 25));
    duty.set(QStringLiteral("duty_kind"), QStringLiteral("winter"));
    duty.set(QStringLiteral("person"), QStringLiteral("孙老师"));
    duty.set(QStringLiteral("phone"), QStringLiteral("13800000000"));
    Record duty2 = duty;
    duty2.set(QStringLiteral("date"), QDate(2027, 2, 2));
    duty2.set(QStringLiteral("person"), QStringLiteral("二月值班"));
    add(houqin::safety::dutyRostersKind(), {duty, duty2});
    auto roster = build(QStringLiteral("duty-roster"), Period::Kind::Month, QStringLiteral("2027-01"));
    ASSERT_TRUE(roster.ok()) << roster.error().message.toStdString();
    const QString rosterText = printed(*roster, QStringLiteral("duty.pdf"));
    EXPECT_TRUE(rosterText.contains(QStringLiteral("孙老师")));
    EXPECT_TRUE(rosterText.contains(QStringLiteral("13800000000")));
    EXPECT_FALSE(rosterText.contains(QStringLiteral("二月值班")));

    Record drill;
    drill.set(QStringLiteral("date"), QDate(2026, 11, 9));
    drill.set(QStringLiteral("drill_kind"), QStringLiteral("fire"));
    drill.set(QStringLiteral("campus"), kBinhao);
    drill.set(QStringLiteral("participants"), qint64(320));
    drill.set(QStringLiteral("evacuation_seconds"), qint64(150));
    add(houqin::safety::drillsKind(), {drill});
    auto drills = build(QStringLiteral("drills-register"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(drills.ok()) << drills.error().message.toStdString();
    const QString drillText = printed(*drills, QStringLiteral("drills.pdf"));
    const QString row = rowWith(drillText, QStringLiteral("2026-11-09"));
    EXPECT_TRUE(row.contains(QStringLiteral("320"))) << row.toStdString();
    EXPECT_TRUE(row.contains(QStringLiteral("150"))) << row.toStdString();
    EXPECT_TRUE(drillText.contains(QStringLiteral("Drills: 1.")));
}

// November 2026 has no terms recorded: every weekday is a school day; 11-16 is checked on 滨豪园区 only.
TEST_F(SafetyRegistersTest, ClosingChecksMarkEachAreaAndSayNotCheckedOnASchoolDayWithout) {
    add(houqin::safety::closingChecksKind(),
        {closingCheck(QDate(2026, 11, 16), kBinhao, QStringLiteral("fail")),
         closingCheck(QDate(2026, 11, 17), kBinhao, QStringLiteral("pass"))});
    auto doc =
        build(QStringLiteral("closing-checks-monthly"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    // Date, campus, 水 电 燃气 门窗 人员, checker, problems.
    ASSERT_EQ(doc->columns.size(), 9);
    EXPECT_EQ(doc->columns[3].title, QStringLiteral("电"));
    // 21 weekdays in November 2026, two campuses each.
    EXPECT_EQ(doc->rows.size(), 42);
    QStringList mon, monOther, sat;
    for (const QStringList& r : doc->rows) {
        if (r[0] == QStringLiteral("2026-11-16") && r[1] == kBinhao)
            mon = r;
        if (r[0] == QStringLiteral("2026-11-16") && r[1] == kXingang)
            monOther = r;
        if (r[0] == QStringLiteral("2026-11-21"))
            sat = r;
    }
    EXPECT_EQ(mon.mid(2, 6),
              (QStringList{QStringLiteral("√"), QStringLiteral("×"), QStringLiteral("√"), QStringLiteral("√"),
                           QStringLiteral("√"), QStringLiteral("赵保安")}));
    EXPECT_EQ(monOther.value(7), QStringLiteral("Not checked"));
    EXPECT_TRUE(sat.isEmpty());
    EXPECT_TRUE(doc->footnote.contains(QStringLiteral("Not checked: 40; with problems: 1.")));
    const QString text = printed(*doc, QStringLiteral("closing.pdf"));
    EXPECT_TRUE(rowWith(text, QStringLiteral("2026-11-18")).contains(QStringLiteral("Not checked")));
    EXPECT_TRUE(rowWith(text, QStringLiteral("2026-11-16")).contains(QStringLiteral("×")));
}

TEST_F(SafetyRegistersTest, ClosingChecksFollowTheSchoolCalendarsHolidays) {
    Record holiday;
    holiday.set(QStringLiteral("date"), QDate(2026, 11, 20));
    holiday.set(QStringLiteral("kind"), QStringLiteral("holiday"));
    holiday.set(QStringLiteral("name"), QStringLiteral("园庆"));
    add(houqin::plan::calendarDaysKind(), {holiday});
    auto doc =
        build(QStringLiteral("closing-checks-monthly"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->rows.size(), 40);
    for (const QStringList& r : doc->rows)
        EXPECT_NE(r[0], QStringLiteral("2026-11-20"));
}

TEST_F(SafetyRegistersTest, EducationRecordListsEachClassAndNotHeldForOneWithout) {
    Record big, small, closed;
    big.set(QStringLiteral("name"), QStringLiteral("大一班"));
    big.set(QStringLiteral("campus"), kBinhao);
    big.set(QStringLiteral("in_use"), true);
    small = big;
    small.set(QStringLiteral("name"), QStringLiteral("小二班"));
    closed = big;
    closed.set(QStringLiteral("name"), QStringLiteral("已撤班"));
    closed.set(QStringLiteral("in_use"), false);
    add(houqin::safety::classesKind(), {big, small, closed});
    Record lesson;
    lesson.set(QStringLiteral("date"), QDate(2026, 11, 9));
    lesson.set(QStringLiteral("theme"), QStringLiteral("消防安全月"));
    lesson.set(QStringLiteral("class_name"), QStringLiteral("大一班"));
    lesson.set(QStringLiteral("form"), QStringLiteral("drill"));
    lesson.set(QStringLiteral("teacher"), QStringLiteral("周老师"));
    add(houqin::safety::safetyEducationKind(), {lesson});

    auto doc =
        build(QStringLiteral("safety-education-monthly"), Period::Kind::Month, QStringLiteral("2026-11"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_TRUE(doc->subtitleLines.contains(QStringLiteral("This month's theme: 消防安全月")));
    ASSERT_EQ(doc->rows.size(), 2);
    EXPECT_EQ(doc->rows[0].mid(0, 4), (QStringList{QStringLiteral("大一班"), QStringLiteral("2026-11-09"),
                                                   QStringLiteral("Drill"), QStringLiteral("周老师")}));
    EXPECT_EQ(doc->rows[1].mid(0, 2), (QStringList{QStringLiteral("小二班"), QStringLiteral("Not held")}));
    const QString text = printed(*doc, QStringLiteral("education.pdf"));
    EXPECT_TRUE(rowWith(text, QStringLiteral("小二班")).contains(QStringLiteral("Not held")));
    EXPECT_FALSE(text.contains(QStringLiteral("已撤班")));
    EXPECT_TRUE(text.contains(QStringLiteral("测试幼儿园")));
}
