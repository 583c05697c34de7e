#include "Recurring.h"

#include "PlanTasks.h"

#include <QMap>
#include <algorithm>

namespace houqin::plan {

namespace tf = taskfield;

namespace {

// Titles are data in the plan's language, like the template's: they become the tasks' titles.
struct Proposal {
    int week = 0;
    int month = 0; // the month the proposal is filed under
    QString title, category, owner;
    QStringList keywords; // an existing task whose title holds one of these covers the proposal...
    QList<int> weeks;     // ...when it is in one of these weeks,
    int coverMonth = 0;   // or filed under this month (monthly cadences)
};

struct MonthWeeks {
    int month = 0;
    QList<int> weeks;
};

// The teaching weeks of each month, by the month of each week's Thursday, in order.
QList<MonthWeeks> monthsOf(const Semester& s) {
    QList<MonthWeeks> out;
    const SemesterCalendar cal = s.calendar();
    for (int w = 1; w <= s.weekCount(); ++w) {
        const int m = cal.monthOfWeek(w);
        if (out.isEmpty() || out.last().month != m)
            out << MonthWeeks{m, {}};
        out.last().weeks << w;
    }
    return out;
}

bool covered(const Proposal& p, const QList<Record>& existing) {
    for (const Record& t : existing) {
        const QString title = t.value(tf::kTitle).toString();
        const int week = int(t.value(tf::kWeek).toLongLong());
        if (week == p.week && title == p.title)
            return true;
        bool named = false;
        for (const QString& k : p.keywords)
            named = named || title.contains(k);
        if (!named)
            continue;
        if (p.weeks.contains(week))
            return true;
        if (p.coverMonth > 0 && int(t.value(tf::kMonth).toLongLong()) == p.coverMonth)
            return true;
    }
    return false;
}

QList<Proposal> cadences(const Semester& s) {
    QList<Proposal> out;
    const int last = s.weekCount();
    const SemesterCalendar cal = s.calendar();
    const QString staff = taskcategory::kStaff, safety = taskcategory::kSafety,
                  assets = taskcategory::kAssets;
    const QString director = QStringLiteral("后勤主任");

    for (int w = 2; w <= last; w += 2)
        out << Proposal{w,
                        cal.monthOfWeek(w),
                        QStringLiteral("后勤理论学习（每两周一次）"),
                        staff,
                        QStringLiteral("保健老师"),
                        {QStringLiteral("学习")},
                        {w - 1, w},
                        0};

    const QList<MonthWeeks> months = monthsOf(s);
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthWeeks& m = months[i];
        const QString theme = safetyTheme(m.month);
        out << Proposal{m.weeks.first(),
                        m.month,
                        theme.isEmpty() ? QStringLiteral("每月安全主题教育活动")
                                        : QStringLiteral("安全主题教育活动：") + theme,
                        safety,
                        QStringLiteral("各班班主任"),
                        theme.isEmpty() ? QStringList{QStringLiteral("安全教育")}
                                        : QStringList{theme.left(4), QStringLiteral("安全主题")},
                        {},
                        m.month};
        // A month with a single teaching week has nothing to examine yet, or no time left for it.
        if (m.weeks.size() >= 2) {
            out << Proposal{m.weeks.last(),
                            m.month,
                            QStringLiteral("应知应会理论考试（每月一次）"),
                            staff,
                            director,
                            {QStringLiteral("理论考试")},
                            {},
                            m.month};
            out << Proposal{m.weeks.last(),
                            m.month,
                            QStringLiteral("后勤人员月考核及反馈小结会"),
                            staff,
                            director,
                            {QStringLiteral("月考核")},
                            {},
                            m.month};
        }
        if (i % 2 == 1)
            out << Proposal{m.weeks.value(1, m.weeks.first()),
                            m.month,
                            QStringLiteral("后勤技能培训（每两月一次，如折纸、讲故事）"),
                            staff,
                            director,
                            {QStringLiteral("技能")},
                            {},
                            m.month};
    }

    if (last >= 1) {
        const QList<int> lastWeeks{last - 1, last};
        const int month = cal.monthOfWeek(last);
        out << Proposal{last,      month,    QStringLiteral("学期结束安全大检查"),
                        safety,    director, {QStringLiteral("安全大检查")},
                        lastWeeks, 0};
        out << Proposal{last,
                        month,
                        QStringLiteral("清点班级以及其它园内财产"),
                        assets,
                        QStringLiteral("总务"),
                        {QStringLiteral("清点")},
                        lastWeeks,
                        0};
        out << Proposal{last,
                        month,
                        QStringLiteral("归还出借物品"),
                        assets,
                        QStringLiteral("总务"),
                        {QStringLiteral("归还")},
                        lastWeeks,
                        0};
    }
    return out;
}

} // namespace

QString safetyTheme(int month) {
    // The plan's chapter 四 (二) 4: one theme a month from September to January.
    static const QMap<int, QString> themes{
        {9, QStringLiteral("开学安全第一课")},     {10, QStringLiteral("食品安全")},
        {11, QStringLiteral("消防安全")},          {12, QStringLiteral("交通安全“一盔一带”")},
        {1, QStringLiteral("居家安全、假期安全")},
    };
    return themes.value(month);
}

QList<Record> proposeRecurring(const Semester& s, const QList<Record>& existing) {
    QList<Record> out;
    if (!s.isValid())
        return out;
    QList<Proposal> proposals = cadences(s);
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const Proposal& a, const Proposal& b) { return a.week < b.week; });
    for (const Proposal& p : proposals) {
        if (covered(p, existing))
            continue;
        Record r;
        r.set(tf::kMonth, qint64(p.month));
        r.set(tf::kWeek, qint64(p.week));
        r.set(tf::kTitle, p.title);
        r.set(tf::kCategory, p.category);
        r.set(tf::kOwner, p.owner);
        r.set(tf::kStatus, taskstatus::kNotStarted);
        placeInSemester(r, s);
        out << r;
    }
    return out;
}

} // namespace houqin::plan
