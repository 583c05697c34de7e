#include "PlanLinks.h"

#include "PlanTasks.h"

#include <algorithm>

namespace houqin::plan {

namespace tf = taskfield;

namespace {

QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

PlanLinkRule rule(const char* kindKey, const QString& category,
                  std::initializer_list<const char*> titleWords) {
    const QStringList w = words(titleWords);
    return {QLatin1String(kindKey), category, [w](const Record&) { return w; }};
}

} // namespace

const QList<PlanLinkRule>& planLinkRules() {
    static const QList<PlanLinkRule> rules = [] {
        QList<PlanLinkRule> l;
        // 各年龄段开展交通安全教育活动, 上好开学安全第一课, 消防安全月主题活动, 发放假期安全告家长书.
        l << rule("safety-education", taskcategory::kSafety,
                  {"安全教育", "安全第一课", "安全月", "告家长书"});
        // 签订岗位责任书、安全协议.
        l << rule("responsibility-agreements", taskcategory::kSafety, {"责任书", "安全协议"});
        // 安排寒假值班表.
        l << rule("duty-rosters", taskcategory::kSafety, {"值班"});
        // 做好开学安全隐患大排查工作: the before-term inspection only.
        l << PlanLinkRule{QStringLiteral("inspections"), taskcategory::kSafety, [](const Record& r) {
                              return r.value(QStringLiteral("inspection_type")).toString() ==
                                             QStringLiteral("pre-term")
                                         ? words({"隐患大排查", "安全大检查"})
                                         : QStringList();
                          }};
        // 后勤业务学习之…, 后勤技能学习之…: a study session does the study task, a skills session the skills
        // one.
        l << PlanLinkRule{QStringLiteral("training-sessions"), taskcategory::kStaff, [](const Record& r) {
                              return r.value(QStringLiteral("kind")).toString() == QStringLiteral("skills")
                                         ? words({"技能"})
                                         : words({"业务学习", "理论学习"});
                          }};
        // 后勤会议：一月一次理论考试.
        l << rule("exams", taskcategory::kStaff, {"理论考试", "应知应会"});
        // 做好后勤人员月考核工作: done when everyone's appraisal of the month is in.
        PlanLinkRule appraisals = rule("appraisals", taskcategory::kStaff, {"月考核"});
        appraisals.wholeMonth = true;
        l << appraisals;
        // 发放教学、生活用品 (week 1) is done by issuing supplies; 做好开学生活用品的采购工作 (before term)
        // by a purchase request.
        l << rule("requisitions", taskcategory::kAssets, {"发放"});
        l << rule("purchase-requests", taskcategory::kAssets, {"采购"});
        return l;
    }();
    return rules;
}

const PlanLinkRule* planLinkRule(const QString& kindKey) {
    for (const PlanLinkRule& r : planLinkRules())
        if (r.kindKey == kindKey)
            return &r;
    return nullptr;
}

QString recordLink(const QString& kindKey, qint64 id) {
    return kindKey + QLatin1Char('/') + QString::number(id);
}

QList<Record> matchingTasks(const PlanLinkRule& rule, const Record& record, QDate day,
                            const QList<Record>& tasks) {
    QList<Record> out;
    const QStringList titleWords = rule.titleWords ? rule.titleWords(record) : QStringList();
    if (titleWords.isEmpty() || !day.isValid())
        return out;
    const QDate sunday = sundayOf(day);
    for (const Record& t : tasks) {
        if (isClosed(t) || t.value(tf::kCategory).toString() != rule.category)
            continue;
        // The task of the record's week, whichever month the plan files it under (week 13 under
        // December), or a task filed under the record's month and due within a month of it.
        const QDate due = t.value(tf::kDueDate).toDate();
        const bool sameWeek = due == sunday;
        const bool sameMonth =
            t.value(tf::kMonth).toInt() == day.month() && due.isValid() && qAbs(due.daysTo(day)) <= 31;
        if (!sameWeek && !sameMonth)
            continue;
        const QString title = t.value(tf::kTitle).toString();
        if (std::any_of(titleWords.cbegin(), titleWords.cend(),
                        [&](const QString& w) { return title.contains(w); }))
            out << t;
    }
    std::stable_sort(out.begin(), out.end(), [&](const Record& a, const Record& b) {
        const bool aThisWeek = a.value(tf::kDueDate).toDate() == sunday;
        const bool bThisWeek = b.value(tf::kDueDate).toDate() == sunday;
        if (aThisWeek != bThisWeek)
            return aThisWeek;
        return a.value(tf::kWeek).toInt() < b.value(tf::kWeek).toInt();
    });
    return out;
}

Record completedBy(const Record& task, const QString& kindKey, qint64 recordId, const QString& what,
                   QDate day) {
    Record t = task;
    t.set(tf::kStatus, taskstatus::kDone);
    t.set(tf::kDoneOn, day);
    const QString link = recordLink(kindKey, recordId);
    QStringList links = t.value(tf::kLink).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!links.contains(link))
        links << link;
    t.set(tf::kLink, links.join(QLatin1Char(' ')));
    if (t.isEmpty(tf::kOutcome) && !what.trimmed().isEmpty())
        t.set(tf::kOutcome, what.trimmed());
    return t;
}

} // namespace houqin::plan
