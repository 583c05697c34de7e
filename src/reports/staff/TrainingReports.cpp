#include "TrainingReports.h"

#include "../RecordCells.h"
#include "../SheetParts.h"
#include "domain/ValueFormat.h"
#include "domain/staff/StaffKind.h"
#include "domain/staff/TrainingKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QCoreApplication>
#include <QMap>

namespace houqin::reports::staff {

namespace t = houqin::staff::training;
using houqin::staff::appraisalsKind;
using houqin::staff::examsKind;
using houqin::staff::staffKind;
using houqin::staff::trainingSessionsKind;

namespace {

bool hasPeriod(const Period& p) {
    return p.kind != Period::Kind::None && p.from.isValid() && p.to.isValid();
}

Error usage(const QString& message, const char* where) {
    return Error::make(Error::Code::Usage, message, QString::fromLatin1(where));
}

Result<QList<Record>> recordsIn(Database& db, const RecordKind& kind, QDate from, QDate to) {
    ListQuery q;
    q.from = from;
    q.to = to;
    q.sortField = kind.dateField;
    q.sortDescending = false;
    auto list = RecordRepository(db, kind).list(q);
    if (!list)
        return list.error();
    // Lists leave lines out: read each record whole.
    QList<Record> out;
    for (const Record& r : *list) {
        auto whole = RecordRepository(db, kind).get(r.id);
        if (!whole)
            return whole.error();
        out << *whole;
    }
    return out;
}

// The active staff, by name.
Result<QList<Record>> activeStaff(Database& db) {
    ListQuery q;
    q.filter = staffKind().pickerFilter;
    q.sortField = staffKind().titleField;
    q.sortDescending = false;
    return RecordRepository(db, staffKind()).list(q);
}

QString display(const RecordKind& kind, const QString& key, const QVariant& value) {
    const FieldDef* f = kind.anyField(key);
    return f ? valuefmt::display(*f, value) : value.toString();
}

QString postOf(const QList<Record>& staff, const QString& name) {
    for (const Record& r : staff)
        if (r.value(QStringLiteral("name")).toString() == name)
            return display(staffKind(), QStringLiteral("post"), r.value(QStringLiteral("post")));
    return {};
}

TableDocument document(Database& db, const QString& title) {
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    doc.title = title;
    return doc;
}

void signInColumns(TableDocument& doc) {
    //: zh_CN "序号" / "姓名" / "岗位" / "签到" / "备注"
    doc.columns = {{QCoreApplication::translate("Reports", "No."), 1, Qt::AlignCenter},
                   {QCoreApplication::translate("Reports", "Name"), 3},
                   {QCoreApplication::translate("Reports", "Post"), 3},
                   {QCoreApplication::translate("Reports", "Sign-in"), 3, Qt::AlignCenter},
                   {QCoreApplication::translate("Reports", "Note"), 4}};
}

} // namespace

ReportDef trainingAttendanceReport() {
    ReportDef r;
    r.key = QStringLiteral("training-attendance");
    r.kinds = {QStringLiteral("training-sessions")};
    //: zh_CN "业务学习签到表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Study session sign-in sheet");
    r.period = Period::Kind::Day;
    r.build = buildTrainingAttendance;
    r.buildBlank = buildTrainingAttendanceBlank;
    return r;
}

Result<TableDocument> buildTrainingAttendance(Database& db, const Period& period) {
    if (!hasPeriod(period))
        return usage(QCoreApplication::translate(
                         "Reports", "The sign-in sheet needs the session's date, such as 2026-11-16."),
                     "buildTrainingAttendance");
    const auto sessions = recordsIn(db, trainingSessionsKind(), period.from, period.to);
    if (!sessions)
        return sessions.error();
    const auto staff = activeStaff(db);
    if (!staff)
        return staff.error();
    TableDocument doc = document(db, QCoreApplication::translate("Reports", "Study session sign-in sheet"));
    doc.subtitleLines << period.label();
    signInColumns(doc);
    if (sessions->isEmpty()) {
        // No session recorded: the day's sheet of the active staff, to sign on paper.
        //: zh_CN "该日没有业务学习记录。"
        doc.footnote = QCoreApplication::translate("Reports", "No session is recorded on that day.");
        int n = 0;
        for (const Record& r : *staff)
            doc.rows << QStringList{
                QString::number(++n), r.value(QStringLiteral("name")).toString(),
                display(staffKind(), QStringLiteral("post"), r.value(QStringLiteral("post"))), QString(),
                QString()};
    }
    const RecordKind& lines = *trainingSessionsKind().lines;
    for (const Record& s : *sessions) {
        // A heading row per session: kind, topic, presenter.
        doc.rows << QStringList{QString(),
                                display(trainingSessionsKind(), t::kDate, s.value(t::kDate)) +
                                    QLatin1Char(' ') +
                                    display(trainingSessionsKind(), t::kKind, s.value(t::kKind)),
                                s.value(t::kTopic).toString(), s.value(t::kPresenter).toString(), QString()};
        int n = 0;
        for (const Record& line : s.lines) {
            const QString person = line.value(t::kPerson).toString();
            doc.rows << QStringList{QString::number(++n), person, postOf(*staff, person),
                                    display(lines, t::kAttendance, line.value(t::kAttendance)),
                                    line.value(QStringLiteral("note")).toString()};
        }
    }
    //: zh_CN "主讲人（签字）："
    doc.signatureLines =
        signatureLines({QT_TRANSLATE_NOOP("Reports", "Presenter (signature):")}, Reviewed::No);
    return doc;
}

Result<TableDocument> buildTrainingAttendanceBlank(Database& db, const Period& period) {
    const auto staff = activeStaff(db);
    if (!staff)
        return staff.error();
    TableDocument doc = document(db, QCoreApplication::translate("Reports", "Study session sign-in sheet"));
    //: zh_CN "日期：＿＿＿＿  学习内容：＿＿＿＿＿＿＿＿  主讲人：＿＿＿＿"
    doc.subtitleLines << (hasPeriod(period) ? period.label()
                                            : QCoreApplication::translate("Reports", "Date: ________"))
                      << QCoreApplication::translate("Reports",
                                                     "Topic: ____________________   Presenter: ________");
    signInColumns(doc);
    int n = 0;
    for (const Record& r : *staff)
        doc.rows << QStringList{QString::number(++n), r.value(QStringLiteral("name")).toString(),
                                display(staffKind(), QStringLiteral("post"), r.value(QStringLiteral("post"))),
                                QString(), QString()};
    doc.signatureLines =
        signatureLines({QT_TRANSLATE_NOOP("Reports", "Presenter (signature):")}, Reviewed::No);
    return doc;
}

ReportDef examResultsReport() {
    ReportDef r;
    r.key = QStringLiteral("exam-results");
    r.kinds = {QStringLiteral("exams")};
    //: zh_CN "应知应会理论考试成绩"
    r.label = QT_TRANSLATE_NOOP("Reports", "Exam results");
    r.period = Period::Kind::Month;
    r.build = buildExamResults;
    return r;
}

Result<TableDocument> buildExamResults(Database& db, const Period& period) {
    if (!hasPeriod(period))
        return usage(
            QCoreApplication::translate("Reports", "The exam results need a month, such as 2026-11."),
            "buildExamResults");
    const auto exams = recordsIn(db, examsKind(), period.from, period.to);
    if (!exams)
        return exams.error();
    const auto staff = activeStaff(db);
    if (!staff)
        return staff.error();
    TableDocument doc = document(db, QCoreApplication::translate("Reports", "Exam results"));
    doc.subtitleLines << period.label();
    //: zh_CN "成绩" / "结果"
    doc.columns = {{QCoreApplication::translate("Reports", "No."), 1, Qt::AlignCenter},
                   {QCoreApplication::translate("Reports", "Name"), 3},
                   {QCoreApplication::translate("Reports", "Post"), 3},
                   {QCoreApplication::translate("Reports", "Score"), 2, Qt::AlignRight},
                   {QCoreApplication::translate("Reports", "Result"), 2, Qt::AlignCenter},
                   {QCoreApplication::translate("Reports", "Note"), 4}};
    if (exams->isEmpty())
        //: zh_CN "本月没有考试记录。"
        doc.footnote = QCoreApplication::translate("Reports", "No exam is recorded in that month.");
    const RecordKind& lines = *examsKind().lines;
    const FieldDef* resultField = lines.anyField(t::kResult);
    QStringList summary;
    for (const Record& exam : *exams) {
        const double passMark = exam.value(t::kPassMark).toDouble();
        //: zh_CN "%1 %2（及格分 %3）"
        doc.rows << QStringList{QString(),
                                display(examsKind(), t::kDate, exam.value(t::kDate)),
                                exam.value(t::kSubject).toString(),
                                QCoreApplication::translate("Reports", "pass mark %1")
                                    .arg(display(examsKind(), t::kPassMark, exam.value(t::kPassMark))),
                                QString(),
                                QString()};
        QStringList listed;
        int n = 0, passed = 0, failed = 0, absent = 0;
        auto row = [&](const QString& person, const QVariant& score, const QString& note) {
            const QString result = houqin::staff::examResult(score, passMark);
            passed += result == t::kPass;
            failed += result == t::kFail;
            absent += result == t::kAbsent;
            doc.rows << QStringList{QString::number(++n),
                                    person,
                                    postOf(*staff, person),
                                    display(lines, t::kScore, score),
                                    valuefmt::display(*resultField, result),
                                    note};
        };
        for (const Record& line : exam.lines) {
            listed << line.value(t::kPerson).toString();
            row(listed.last(), line.value(t::kScore), line.value(QStringLiteral("note")).toString());
        }
        // Staff at work who are on no line did not sit it either.
        for (const Record& s : *staff)
            if (const QString name = s.value(QStringLiteral("name")).toString(); !listed.contains(name))
                row(name, QVariant(), QString());
        //: zh_CN "%1：及格 %2 人，不及格 %3 人，缺考 %4 人。"
        summary << QCoreApplication::translate("Reports", "%1: %2 passed, %3 failed, %4 did not sit.")
                       .arg(exam.value(t::kSubject).toString())
                       .arg(passed)
                       .arg(failed)
                       .arg(absent);
    }
    if (!summary.isEmpty())
        doc.footnote = summary.join(QLatin1Char(' '));
    //: zh_CN "阅卷人（签字）："
    doc.signatureLines =
        signatureLines({QT_TRANSLATE_NOOP("Reports", "Marked by (signature):")}, Reviewed::No);
    return doc;
}

ReportDef appraisalMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("appraisal-monthly");
    r.kinds = {QStringLiteral("appraisals")};
    //: zh_CN "后勤人员月考核汇总"
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly appraisal summary");
    r.period = Period::Kind::Month;
    r.build = buildAppraisalMonthly;
    return r;
}

Result<TableDocument> buildAppraisalMonthly(Database& db, const Period& period) {
    if (!hasPeriod(period))
        return usage(
            QCoreApplication::translate("Reports", "The appraisal summary needs a month, such as 2026-11."),
            "buildAppraisalMonthly");
    const auto appraisals = recordsIn(db, appraisalsKind(), period.from, period.to);
    if (!appraisals)
        return appraisals.error();
    const auto staff = activeStaff(db);
    if (!staff)
        return staff.error();
    // The items as the month's appraisals have them (the rubric of their time), else the settings'.
    QStringList items;
    for (const Record& a : *appraisals)
        for (const Record& line : a.lines)
            if (!items.contains(line.value(t::kItem).toString()))
                items << line.value(t::kItem).toString();
    if (items.isEmpty())
        for (const RubricItem& item : db.settings().appraisalRubric)
            items << item.name;

    TableDocument doc = document(db, QCoreApplication::translate("Reports", "Monthly appraisal summary"));
    doc.subtitleLines << period.label();
    doc.orientation = items.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait;
    doc.columns = {{QCoreApplication::translate("Reports", "No."), 1, Qt::AlignCenter},
                   {QCoreApplication::translate("Reports", "Name"), 3},
                   {QCoreApplication::translate("Reports", "Post"), 3}};
    for (const QString& item : items)
        doc.columns << TableDocument::Column{item, 2, Qt::AlignRight};
    //: zh_CN "总分" / "等级"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Total"), 2, Qt::AlignRight}
                << TableDocument::Column{QCoreApplication::translate("Reports", "Grade"), 2, Qt::AlignCenter};
    const RuleContext ctx = db.ruleContext();
    QStringList done;
    QMap<QString, int> grades;
    int n = 0;
    for (const Record& a : *appraisals) {
        const QString person = a.value(t::kPerson).toString();
        done << person;
        QStringList row{QString::number(++n), person, postOf(*staff, person)};
        for (const QString& item : items) {
            QString cell;
            for (const Record& line : a.lines)
                if (line.value(t::kItem).toString() == item)
                    cell = display(*appraisalsKind().lines, t::kScore, line.value(t::kScore));
            row << cell;
        }
        const QVariantMap derived = deriveValues(appraisalsKind(), a, ctx);
        row << display(appraisalsKind(), t::kTotal, derived.value(t::kTotal))
            << display(appraisalsKind(), t::kGrade, derived.value(t::kGrade));
        ++grades[derived.value(t::kGrade).toString()];
        doc.rows << row;
    }
    //: zh_CN "未考核"
    const QString missing = QCoreApplication::translate("Reports", "Not appraised");
    int notDone = 0;
    for (const Record& s : *staff) {
        const QString name = s.value(QStringLiteral("name")).toString();
        if (done.contains(name))
            continue;
        ++notDone;
        QStringList row{QString::number(++n), name,
                        display(staffKind(), QStringLiteral("post"), s.value(QStringLiteral("post")))};
        for (qsizetype i = 0; i < items.size(); ++i)
            row << QString();
        row << QString() << missing;
        doc.rows << row;
    }
    const FieldDef* grade = appraisalsKind().anyField(t::kGrade);
    QStringList counts;
    for (const ChoiceDef& c : grade->choices)
        counts << QStringLiteral("%1 %2").arg(c.label ? trLabel(c.label) : c.key).arg(grades.value(c.key));
    //: zh_CN "未考核 %1"
    counts << QCoreApplication::translate("Reports", "not appraised %1").arg(notDone);
    doc.footnote = counts.join(QStringLiteral("  "));
    //: zh_CN "月考核反馈小结会小结：" / "考核人（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Summary of the feedback meeting:")
                       << QString() << QString() << QString()
                       << QCoreApplication::translate("Reports", "Appraised by (signature):");
    return doc;
}

ReportDef trainingSemesterReport() {
    ReportDef r;
    r.key = QStringLiteral("training-semester");
    r.kinds = {QStringLiteral("training-sessions"), QStringLiteral("exams"), QStringLiteral("appraisals")};
    //: zh_CN "业务学习与技能培训学期统计"
    r.label = QT_TRANSLATE_NOOP("Reports", "Semester study and training record");
    r.period = Period::Kind::None;
    r.build = buildTrainingSemester;
    return r;
}

Result<TableDocument> buildTrainingSemester(Database& db, const Period& period) {
    houqin::plan::SemesterService semesters(db);
    auto found = period.from.isValid() ? semesters.containing(period.from) : semesters.current();
    if (!found)
        return found.error();
    if (!found->has_value())
        return usage(period.from.isValid()
                         ? QCoreApplication::translate("Reports", "No semester holds %1.")
                               .arg(period.from.toString(Qt::ISODate))
                         : QCoreApplication::translate(
                               "Reports",
                               "No semester is current. Create one with \"houqin semester new\", or give "
                               "--date to print the semester holding it."),
                     "buildTrainingSemester");
    const houqin::plan::Semester s = **found;
    const QDate end = s.end.isValid() ? s.end : s.start.addDays(7 * 20 - 1);
    const auto sessions = recordsIn(db, trainingSessionsKind(), s.start, end);
    if (!sessions)
        return sessions.error();
    TableDocument doc =
        document(db, QCoreApplication::translate("Reports", "Semester study and training record"));
    //: zh_CN "%1（%2 至 %3）"
    doc.subtitleLines << QCoreApplication::translate("Reports", "%1 (%2 to %3)")
                             .arg(s.name, s.start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    //: zh_CN "要求" / "时段" / "已开展" / "情况"
    doc.columns = {{QCoreApplication::translate("Reports", "Kind"), 3},
                   {QCoreApplication::translate("Reports", "Window"), 4},
                   {QCoreApplication::translate("Reports", "Sessions held"), 8},
                   {QCoreApplication::translate("Reports", "Status"), 2, Qt::AlignCenter}};
    const QDate today = db.now().date();
    //: zh_CN "缺" / "已开展" / "未到"
    const QString absentMark = QCoreApplication::translate("Reports", "Missing"),
                  heldMark = QCoreApplication::translate("Reports", "Held"),
                  futureMark = QCoreApplication::translate("Reports", "To come");
    int missing = 0;
    auto windows = [&](const QString& kindKey, int days, bool months) {
        const QString kindLabel = display(trainingSessionsKind(), t::kKind, kindKey);
        QDate from = s.start;
        while (from <= end) {
            QDate to = months ? from.addMonths(2).addDays(-1) : from.addDays(days - 1);
            if (to > end)
                to = end;
            QStringList held;
            for (const Record& r : *sessions)
                if (r.value(t::kKind).toString() == kindKey && r.value(t::kDate).toDate() >= from &&
                    r.value(t::kDate).toDate() <= to)
                    held << display(trainingSessionsKind(), t::kDate, r.value(t::kDate)) + QLatin1Char(' ') +
                                r.value(t::kTopic).toString();
            QString status = heldMark;
            if (held.isEmpty()) {
                status = from > today ? futureMark : (to >= today ? QString() : absentMark);
                missing += status == absentMark;
            }
            doc.rows << QStringList{kindLabel,
                                    from.toString(QStringLiteral("MM-dd")) + QStringLiteral(" – ") +
                                        to.toString(QStringLiteral("MM-dd")),
                                    held.join(QStringLiteral("；")), status};
            from = to.addDays(1);
        }
    };
    windows(t::kTheory, 14, false);
    windows(t::kCanteenTheory, 14, false);
    windows(t::kSkills, 0, true);
    //: zh_CN "按要求：理论学习、食堂理论学习每两周一次，技能培训每两月一次。缺 %1 次。"
    doc.footnote =
        QCoreApplication::translate(
            "Reports",
            "Cadence: theory and canteen theory every two weeks, skills training every two months. "
            "%1 missing.")
            .arg(missing);
    return doc;
}

} // namespace houqin::reports::staff
