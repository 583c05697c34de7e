#include "PlanTemplate.h"

#include "../ValueFormat.h"
#include "PlanTasks.h"

#include <QCoreApplication>
#include <QFile>

namespace houqin::plan {

namespace tf = taskfield;

namespace {

const QStringList kColumns{QStringLiteral("month"),    QStringLiteral("week"),  QStringLiteral("no"),
                           QStringLiteral("category"), QStringLiteral("owner"), QStringLiteral("title")};

QString lineField(int line) {
    return QStringLiteral("line %1").arg(line);
}

Issue problem(int line, const QString& what) {
    //: A problem on one line of the plan template file: zh_CN "第%1行：%2"
    return Issue::error(lineField(line),
                        QCoreApplication::translate("Plan", "Line %1: %2").arg(line).arg(what));
}

Record fresh(int month, int week, const QString& title, const QString& category, const QString& owner) {
    Record r;
    r.set(tf::kMonth, qint64(month));
    r.set(tf::kWeek, qint64(week));
    r.set(tf::kTitle, title);
    r.set(tf::kCategory, category);
    if (!owner.trimmed().isEmpty())
        r.set(tf::kOwner, owner.trimmed());
    r.set(tf::kStatus, taskstatus::kNotStarted);
    return r;
}

// A week after the semester's last one moves to the last week, so nothing scheduled is lost.
int clampWeek(int week, const Semester& s) {
    const int last = s.weekCount();
    return last > 0 ? qMin(week, last) : week;
}

} // namespace

Result<QList<TemplateTask>> parseTemplate(const QByteArray& tsv) {
    QString text = QString::fromUtf8(tsv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const FieldDef& category = *planTasksKind().field(tf::kCategory);
    QList<TemplateTask> out;
    Issues issues;
    bool headerSeen = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (!headerSeen) {
            headerSeen = true;
            QStringList header;
            for (const QString& c : cells)
                header << c.trimmed().toLower();
            if (header != kColumns)
                issues << problem(lineNo, QCoreApplication::translate(
                                              "Plan", "the header must be the columns %1, separated by tabs.")
                                              .arg(kColumns.join(QStringLiteral(", "))));
            continue;
        }
        if (cells.size() != kColumns.size()) {
            issues << problem(lineNo, QCoreApplication::translate(
                                          "Plan", "%1 columns separated by tabs are needed; found %2.")
                                          .arg(kColumns.size())
                                          .arg(cells.size()));
            continue;
        }
        TemplateTask t;
        t.line = lineNo;
        const std::optional<int> month = SemesterCalendar::parseChineseNumber(cells[0]);
        if (!month || *month < 1 || *month > 12)
            issues << problem(lineNo,
                              QCoreApplication::translate("Plan", "\"%1\" is not a month from 1 to 12.")
                                  .arg(cells[0].trimmed()));
        else
            t.month = *month;
        const std::optional<int> week = SemesterCalendar::parseWeek(cells[1]);
        if (!week || *week > kMaxWeeks)
            issues << problem(lineNo, QCoreApplication::translate(
                                          "Plan", "\"%1\" is not a teaching week (1 to %2, or 开学前).")
                                          .arg(cells[1].trimmed())
                                          .arg(kMaxWeeks));
        else
            t.week = *week;
        if (!cells[2].trimmed().isEmpty()) {
            bool ok = false;
            t.number = valuefmt::normalise(cells[2]).toInt(&ok);
            if (!ok || t.number < 1)
                issues << problem(lineNo, QCoreApplication::translate("Plan", "\"%1\" is not an item number.")
                                              .arg(cells[2].trimmed()));
        }
        const valuefmt::Parsed cat = valuefmt::parse(category, cells[3]);
        if (!cat.ok() || cat.value.isNull())
            issues << problem(lineNo, cat.ok()
                                          ? QCoreApplication::translate("Plan", "the category is missing.")
                                          : cat.error);
        else
            t.category = cat.value.toString();
        t.owner = cells[4].trimmed();
        t.title = cells[5].trimmed();
        if (t.title.isEmpty())
            issues << problem(lineNo, QCoreApplication::translate("Plan", "the task is missing."));
        out << t;
    }
    if (!headerSeen)
        issues << problem(1,
                          QCoreApplication::translate("Plan", "the template holds no header and no tasks."));
    if (!issues.isEmpty())
        return Error::validation(issues);
    return out;
}

Result<QList<TemplateTask>> builtinTemplate() {
    QFile f(kTemplateResource);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("Plan", "The plan template %1 is missing from this build.")
                .arg(kTemplateResource),
            QStringLiteral("plan::builtinTemplate"));
    return parseTemplate(f.readAll());
}

QList<Record> tasksFromTemplate(const QList<TemplateTask>& tasks, const Semester& s) {
    QList<Record> out;
    for (const TemplateTask& t : tasks) {
        Record r = fresh(t.month, clampWeek(t.week, s), t.title, t.category, t.owner);
        placeInSemester(r, s);
        out << r;
    }
    return out;
}

QList<Record> copyTasksTo(const QList<Record>& tasks, const Semester& s) {
    QList<Record> out;
    for (const Record& from : tasks) {
        if (from.value(tf::kStatus).toString() == taskstatus::kCancelled)
            continue;
        Record r =
            fresh(int(from.value(tf::kMonth).toLongLong()),
                  clampWeek(int(from.value(tf::kWeek).toLongLong()), s), from.value(tf::kTitle).toString(),
                  from.value(tf::kCategory).toString(), from.value(tf::kOwner).toString());
        placeInSemester(r, s);
        out << r;
    }
    return out;
}

} // namespace houqin::plan
