#include "StaffKind.h"

#include "../DateConditions.h"
#include "Patrols.h"

namespace houqin::staff {

namespace {

using Op = Condition::Op;

Condition is(const QString& field, const QString& key) {
    return {field, Op::Eq, [key](const RuleContext&) { return QVariant(key); }, {}};
}

// Exists / NotExists: records of another kind naming this staff member in `person`. Referred to by kind
// key, so staff does not depend on the canteen module's headers.
Condition related(Op op, const QString& kindKey, QList<Condition> conditions) {
    auto q = std::make_shared<RelatedQuery>();
    q->kindKey = kindKey;
    q->links = {{QStringLiteral("person"), QStringLiteral("name")}};
    q->conditions = std::move(conditions);
    return {{}, op, {}, std::move(q)};
}

RecordKind declare() {
    const Condition active = is(QStringLiteral("status"), QStringLiteral("active"));
    const Condition canteen = is(QStringLiteral("post"), QStringLiteral("canteen"));

    RecordKind k;
    k.key = QStringLiteral("staff");
    k.table = QStringLiteral("staff");
    k.label = QT_TRANSLATE_NOOP("Fields", "Staff");
    k.fields = {
        field::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Fields", "Name")).req().maxLen(50),
        field::choice(
            QStringLiteral("post"), QT_TRANSLATE_NOOP("Fields", "Post"),
            {
                {QStringLiteral("director"),
                 QT_TRANSLATE_NOOP("Fields", "Director"),
                 {QStringLiteral("园长")}},
                {QStringLiteral("administrator"),
                 QT_TRANSLATE_NOOP("Fields", "Administrator"),
                 {QStringLiteral("行政")}},
                {QStringLiteral("teacher"), QT_TRANSLATE_NOOP("Fields", "Teacher"), {QStringLiteral("教师")}},
                {QStringLiteral("childcare"),
                 QT_TRANSLATE_NOOP("Fields", "Childcare worker"),
                 {QStringLiteral("保育员")}},
                {QStringLiteral("health"),
                 QT_TRANSLATE_NOOP("Fields", "Health teacher"),
                 {QStringLiteral("保健老师")}},
                {QStringLiteral("canteen"),
                 QT_TRANSLATE_NOOP("Fields", "Canteen staff"),
                 {QStringLiteral("厨师"), QStringLiteral("食堂")}},
                {QStringLiteral("security"),
                 QT_TRANSLATE_NOOP("Fields", "Security guard"),
                 {QStringLiteral("保安"), QStringLiteral("门卫")}},
                {QStringLiteral("finance"), QT_TRANSLATE_NOOP("Fields", "Finance"), {QStringLiteral("财务")}},
                {QStringLiteral("other"),
                 QT_TRANSLATE_NOOP("Fields", "Other post"),
                 {QStringLiteral("其他")}},
            })
            .req(),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req(),
        field::text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Fields", "Phone"))
            .matches(QStringLiteral(R"(\+?[0-9][0-9 \-]{5,18}[0-9])"),
                     QT_TRANSLATE_NOOP("Fields", "digits only, 7 to 20 of them")),
        field::choice(
            QStringLiteral("status"), QT_TRANSLATE_NOOP("Fields", "Status"),
            {
                {QStringLiteral("active"), QT_TRANSLATE_NOOP("Fields", "Active"), {QStringLiteral("在职")}},
                {QStringLiteral("left"), QT_TRANSLATE_NOOP("Fields", "Left"), {QStringLiteral("离职")}},
            })
            .req()
            .def(QStringLiteral("active")),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.listColumns = {QStringLiteral("name"), QStringLiteral("post"), QStringLiteral("campus"),
                     QStringLiteral("phone"), QStringLiteral("status")};
    k.defaultSort = QStringLiteral("name");
    k.defaultSortDescending = false;
    k.titleField = QStringLiteral("name");
    k.searchFields = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("post")};
    k.filters = {
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Fields", "Active"), {active}},
        {QStringLiteral("canteen-no-morning-check"),
         QT_TRANSLATE_NOOP("Fields", "Canteen staff without today's morning check"),
         {canteen, active,
          related(Op::NotExists, QStringLiteral("morning-checks"), {isToday(QStringLiteral("date"))})}},
        // Valid on the day as canteen::certificateValidOn has it: issued by today, expiring today or later
        // (the expiry date is always stored: a trigger fills in issue date + one year). "Expired or missing
        // means not fit for canteen duty".
        {QStringLiteral("canteen-no-certificate"),
         QT_TRANSLATE_NOOP("Fields", "Canteen staff without a valid health certificate"),
         {canteen, active,
          related(
              Op::NotExists, QStringLiteral("health-certificates"),
              {{QStringLiteral("superseded"), Op::Eq, [](const RuleContext&) { return QVariant(false); }, {}},
               relativeToToday(QStringLiteral("issue_date"), Op::Le, [](const RuleContext&) { return 0; }),
               relativeToToday(QStringLiteral("expiry_date"), Op::Ge,
                               [](const RuleContext&) { return 0; })})}},
        // Everyone signs the semester's responsibility agreement, from the weeks before term on.
        {QStringLiteral("without-agreement"),
         QT_TRANSLATE_NOOP("Fields", "Without this semester's responsibility agreement"),
         {active, related(Op::NotExists, QStringLiteral("responsibility-agreements"),
                          {{QStringLiteral("signed_on"), Op::Ge,
                            [](const RuleContext& c) {
                                const QDate start = c.settings.semesterStart;
                                return start.isValid() ? QVariant(start.addDays(-28)) : QVariant();
                            }}})}},
    };
    // 一日三巡: administrators without a round today (domain/staff/Patrols).
    k.filters << patrolStaffFilters();
    return k;
}
} // namespace

const RecordKind& staffKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::staff
