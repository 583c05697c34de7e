#include "Patrols.h"

#include "../DateConditions.h"

#include <QCoreApplication>

namespace houqin::staff {

namespace pt = patrol;
using Op = Condition::Op;

namespace {

Condition equals(const QString& field, const QString& value) {
    return {field, Op::Eq, [value](const RuleContext&) { return QVariant(value); }};
}

std::shared_ptr<const RecordKind> findingLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("patrol-findings");
    k->table = QStringLiteral("patrol_findings");
    k->label = QT_TRANSLATE_NOOP("Fields", "Findings");
    k->fields = {
        field::choice(pt::kFinding, QT_TRANSLATE_NOOP("Fields", "Problem or merit"),
                      {
                          {pt::kProblem,
                           QT_TRANSLATE_NOOP("Fields", "Problem"),
                           {QStringLiteral("问题"), QStringLiteral("×")}},
                          {pt::kMerit,
                           QT_TRANSLATE_NOOP("Fields", "Merit"),
                           {QStringLiteral("优点"), QStringLiteral("√")}},
                      })
            .req()
            .def(pt::kProblem),
        field::text(pt::kArea, QT_TRANSLATE_NOOP("Fields", "Area")).req().maxLen(50),
        field::text(pt::kNote, QT_TRANSLATE_NOOP("Fields", "What was found")).req().maxLen(300),
        field::integer(pt::kHazardId, QT_TRANSLATE_NOOP("Fields", "Hazard no.")).range(1, std::nullopt),
    };
    k->titleField = pt::kNote;
    k->photos = true; // what was seen, per finding; copied onto the hazard a problem opens
    // A problem opens a hazard (storage/safety/LineHazards); a merit is praise, kept on the sheet.
    k->opensHazard = [](const Record& line) { return line.value(pt::kFinding).toString() == pt::kProblem; };
    return k;
}

int problemCount(const Record& r) {
    int n = 0;
    for (const Record& line : r.lines)
        n += line.value(pt::kFinding).toString() == pt::kProblem;
    return n;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("patrols");
    k.table = QStringLiteral("patrols");
    k.label = QT_TRANSLATE_NOOP("Fields", "Daily walk-throughs");
    k.fields = {
        field::date(pt::kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(pt::kRound, QT_TRANSLATE_NOOP("Fields", "Round"),
                      {
                          {pt::roundKey(1),
                           QT_TRANSLATE_NOOP("Fields", "First round"),
                           {QStringLiteral("第一巡"), QStringLiteral("一巡"), QStringLiteral("first")}},
                          {pt::roundKey(2),
                           QT_TRANSLATE_NOOP("Fields", "Second round"),
                           {QStringLiteral("第二巡"), QStringLiteral("二巡"), QStringLiteral("second")}},
                          {pt::roundKey(3),
                           QT_TRANSLATE_NOOP("Fields", "Third round"),
                           {QStringLiteral("第三巡"), QStringLiteral("三巡"), QStringLiteral("third")}},
                      })
            .req(),
        field::person(pt::kAdministrator, QT_TRANSLATE_NOOP("Fields", "Administrator"))
            .req()
            .carry()
            .suggest(QStringLiteral("staff"), QStringLiteral("name")),
        field::campus(pt::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::text(pt::kAreas, QT_TRANSLATE_NOOP("Fields", "Areas walked through"))
            .req()
            .maxLen(100)
            .def(QStringLiteral("校园、教室、食堂"))
            .carry(),
        field::longText(pt::kNotes, QT_TRANSLATE_NOOP("Fields", "Discussed with / follow-up")).maxLen(1000),
    };
    k.derived = {{field::integer(pt::kProblems, QT_TRANSLATE_NOOP("Fields", "Problems")),
                  [](const Record& r, const RuleContext&) { return QVariant(problemCount(r)); }}};
    k.lines = findingLines();
    k.linesParentColumn = QStringLiteral("patrol_id");
    k.photos = true;
    k.listColumns = {pt::kDate,  pt::kRound,    pt::kAdministrator, pt::kCampus,
                     pt::kAreas, pt::kProblems, pt::kNotes};
    k.dateField = pt::kDate;
    k.defaultSort = pt::kDate;
    k.titleField = pt::kDate;
    k.searchFields = {pt::kAdministrator, pt::kAreas, pt::kNotes};
    auto problems = std::make_shared<RelatedQuery>();
    problems->kindKey = k.key;
    problems->lines = true;
    problems->conditions = {equals(pt::kFinding, pt::kProblem)};
    auto open = std::make_shared<RelatedQuery>(*problems);
    open->conditions << Condition{pt::kHazardId, Op::IsNull};
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(pt::kDate)}},
        {QStringLiteral("with-problems"),
         QT_TRANSLATE_NOOP("Fields", "With problems"),
         {{Op::Exists, problems}}},
        {QStringLiteral("problems-without-hazard"),
         QT_TRANSLATE_NOOP("Fields", "Problems not yet registered as hazards"),
         {{Op::Exists, open}}},
    };
    k.constraints = {
        {QStringLiteral("UNIQUE constraint failed: patrols.administrator, patrols.date, patrols.round"),
         pt::kRound,
         //: zh_CN "该行政当天的这一巡已经记录过了。"
         QT_TRANSLATE_NOOP("Constraints", "This administrator has already recorded this round on this day.")},
    };
    // The day's sheet is filled round by round: a new patrol is today's, by the last one's administrator
    // (carried over), for the first round that administrator has not recorded today.
    k.prefill = [key = k.key](Record& r, const Record*, const RuleContext& c) {
        const QDate today = c.now.date();
        r.set(pt::kDate, today);
        if (!c.findRecords || r.isEmpty(pt::kAdministrator))
            return;
        QStringList recorded;
        for (const Record& p : c.findRecords(key, pt::kDate, today, pt::kRound))
            if (p.value(pt::kAdministrator).toString() == r.value(pt::kAdministrator).toString())
                recorded << p.value(pt::kRound).toString();
        if (const int next = nextRound(recorded); next > 0)
            r.set(pt::kRound, pt::roundKey(next));
    };
    return k;
}

} // namespace

const RecordKind& patrolsKind() {
    static const RecordKind k = declare();
    return k;
}

int nextRound(const QStringList& recordedRounds) {
    for (int round = 1; round <= pt::kRounds; ++round)
        if (!recordedRounds.contains(pt::roundKey(round)))
            return round;
    return 0;
}

QString withoutRoundFilterKey(int round) {
    return QStringLiteral("without-patrol-round-%1").arg(round);
}

QList<FilterDef> patrolStaffFilters() {
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("Fields", "Administrators without today's first round"),
        QT_TRANSLATE_NOOP("Fields", "Administrators without today's second round"),
        QT_TRANSLATE_NOOP("Fields", "Administrators without today's third round"),
    };
    QList<FilterDef> out;
    for (int round = 1; round <= pt::kRounds; ++round) {
        auto q = std::make_shared<RelatedQuery>();
        q->kindKey = patrolsKind().key;
        q->links = {{pt::kAdministrator, QStringLiteral("name")}};
        q->conditions = {isToday(pt::kDate), equals(pt::kRound, pt::roundKey(round))};
        out << FilterDef{withoutRoundFilterKey(round),
                         labels[round - 1],
                         {equals(QStringLiteral("post"), QStringLiteral("administrator")),
                          equals(QStringLiteral("status"), QStringLiteral("active")),
                          {Op::NotExists, q}}};
    }
    return out;
}

} // namespace houqin::staff
