#pragma once

#include "../RecordKind.h"
#include "../Result.h"
#include "Semesters.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace houqin::plan {

// The plan template: the scheduled tasks of the work plan's chapter 五, as a tab-separated text file
// compiled into the binary (resources/plan/template.tsv, resource ":/plan/template.tsv"). Its header
// comment describes the columns: month, week (number or 开学前), no, category, owner, title.
struct TemplateTask {
    int month = 0;    // 1..12
    int week = 0;     // 0 = before term
    int number = 0;   // the item's number in the plan's month; 0 when the file leaves it empty
    QString category; // a category choice key of plan-tasks
    QString owner;
    QString title;
    int line = 0; // in the file, for messages
};

inline const QString kTemplateResource = QStringLiteral(":/plan/template.tsv");

// Parses a template file (UTF-8, with or without BOM). Every bad line is reported (Error::Code::Validation,
// one issue per problem, field "line N"); nothing is returned then.
Result<QList<TemplateTask>> parseTemplate(const QByteArray& tsv);
// The template shipped in the binary.
Result<QList<TemplateTask>> builtinTemplate();

// New, unsaved plan tasks of semester s from the template, in the template's order: weeks kept, months kept
// where they fit the week in s's calendar (else the month the week falls in), status not started. A week
// after s's last week moves to the last week.
QList<Record> tasksFromTemplate(const QList<TemplateTask>& tasks, const Semester& s);
// New, unsaved copies of an earlier semester's tasks for semester s: title, category, owner and week kept,
// months mapped as above, status not started, done-on, outcome and link cleared. Cancelled tasks are left
// out: they are no longer part of the plan.
QList<Record> copyTasksTo(const QList<Record>& tasks, const Semester& s);

} // namespace houqin::plan
