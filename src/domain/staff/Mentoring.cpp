#include "Mentoring.h"

#include "../DateConditions.h"

#include <QCoreApplication>

namespace houqin::staff {

namespace mt = mentoring;
using Op = Condition::Op;

namespace {

Condition today(const QString& field, Op op) {
    return relativeToToday(field, op, [](const RuleContext&) { return 0; });
}

std::shared_ptr<const RecordKind> reviewLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("mentor-reviews");
    k->table = QStringLiteral("mentor_reviews");
    k->label = QT_TRANSLATE_NOOP("Fields", "Monthly reviews");
    k->fields = {
        field::text(mt::kMonth, QT_TRANSLATE_NOOP("Fields", "Month"))
            .req()
            .maxLen(7)
            .matches(QStringLiteral(R"(\d{4}-(0[1-9]|1[0-2]))"),
                     QT_TRANSLATE_NOOP("Fields", "a month as year-month, e.g. 2026-11")),
        field::text(mt::kNote, QT_TRANSLATE_NOOP("Fields", "Review")).req().maxLen(500),
        field::person(mt::kReviewer, QT_TRANSLATE_NOOP("Fields", "Reviewer"))
            .suggest(QStringLiteral("staff"), QStringLiteral("name")),
    };
    k->titleField = mt::kMonth;
    return k;
}

void pairRules(const Record& r, const RuleContext&, Issues& out) {
    if (!r.isEmpty(mt::kMentor) &&
        r.value(mt::kMentor).toString().trimmed() == r.value(mt::kApprentice).toString().trimmed())
        out << Issue::error(
            mt::kApprentice,
            //: zh_CN "徒弟和师傅不能是同一个人。"
            QCoreApplication::translate("Mentoring", "The apprentice cannot be their own mentor."));
    const QDate start = r.value(mt::kStart).toDate(), end = r.value(mt::kEnd).toDate();
    if (start.isValid() && end.isValid() && end < start)
        out << Issue::error(
            mt::kEnd,
            //: zh_CN "结束日期（%1）不能早于开始日期（%2）。"
            QCoreApplication::translate("Mentoring", "The end (%1) cannot be before the start (%2).")
                .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    QStringList months;
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        const QString month = r.lines.at(i).value(mt::kMonth).toString();
        if (months.contains(month))
            out << Issue::error(
                lineIssueField(i, mt::kMonth),
                //: zh_CN "%1 的小结已经写过了。"
                QCoreApplication::translate("Mentoring", "%1 has a review already.").arg(month));
        months << month;
    }
}

RecordKind declarePairs() {
    RecordKind k;
    k.key = QStringLiteral("mentor-pairs");
    k.table = QStringLiteral("mentor_pairs");
    k.label = QT_TRANSLATE_NOOP("Fields", "Mentor pairs");
    k.fields = {
        field::person(mt::kMentor, QT_TRANSLATE_NOOP("Fields", "Mentor"))
            .req()
            .suggest(QStringLiteral("staff"), QStringLiteral("name")),
        field::person(mt::kApprentice, QT_TRANSLATE_NOOP("Fields", "Apprentice"))
            .req()
            .suggest(QStringLiteral("staff"), QStringLiteral("name")),
        field::date(mt::kStart, QT_TRANSLATE_NOOP("Fields", "Start")).req(),
        field::longText(mt::kGoals, QT_TRANSLATE_NOOP("Fields", "Goals")).maxLen(1000),
        field::date(mt::kEnd, QT_TRANSLATE_NOOP("Fields", "End")),
    };
    k.lines = reviewLines();
    k.linesParentColumn = QStringLiteral("pair_id");
    k.listColumns = {mt::kMentor, mt::kApprentice, mt::kStart, mt::kEnd, mt::kGoals};
    k.dateField = mt::kStart;
    k.defaultSort = mt::kStart;
    k.titleField = mt::kApprentice;
    k.searchFields = {mt::kMentor, mt::kApprentice, mt::kGoals};
    k.rules = pairRules;
    // Active today: started, and not yet ended (the end day itself still counts).
    const Condition started = today(mt::kStart, Op::Le);
    const Condition notEnded = Condition::anyOf({{mt::kEnd, Op::IsNull}, today(mt::kEnd, Op::Ge)});
    auto review = std::make_shared<RelatedQuery>();
    review->kindKey = k.key;
    review->lines = true;
    review->conditions = {{mt::kMonth, Op::Eq, [](const RuleContext& c) {
                               return QVariant(c.now.date().toString(QStringLiteral("yyyy-MM")));
                           }}};
    k.filters = {
        {mt::kActiveFilter, QT_TRANSLATE_NOOP("Fields", "Active pairs"), {started, notEnded}},
        {mt::kWithoutReviewFilter,
         QT_TRANSLATE_NOOP("Fields", "Without this month's review"),
         {started, notEnded, {Op::NotExists, review}}},
    };
    return k;
}

RecordKind declareCompetitions() {
    RecordKind k;
    k.key = QStringLiteral("competitions");
    k.table = QStringLiteral("competitions");
    k.label = QT_TRANSLATE_NOOP("Fields", "Skills competitions");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("Fields", "Title")).req().maxLen(100),
        field::text(QStringLiteral("participants"), QT_TRANSLATE_NOOP("Fields", "Participants"))
            .req()
            .maxLen(500),
        field::longText(QStringLiteral("result"), QT_TRANSLATE_NOOP("Fields", "Placing or prize"))
            .maxLen(1000),
    };
    k.listColumns = {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("participants"),
                     QStringLiteral("result")};
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("title");
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("date"), c.now.date());
    };
    return k;
}

RecordKind declareAwards() {
    RecordKind k;
    k.key = QStringLiteral("awards");
    k.table = QStringLiteral("awards");
    k.label = QT_TRANSLATE_NOOP("Fields", "Awards");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("Fields", "Title")).req().maxLen(100).carry(),
        field::person(QStringLiteral("winner"), QT_TRANSLATE_NOOP("Fields", "Winner"))
            .req()
            .suggest(QStringLiteral("staff"), QStringLiteral("name")),
        field::text(QStringLiteral("result"), QT_TRANSLATE_NOOP("Fields", "Placing or prize")).maxLen(200),
    };
    k.listColumns = {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("winner"),
                     QStringLiteral("result")};
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("title");
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(QStringLiteral("date"), c.now.date());
    };
    return k;
}

} // namespace

const RecordKind& mentorPairsKind() {
    static const RecordKind k = declarePairs();
    return k;
}

const RecordKind& competitionsKind() {
    static const RecordKind k = declareCompetitions();
    return k;
}

const RecordKind& awardsKind() {
    static const RecordKind k = declareAwards();
    return k;
}

} // namespace houqin::staff
