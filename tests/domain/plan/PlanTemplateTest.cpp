// The shipped plan template against the plan it was copied from: chapter 五 of the original plan text
// (fixtures/plan.txt, a copy of the seed file) is parsed here independently of the template parser, and
// every task must appear in the template with the same month, week, number and words.
#include "domain/plan/PlanTemplate.h"

#include "TestSupport.h"
#include "domain/plan/PlanTasks.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;

namespace {

struct PlanItem {
    int month = 0, week = 0, number = 0;
    QString title;
};

int chineseMonth(const QString& heading) {
    static const QMap<QString, int> months{{QStringLiteral("八"), 8},    {QStringLiteral("九"), 9},
                                           {QStringLiteral("十"), 10},   {QStringLiteral("十一"), 11},
                                           {QStringLiteral("十二"), 12}, {QStringLiteral("一"), 1}};
    return months.value(heading, 0);
}

int chineseOrArabic(const QString& s) {
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s == QStringLiteral("十"))
        return 10;
    if (s.startsWith(QStringLiteral("十")))
        return 10 + int(digits.indexOf(s[1]));
    if (s.size() == 3 && s[1] == QChar(u'十'))
        return 10 * int(digits.indexOf(s[0])) + int(digits.indexOf(s[2]));
    if (s.size() == 2 && s[1] == QChar(u'十'))
        return 10 * int(digits.indexOf(s[0]));
    return int(digits.indexOf(s));
}

// Chapter 五 of the plan: month headings ("九月份", "八月份：") and numbered items ending in "（第N周）".
QList<PlanItem> parsePlanText() {
    QFile f(test::dataPath(QStringLiteral("domain/plan/fixtures/plan.txt")));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype chapter = text.indexOf(QStringLiteral("五、具体工作安排"));
    EXPECT_GE(chapter, 0);
    static const QRegularExpression heading(QStringLiteral(R"(^([一二三四五六七八九十]+)月份[：:]?$)"));
    static const QRegularExpression item(QStringLiteral(R"(^(\d+)\s*[.．]?\s*(.+?)$)"));
    static const QRegularExpression week(QStringLiteral(R"(（第([0-9一二三四五六七八九十]+)周）$)"));
    QList<PlanItem> items;
    int month = 0;
    for (QString line : text.mid(chapter).split(QLatin1Char('\n')).mid(1)) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (const auto h = heading.match(line); h.hasMatch()) {
            month = chineseMonth(h.captured(1));
            continue;
        }
        const auto m = item.match(line);
        EXPECT_TRUE(m.hasMatch()) << line.toStdString();
        PlanItem p;
        p.month = month;
        p.number = m.captured(1).toInt();
        p.title = m.captured(2);
        if (const auto w = week.match(p.title); w.hasMatch()) {
            p.week = chineseOrArabic(w.captured(1));
            p.title = p.title.left(w.capturedStart()).trimmed();
        }
        items << p;
    }
    return items;
}

QList<TemplateTask> shipped() {
    auto t = builtinTemplate();
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
    return t.ok() ? *t : QList<TemplateTask>();
}

} // namespace

TEST(PlanTemplate, HoldsEveryTaskOfThePlanInItsOwnWords) {
    const QList<PlanItem> plan = parsePlanText();
    const QList<TemplateTask> tmpl = shipped();
    ASSERT_EQ(plan.size(), 34);
    ASSERT_EQ(tmpl.size(), plan.size());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        SCOPED_TRACE(plan[i].title.toStdString());
        EXPECT_EQ(tmpl[i].month, plan[i].month);
        EXPECT_EQ(tmpl[i].week, plan[i].week);
        EXPECT_EQ(tmpl[i].number, plan[i].number);
        EXPECT_EQ(tmpl[i].title, plan[i].title);
    }
}

TEST(PlanTemplate, TaskCountPerMonth) {
    QMap<int, int> planCount, tmplCount;
    for (const PlanItem& p : parsePlanText())
        ++planCount[p.month];
    for (const TemplateTask& t : shipped())
        ++tmplCount[t.month];
    const QMap<int, int> expected{{8, 2}, {9, 11}, {10, 5}, {11, 4}, {12, 5}, {1, 7}};
    EXPECT_EQ(planCount, expected);
    EXPECT_EQ(tmplCount, expected);
}

TEST(PlanTemplate, HardCases) {
    const QList<TemplateTask> t = shipped();
    ASSERT_EQ(t.size(), 34);
    // August: both tasks before term.
    EXPECT_EQ(t[0].month, 8);
    EXPECT_EQ(t[0].week, 0);
    EXPECT_EQ(t[1].week, 0);
    EXPECT_EQ(t[0].title, QStringLiteral("做好开学安全隐患大排查工作，及设施设备（水电）检查与维修。"));
    // October has items 1, 2, 4, 5, 6: no item 3 is invented.
    QList<int> october;
    for (const TemplateTask& x : t)
        if (x.month == 10)
            october << x.number;
    EXPECT_EQ(october, (QList<int>{1, 2, 4, 5, 6}));
    // Weeks written in Chinese numerals.
    auto find = [&](int month, int number) {
        for (const TemplateTask& x : t)
            if (x.month == month && x.number == number)
                return x;
        return TemplateTask{};
    };
    EXPECT_EQ(find(12, 3).week, 14); // 第十四周
    EXPECT_EQ(find(12, 4).week, 16); // 第十六周
    EXPECT_EQ(find(1, 1).week, 17);  // 第十七周
    EXPECT_EQ(find(1, 2).week, 18);  // 第十八周
    EXPECT_EQ(find(1, 7).week, 20);  // 第二十周
    EXPECT_EQ(find(1, 7).title, QStringLiteral("安排寒假值班表。"));
    // December item 3 keeps its two parts in one line, as the plan writes it.
    EXPECT_EQ(find(12, 3).title, QStringLiteral("后勤业务学习之《幼儿园保育教育质量评估指标》关于“生活照料”的"
                                                "要求（三）后勤技能学习之彩泥（四）"));
    EXPECT_EQ(find(9, 9).title, QStringLiteral("后勤会议：一月一次理论考试。"));
    EXPECT_EQ(find(9, 9).week, 4);
}

TEST(PlanTemplate, CategoriesAndOwnersAreFilledIn) {
    const RecordKind& kind = planTasksKind();
    for (const TemplateTask& t : shipped()) {
        EXPECT_NE(kind.field(taskfield::kCategory)->choice(t.category), nullptr) << t.line;
        EXPECT_FALSE(t.owner.isEmpty()) << t.line;
    }
}

TEST(PlanTemplate, ParsesCommentsChineseWeeksAndKeys) {
    const QByteArray tsv = "\xEF\xBB\xBF# comment\r\n"
                           "month\tweek\tno\tcategory\towner\ttitle\r\n"
                           "\n"
                           "8\t开学前\t1\t安全\t后勤主任\t排查\r\n"
                           "十二\t第十四周\t\tstaff\t\t学习\n"
                           "1\t20\t7\tassets\t总务\t清点\n";
    auto t = parseTemplate(tsv);
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    ASSERT_EQ(t->size(), 3);
    EXPECT_EQ((*t)[0].week, 0);
    EXPECT_EQ((*t)[0].category, QStringLiteral("safety"));
    EXPECT_EQ((*t)[0].line, 4);
    EXPECT_EQ((*t)[1].month, 12);
    EXPECT_EQ((*t)[1].week, 14);
    EXPECT_EQ((*t)[1].number, 0);
    EXPECT_EQ((*t)[1].owner, QString());
    EXPECT_EQ((*t)[2].week, 20);
}

TEST(PlanTemplate, ReportsEveryBadLine) {
    const QByteArray tsv = "month\tweek\tno\tcategory\towner\ttitle\n"
                           "13\t1\t1\t安全\tx\t月份错\n"      // line 2: month 13
                           "0\t1\t1\t安全\tx\t月份错\n"       // line 3: month 0
                           "12\t31\t1\t安全\tx\t周错\n"       // line 4: week 31
                           "12\t30\t1\t安全\tx\t第30周可以\n" // line 5: fine
                           "12\t1\t1\t未知\tx\t类别错\n"      // line 6: category
                           "12\t1\t1\t安全\tx\n"              // line 7: 5 columns
                           "12\t1\t1\t安全\tx\t \n";          // line 8: no title
    auto t = parseTemplate(tsv);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::Validation);
    QStringList fields;
    for (const Issue& i : t.error().issues)
        fields << i.field;
    EXPECT_EQ(fields,
              (QStringList{QStringLiteral("line 2"), QStringLiteral("line 3"), QStringLiteral("line 4"),
                           QStringLiteral("line 6"), QStringLiteral("line 7"), QStringLiteral("line 8")}));
}

TEST(PlanTemplate, RefusesAWrongHeaderOrAnEmptyFile) {
    EXPECT_FALSE(parseTemplate("month\tweek\ttitle\n8\t1\tx\n").ok());
    EXPECT_FALSE(parseTemplate("# only comments\n").ok());
    EXPECT_TRUE(parseTemplate("month\tweek\tno\tcategory\towner\ttitle\n").ok());
}

TEST(PlanTemplate, TasksOfANewSemesterKeepWeeksAndMonths) {
    const Semester autumn{0, QStringLiteral("2026学年第一学期"), QDate(2026, 9, 1), QDate(2027, 1, 17), true};
    const QList<Record> tasks = tasksFromTemplate(shipped(), autumn);
    ASSERT_EQ(tasks.size(), 34);
    for (const Record& r : tasks) {
        EXPECT_EQ(r.value(taskfield::kSemester).toString(), autumn.name);
        EXPECT_EQ(r.value(taskfield::kStatus).toString(), taskstatus::kNotStarted);
        EXPECT_EQ(r.value(taskfield::kDueDate).toDate().dayOfWeek(), 7);
    }
    const QList<TemplateTask> t = shipped();
    for (qsizetype i = 0; i < t.size(); ++i) {
        EXPECT_EQ(tasks[i].value(taskfield::kMonth).toLongLong(), t[i].month) << t[i].title.toStdString();
        EXPECT_EQ(tasks[i].value(taskfield::kWeek).toLongLong(), t[i].week);
    }
    EXPECT_EQ(tasks[0].value(taskfield::kDueDate).toDate(), QDate(2026, 8, 30));     // before term
    EXPECT_EQ(tasks[2].value(taskfield::kDueDate).toDate(), QDate(2026, 9, 6));      // week 1
    EXPECT_EQ(tasks.last().value(taskfield::kDueDate).toDate(), QDate(2027, 1, 17)); // week 20
}

TEST(PlanTemplate, ASpringSemesterMapsTheMonthsToItsCalendar) {
    const Semester spring{0, QStringLiteral("2026学年第二学期"), QDate(2027, 2, 22), QDate(), false};
    const QList<Record> tasks = tasksFromTemplate(shipped(), spring);
    ASSERT_EQ(tasks.size(), 34);
    // Week 0 is the week before 22 February; week 1 runs 22 to 28 February; week 20 ends on 11 July.
    EXPECT_EQ(tasks[0].value(taskfield::kMonth).toLongLong(), 2);
    EXPECT_EQ(tasks[2].value(taskfield::kMonth).toLongLong(), 2);
    EXPECT_EQ(tasks.last().value(taskfield::kMonth).toLongLong(), 7);
    EXPECT_EQ(tasks.last().value(taskfield::kDueDate).toDate(), QDate(2027, 7, 11));
}

TEST(PlanTemplate, AShortSemesterMovesLateTasksToItsLastWeek) {
    const Semester shortOne{0, QStringLiteral("短学期"), QDate(2026, 9, 1), QDate(2026, 12, 27), false};
    ASSERT_EQ(shortOne.weekCount(), 17);
    const QList<Record> tasks = tasksFromTemplate(shipped(), shortOne);
    EXPECT_EQ(tasks.last().value(taskfield::kWeek).toLongLong(), 17);
    EXPECT_EQ(tasks[27].value(taskfield::kWeek).toLongLong(), 17); // 后勤会议 of week 17 stays
    EXPECT_EQ(tasks[28].value(taskfield::kWeek).toLongLong(), 17); // week 18 moves to week 17
    EXPECT_EQ(tasks[26].value(taskfield::kWeek).toLongLong(), 16);
}

TEST(PlanTemplate, CopiesLeaveOutCancelledTasksAndResetProgress) {
    const Semester from{0, QStringLiteral("旧"), QDate(2025, 9, 1), QDate(), false};
    const Semester to{0, QStringLiteral("新"), QDate(2026, 9, 1), QDate(), false};
    QList<Record> old = tasksFromTemplate(shipped(), from);
    old[0].set(taskfield::kStatus, taskstatus::kDone);
    old[0].set(taskfield::kDoneOn, QDate(2025, 8, 28));
    old[0].set(taskfield::kOutcome, QStringLiteral("已完成"));
    old[0].set(taskfield::kLink, QStringLiteral("food-samples:2025-09"));
    old[1].set(taskfield::kStatus, taskstatus::kCancelled);
    const QList<Record> copies = copyTasksTo(old, to);
    ASSERT_EQ(copies.size(), 33);
    EXPECT_EQ(copies[0].value(taskfield::kTitle), old[0].value(taskfield::kTitle));
    EXPECT_EQ(copies[0].value(taskfield::kStatus).toString(), taskstatus::kNotStarted);
    EXPECT_TRUE(copies[0].isEmpty(taskfield::kDoneOn));
    EXPECT_TRUE(copies[0].isEmpty(taskfield::kOutcome));
    EXPECT_TRUE(copies[0].isEmpty(taskfield::kLink));
    EXPECT_EQ(copies[0].value(taskfield::kSemester).toString(), QStringLiteral("新"));
    EXPECT_EQ(copies[0].value(taskfield::kDueDate).toDate(), QDate(2026, 8, 30));
    EXPECT_EQ(copies[1].value(taskfield::kTitle), old[2].value(taskfield::kTitle));
}
