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
    // The kitchen's people: cooks and their helpers both need the morning check and a health certificate.
    const Condition canteen =
        Condition::anyOf({is(QStringLiteral("post"), QStringLiteral("canteen")),
                          is(QStringLiteral("post"), QStringLiteral("kitchen-helper"))});

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
                {QStringLiteral("kitchen-helper"),
                 QT_TRANSLATE_NOOP("Fields", "Kitchen helper"),
                 {QStringLiteral("帮厨")}},
                {QStringLiteral("cleaner"), QT_TRANSLATE_NOOP("Fields", "Cleaner"), {QStringLiteral("保洁")}},
                {QStringLiteral("logistics-head"),
                 QT_TRANSLATE_NOOP("Fields", "Head of logistics"),
                 {QStringLiteral("后勤主任")}},
                {QStringLiteral("clerk"), QT_TRANSLATE_NOOP("Fields", "Clerk"), {QStringLiteral("文员")}},
                {QStringLiteral("finance"), QT_TRANSLATE_NOOP("Fields", "Finance"), {QStringLiteral("财务")}},
                {QStringLiteral("other"),
                 QT_TRANSLATE_NOOP("Fields", "Other post"),
                 {QStringLiteral("其他")}},
            })
            .req(),
        field::text(QStringLiteral("department"), QT_TRANSLATE_NOOP("Fields", "Department")).maxLen(50),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req(),
        field::date(QStringLiteral("hire_date"), QT_TRANSLATE_NOOP("Fields", "Hire date")),
        field::person(QStringLiteral("mentor"), QT_TRANSLATE_NOOP("Fields", "Mentor")),
        field::text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Fields", "Phone"))
            .matches(QStringLiteral(R"(\+?[0-9][0-9 \-]{5,18}[0-9])"),
                     QT_TRANSLATE_NOOP("Fields", "digits only, 7 to 20 of them")),
        field::choice(
            QStringLiteral("status"), QT_TRANSLATE_NOOP("Fields", "Status"),
            {
                {QStringLiteral("active"),
                 QT_TRANSLATE_NOOP("Fields", "Active"),
                 {QStringLiteral("在岗"), QStringLiteral("在职")}},
                {QStringLiteral("left"), QT_TRANSLATE_NOOP("Fields", "Left"), {QStringLiteral("离职")}},
            })
            .req()
            .def(QStringLiteral("active")),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.listColumns = {
        QStringLiteral("name"),   QStringLiteral("post"),      QStringLiteral("department"),
        QStringLiteral("campus"), QStringLiteral("hire_date"), QStringLiteral("phone"),
        QStringLiteral("status")}; // the mentor shows in the details: seven columns print portrait
    // People who left stay in the register and in history, but forms offer only those at work.
    k.pickerFilter = QStringLiteral("active");
    k.defaultSort = QStringLiteral("name");
    k.defaultSortDescending = false;
    k.titleField = QStringLiteral("name");
    k.searchFields = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("post")};
    k.filters = {
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Fields", "Active"), {active}},
        // 月考核: from the 25th the dashboard names who has no appraisal for this month yet.
        {QStringLiteral("without-appraisal-this-month"),
         QT_TRANSLATE_NOOP("Fields", "Without this month's appraisal"),
         {active, related(Op::NotExists, QStringLiteral("appraisals"),
                          {{QStringLiteral("month"), Op::Eq,
                            [](const RuleContext& c) {
                                const QDate today = c.now.date();
                                return QVariant(QDate(today.year(), today.month(), 1));
                            }}})}},
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
