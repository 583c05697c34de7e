#include "AssetKinds.h"

// 申领发放: supplies issued from the store to a class or a person (the plan's week-1 issue of teaching and
// daily supplies), as item lines: what, how many, in what unit. Consumables leave the store here; they are
// not register entries, so nothing else changes.
namespace houqin::assets {

namespace q = requisition;

namespace {

std::shared_ptr<const RecordKind> declareLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("requisition-lines");
    k->table = QStringLiteral("requisition_lines");
    k->label = QT_TRANSLATE_NOOP("Fields", "Items issued");
    k->fields = {
        field::text(q::kItem, QT_TRANSLATE_NOOP("Fields", "Item")).req().maxLen(100),
        field::integer(q::kQuantity, QT_TRANSLATE_NOOP("Fields", "Quantity"))
            .req()
            .range(1, 100000)
            .def(QVariant::fromValue<qint64>(1)),
        field::text(q::kUnit, QT_TRANSLATE_NOOP("Fields", "Unit of count")).maxLen(10),
    };
    k->titleField = q::kItem;
    return k;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("requisitions");
    k.table = QStringLiteral("requisitions");
    k.label = QT_TRANSLATE_NOOP("Fields", "Supplies issued");
    k.fields = {
        field::date(q::kIssuedOn, QT_TRANSLATE_NOOP("Fields", "Issued on")).req(),
        field::campus(q::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::choice(
            q::kRecipientType, QT_TRANSLATE_NOOP("Fields", "Issued to"),
            {
                {QStringLiteral("class"), QT_TRANSLATE_NOOP("Fields", "A class"), {QStringLiteral("班级")}},
                {QStringLiteral("person"),
                 QT_TRANSLATE_NOOP("Fields", "A person"),
                 {QStringLiteral("个人"), QStringLiteral("教师")}},
            })
            .req()
            .def(QStringLiteral("class"))
            .carry(),
        field::text(q::kRecipient, QT_TRANSLATE_NOOP("Fields", "Class or person"))
            .req()
            .maxLen(50)
            .suggest(QStringLiteral("classes"), QStringLiteral("name"))
            .alias({QStringLiteral("领用班级"), QStringLiteral("领用人")}),
        field::choice(
            q::kPurpose, QT_TRANSLATE_NOOP("Fields", "Supplies for"),
            {
                {QStringLiteral("teaching"),
                 QT_TRANSLATE_NOOP("Fields", "Teaching supplies"),
                 {QStringLiteral("教学用品"), QStringLiteral("教学")}},
                {QStringLiteral("daily"),
                 QT_TRANSLATE_NOOP("Fields", "Daily-care supplies"),
                 {QStringLiteral("生活用品"), QStringLiteral("生活")}},
                {QStringLiteral("office"),
                 QT_TRANSLATE_NOOP("Fields", "Office supplies"),
                 {QStringLiteral("办公用品"), QStringLiteral("办公")}},
                {QStringLiteral("cleaning"),
                 QT_TRANSLATE_NOOP("Fields", "Cleaning supplies"),
                 {QStringLiteral("清洁用品"), QStringLiteral("卫生用品")}},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .req()
            .def(QStringLiteral("teaching"))
            .carry(),
        field::person(q::kIssuedBy, QT_TRANSLATE_NOOP("Fields", "Storekeeper")).req().carry(),
        field::person(q::kReceivedBy, QT_TRANSLATE_NOOP("Fields", "Signed for by")),
        field::text(q::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k.lines = declareLines();
    k.linesParentColumn = QStringLiteral("requisition_id");
    k.minLines = 1;
    k.listColumns = {q::kIssuedOn, q::kCampus,   q::kRecipientType, q::kRecipient,
                     q::kPurpose,  q::kIssuedBy, q::kReceivedBy,    q::kNote};
    k.dateField = q::kIssuedOn;
    k.defaultSort = q::kIssuedOn;
    k.titleField = q::kRecipient;
    k.searchFields = {q::kRecipient, q::kIssuedBy, q::kReceivedBy, q::kNote};
    k.prefill = [](Record& rec, const Record*, const RuleContext& c) { rec.set(q::kIssuedOn, c.now.date()); };
    return k;
}

} // namespace

const RecordKind& requisitionsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
