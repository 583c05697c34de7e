#include "StaffKind.h"

namespace houqin::staff {

namespace {
RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("staff");
    k.table = QStringLiteral("staff");
    k.label = HQ_LABEL("Staff");
    k.fields = {
        field::text(QStringLiteral("name"), HQ_LABEL("Name")).req().maxLen(50),
        field::choice(QStringLiteral("post"), HQ_LABEL("Post"),
                      {
                          {QStringLiteral("director"), HQ_LABEL("Director"), {QStringLiteral("园长")}},
                          {QStringLiteral("administrator"), HQ_LABEL("Administrator"), {QStringLiteral("行政")}},
                          {QStringLiteral("teacher"), HQ_LABEL("Teacher"), {QStringLiteral("教师")}},
                          {QStringLiteral("childcare"), HQ_LABEL("Childcare worker"), {QStringLiteral("保育员")}},
                          {QStringLiteral("health"), HQ_LABEL("Health teacher"), {QStringLiteral("保健老师")}},
                          {QStringLiteral("canteen"), HQ_LABEL("Canteen staff"),
                           {QStringLiteral("厨师"), QStringLiteral("食堂")}},
                          {QStringLiteral("security"), HQ_LABEL("Security guard"),
                           {QStringLiteral("保安"), QStringLiteral("门卫")}},
                          {QStringLiteral("finance"), HQ_LABEL("Finance"), {QStringLiteral("财务")}},
                          {QStringLiteral("other"), HQ_LABEL("Other post"), {QStringLiteral("其他")}},
                      })
            .req(),
        field::campus(QStringLiteral("campus"), HQ_LABEL("Campus")).req(),
        field::text(QStringLiteral("phone"), HQ_LABEL("Phone"))
            .matches(QStringLiteral(R"(\+?[0-9][0-9 \-]{5,18}[0-9])"), HQ_LABEL("digits only, 7 to 20 of them")),
        field::choice(QStringLiteral("status"), HQ_LABEL("Status"),
                      {
                          {QStringLiteral("active"), HQ_LABEL("Active"), {QStringLiteral("在职")}},
                          {QStringLiteral("left"), HQ_LABEL("Left"), {QStringLiteral("离职")}},
                      })
            .req()
            .def(QStringLiteral("active")),
        field::longText(QStringLiteral("notes"), HQ_LABEL("Notes")),
    };
    k.listColumns = {QStringLiteral("name"), QStringLiteral("post"), QStringLiteral("campus"),
                     QStringLiteral("phone"), QStringLiteral("status")};
    k.defaultSort = QStringLiteral("name");
    k.defaultSortDescending = false;
    k.titleField = QStringLiteral("name");
    k.searchFields = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("post")};
    k.filters = {
        {QStringLiteral("active"), HQ_LABEL("Active"),
         {{QStringLiteral("status"), Condition::Op::Eq, [](const RuleContext&) { return QStringLiteral("active"); }}}},
    };
    return k;
}
} // namespace

const RecordKind& staffKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::staff
