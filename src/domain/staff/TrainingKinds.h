#pragma once

#include "../Attention.h"
#include "../RecordKind.h"

#include <optional>

// 队伍建设: study and skills sessions with their attendance, the monthly exam (应知应会理论考试) with its
// scores, and the monthly appraisal (月考核) with one line per rubric item. The rules are here as functions
// so that reports and the appraisal month screen use the very same ones.
namespace houqin::staff {

const RecordKind& trainingSessionsKind();
const RecordKind& examsKind();
const RecordKind& appraisalsKind();
// The module's dashboard items.
const QList<AttentionItem>& attentionItems();

namespace training {
inline const QString kDate = QStringLiteral("date");
inline const QString kKind = QStringLiteral("kind"); // theory, skills, canteen-theory
inline const QString kTopic = QStringLiteral("topic");
inline const QString kPresenter = QStringLiteral("presenter");
inline const QString kPerson = QStringLiteral("person");
inline const QString kAttendance = QStringLiteral("attendance"); // present, leave, absent
inline const QString kTheory = QStringLiteral("theory");
inline const QString kSkills = QStringLiteral("skills");
inline const QString kCanteenTheory = QStringLiteral("canteen-theory");
inline const QString kPresent = QStringLiteral("present");

inline const QString kMonth = QStringLiteral("month"); // the first day of the month
inline const QString kSubject = QStringLiteral("subject");
inline const QString kPassMark = QStringLiteral("pass_mark");
inline const QString kScore = QStringLiteral("score");
inline const QString kResult = QStringLiteral("result"); // pass, fail, absent
inline const QString kPass = QStringLiteral("pass");
inline const QString kFail = QStringLiteral("fail");
inline const QString kAbsent = QStringLiteral("absent");

inline const QString kItem = QStringLiteral("item");
inline const QString kWeight = QStringLiteral("weight");
inline const QString kTotal = QStringLiteral("total");
inline const QString kGrade = QStringLiteral("grade"); // excellent, good, pass, fail
inline const QString kFeedback = QStringLiteral("feedback");
} // namespace training

// The plan's study and skills topics, offered when a session is entered.
QStringList planTopics();

// pass at or above the pass mark, fail below it, absent without a score. Compared in tenths of a point,
// the precision scores are entered in, so 59.9 fails and 60.0 passes a pass mark of 60.
QString examResult(const QVariant& score, double passMark);
// The weighted total of an appraisal's lines to one decimal (sum of score × weight over the sum of weights);
// nothing while a line has no score.
std::optional<double> weightedTotal(const QList<Record>& lines);
// excellent / good / pass / fail by the settings' lower limits; a total equal to a limit takes the higher
// grade.
QString gradeOf(double total, const KindergartenSettings& settings);
// The first day of day's month.
QDate firstOfMonth(QDate day);
// The active staff's names, by name, through the context (empty when it cannot read records).
QStringList activeStaff(const RuleContext& ctx);
// The appraisal lines of the settings' rubric, without scores.
QList<Record> rubricLines(const KindergartenSettings& settings);

} // namespace houqin::staff
