#include "Semesters.h"

#include <QCoreApplication>

namespace houqin::plan {

namespace sf = semesterfield;

namespace {

void rules(const Record& r, const RuleContext&, Issues& out) {
    const QDate start = r.value(sf::kStart).toDate(), end = r.value(sf::kEnd).toDate();
    if (end < start) {
        out << Issue::error(
            sf::kEnd, QCoreApplication::translate("Plan", "The semester ends (%1) before it starts (%2).")
                          .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
        return;
    }
    const int weeks = SemesterCalendar(start, end).weekCount();
    if (weeks > kMaxWeeks)
        out << Issue::error(sf::kEnd,
                            QCoreApplication::translate(
                                "Plan", "A semester has at most %1 teaching weeks; %2 to %3 would be %4.")
                                .arg(kMaxWeeks)
                                .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate))
                                .arg(weeks));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("semesters");
    k.table = QStringLiteral("semesters");
    k.label = QT_TRANSLATE_NOOP("Fields", "Semesters");
    k.fields = {
        field::text(sf::kName, QT_TRANSLATE_NOOP("Fields", "Semester")).req().maxLen(50),
        field::date(sf::kStart, QT_TRANSLATE_NOOP("Fields", "Start date")).req(),
        field::date(sf::kEnd, QT_TRANSLATE_NOOP("Fields", "End date")).req(),
        field::boolean(sf::kCurrent, QT_TRANSLATE_NOOP("Fields", "Current semester")).req().def(false),
        field::longText(sf::kNotes, QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {field::integer(QStringLiteral("weeks"), QT_TRANSLATE_NOOP("Fields", "Teaching weeks")),
         [](const Record& r, const RuleContext&) {
             const Semester s = Semester::fromRecord(r);
             return s.start.isValid() && s.end.isValid() ? QVariant(qint64(s.weekCount())) : QVariant();
         }},
    };
    k.listColumns = {sf::kName, sf::kStart, sf::kEnd, QStringLiteral("weeks"), sf::kCurrent};
    k.dateField = sf::kStart;
    k.defaultSort = sf::kStart;
    k.titleField = sf::kName;
    k.searchFields = {sf::kName, sf::kNotes};
    k.filters = {
        {QStringLiteral("current"),
         QT_TRANSLATE_NOOP("Fields", "Current semester"),
         {{sf::kCurrent, Condition::Op::Eq, [](const RuleContext&) { return QVariant(true); }}}},
    };
    k.constraints = {
        {QStringLiteral("Another semester is already the current one"), sf::kCurrent,
         QT_TRANSLATE_NOOP("Constraints",
                           "Another semester is already the current one; make this one current with \"houqin "
                           "semester current NAME\" or the work plan's \"make current\" action.")},
        {QStringLiteral("UNIQUE constraint failed: semesters.is_current"), sf::kCurrent,
         QT_TRANSLATE_NOOP("Constraints",
                           "Another semester is already the current one; make this one current with \"houqin "
                           "semester current NAME\" or the work plan's \"make current\" action.")},
        {QStringLiteral("UNIQUE constraint failed: semesters.name"), sf::kName,
         QT_TRANSLATE_NOOP("Constraints", "A semester of this name already exists.")},
        {QStringLiteral("This semester still has plan tasks"), QString(),
         QT_TRANSLATE_NOOP("Constraints", "This semester still has plan tasks; delete them first.")},
    };
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& ctx) {
        // The next semester usually starts after the current one; today is the best first guess.
        const QDate start = ctx.now.date();
        r.set(sf::kStart, start);
        r.set(sf::kEnd, SemesterCalendar::defaultEnd(start));
    };
    return k;
}
} // namespace

const RecordKind& semestersKind() {
    static const RecordKind k = declare();
    return k;
}

QDate Semester::firstOfMonth(int month) const {
    if (month < 1 || month > 12 || !start.isValid())
        return {};
    const QList<QDate> span = months();
    for (const QDate& d : span)
        if (d.month() == month)
            return d;
    // A month outside the semester: the first such month on or after the before-term month.
    const QDate first = span.isEmpty() ? QDate(start.year(), start.month(), 1) : span.first();
    QDate d(first.year(), month, 1);
    return d < first ? d.addYears(1) : d;
}

QList<QDate> Semester::months() const {
    QList<QDate> out;
    if (!start.isValid())
        return out;
    const SemesterCalendar cal = calendar();
    // Before-term work is filed up to four weeks before week 1 (see plan::monthFitsWeek).
    const QDate from = cal.mondayOfWeek(1).addDays(-28), to = cal.end();
    for (QDate d(from.year(), from.month(), 1); d <= to && out.size() < 13; d = d.addMonths(1))
        out << d;
    return out;
}

Semester Semester::fromRecord(const Record& r) {
    Semester s;
    s.id = r.id;
    s.name = r.value(sf::kName).toString();
    s.start = r.value(sf::kStart).toDate();
    s.end = r.value(sf::kEnd).toDate();
    s.current = r.value(sf::kCurrent).toBool();
    return s;
}

Record Semester::toRecord() const {
    Record r;
    r.id = id;
    r.set(sf::kName, name);
    r.set(sf::kStart, start);
    r.set(sf::kEnd, end);
    r.set(sf::kCurrent, current);
    return r;
}

} // namespace houqin::plan
