// Safety education (安全教育) by class, and the classes it is given to.
#include "SafetyCommon.h"
#include "SafetyKinds.h"

namespace houqin::safety {

namespace {

RecordKind declareEducation() {
    RecordKind k;
    k.key = QStringLiteral("safety-education");
    k.table = QStringLiteral("safety_education");
    k.label = QT_TRANSLATE_NOOP("Fields", "Safety education");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::text(QStringLiteral("theme"), QT_TRANSLATE_NOOP("Fields", "Month's theme"))
            .req()
            .maxLen(100)
            .carry(),
        field::text(QStringLiteral("class_name"), QT_TRANSLATE_NOOP("Fields", "Class"))
            .req()
            .maxLen(50)
            .suggest(QStringLiteral("classes"), QStringLiteral("name")),
        field::choice(
            QStringLiteral("form"), QT_TRANSLATE_NOOP("Fields", "Form"),
            {{QStringLiteral("lesson"), QT_TRANSLATE_NOOP("Fields", "Lesson"), {QStringLiteral("教学活动")}},
             {QStringLiteral("talk"),
              QT_TRANSLATE_NOOP("Fields", "Talk"),
              {QStringLiteral("讲座"), QStringLiteral("谈话")}},
             {QStringLiteral("drill"), QT_TRANSLATE_NOOP("Fields", "Drill"), {QStringLiteral("演练")}},
             {QStringLiteral("letter"),
              QT_TRANSLATE_NOOP("Fields", "Letter to parents"),
              {QStringLiteral("致家长的一封信")}}})
            .req()
            .def(QStringLiteral("lesson"))
            .carry(),
        field::person(QStringLiteral("teacher"), QT_TRANSLATE_NOOP("Fields", "Teacher")),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("class_name");
    k.searchFields = {QStringLiteral("theme"), QStringLiteral("class_name"), QStringLiteral("teacher")};
    k.filters = {{QStringLiteral("this-month"),
                  QT_TRANSLATE_NOOP("Fields", "This month"),
                  {inThisMonth(QStringLiteral("date"))}}};
    k.prefill = [](Record& r, const Record* previous, const RuleContext& c) {
        const QDate today = c.now.date();
        r.set(QStringLiteral("date"), today);
        // The plan's theme of the month, unless the last entry of this month chose another.
        const QDate last = previous ? previous->value(QStringLiteral("date")).toDate() : QDate();
        const bool sameMonth = last.isValid() && last.year() == today.year() && last.month() == today.month();
        if (!sameMonth) {
            const QString theme = monthTheme(today.month());
            r.set(QStringLiteral("theme"), theme.isEmpty() ? QVariant() : QVariant(theme));
        }
    };
    k.photos = true;
    return k;
}

RecordKind declareClasses() {
    RecordKind k;
    k.key = QStringLiteral("classes");
    k.table = QStringLiteral("classes");
    k.label = QT_TRANSLATE_NOOP("Fields", "Classes");
    k.fields = {
        field::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Fields", "Class")).req().maxLen(50),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::person(QStringLiteral("head_teacher"), QT_TRANSLATE_NOOP("Fields", "Class teacher")),
        field::integer(QStringLiteral("children"), QT_TRANSLATE_NOOP("Fields", "Children")).range(0, 100),
        field::boolean(QStringLiteral("in_use"), QT_TRANSLATE_NOOP("Fields", "In use")).req().def(true),
    };
    k.defaultSort = QStringLiteral("name");
    k.defaultSortDescending = false;
    k.titleField = QStringLiteral("name");
    auto education = std::make_shared<RelatedQuery>();
    education->kindKey = QStringLiteral("safety-education");
    education->links = {{QStringLiteral("class_name"), QStringLiteral("name")}};
    education->conditions = {inThisMonth(QStringLiteral("date"))};
    k.filters = {
        {QStringLiteral("without-education-this-month"),
         QT_TRANSLATE_NOOP("Fields", "No safety education this month"),
         {{QStringLiteral("in_use"), Condition::Op::Eq, [](const RuleContext&) { return QVariant(true); }},
          {Condition::Op::NotExists, education}}}};
    k.constraints = {{QStringLiteral("UNIQUE constraint failed: classes.name"), QStringLiteral("name"),
                      QT_TRANSLATE_NOOP("Constraints", "A class of this name exists already.")}};
    return k;
}

} // namespace

const RecordKind& safetyEducationKind() {
    static const RecordKind k = declareEducation();
    return k;
}

const RecordKind& classesKind() {
    static const RecordKind k = declareClasses();
    return k;
}

} // namespace houqin::safety
