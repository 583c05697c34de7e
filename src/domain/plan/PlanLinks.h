#pragma once

#include "../RecordKind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace houqin::plan {

// "The plan becomes a live checklist": recording a study session, an exam, the month's appraisals or a
// safety-education activity offers to mark the matching task of the semester plan done, and the task
// links to the record that did it.
//
// A rule names a kind and the plan tasks a record of it completes: open tasks of a category whose title
// holds one of the rule's words, filed under the record's month. The words are the plan's own (业务学习,
// 理论考试, 月考核, 安全教育…), so the rules belong to the plan module rather than to each kind.
struct PlanLinkRule {
    QString kindKey;
    QString category; // a taskcategory key
    // The words a matching task's title holds (any of them), for this record; none = the record does not
    // complete a plan task (a skills session when the rule is for study sessions).
    std::function<QStringList(const Record&)> titleWords;
    // The task is done by a whole month of these records, not by one (the appraisals of every person):
    // the screen that enters the month asks once it is complete, a single record's form never does.
    bool wholeMonth = false;
};

const QList<PlanLinkRule>& planLinkRules();
const PlanLinkRule* planLinkRule(const QString& kindKey);

// The task's reference to the record: "kind/id", the form a hazard's source takes too.
QString recordLink(const QString& kindKey, qint64 id);
// The tasks among `tasks` (plan-tasks records) that a record of the rule's kind dated `day` completes: open
// (not closed), of the rule's category, with one of the words in the title, and either of day's week or
// filed under day's month and due within a month of day (so not last year's). Ordered: the task of day's
// week first, then by week.
QList<Record> matchingTasks(const PlanLinkRule& rule, const Record& record, QDate day,
                            const QList<Record>& tasks);
// The task marked done by `record` (of kind `kind`, described as `what`) on `day`: status done, done_on,
// the record's link appended to the task's links, and `what` as the outcome if it has none.
Record completedBy(const Record& task, const QString& kindKey, qint64 recordId, const QString& what,
                   QDate day);

} // namespace houqin::plan
