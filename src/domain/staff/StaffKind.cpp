#include "StaffKind.h"

namespace houqin::staff {

namespace {
RecordKind declare() {
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
        {QStringLiteral("active"),
         QT_TRANSLATE_NOOP("Fields", "Active"),
         {{QStringLiteral("status"), Condition::Op::Eq,
           [](const RuleContext&) { return QStringLiteral("active"); }}}},
    };
    return k;
}
} // namespace

const RecordKind& staffKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::staff
