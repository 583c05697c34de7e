#include "AssetKinds.h"

#include <QCoreApplication>

namespace houqin::assets {

namespace a = asset;

QString assetClass(const QString& category, qint64 unitPriceFen, const KindergartenSettings& s) {
    const qint64 threshold =
        category == a::kSpecialEquipment ? s.specialEquipmentThresholdFen : s.fixedAssetThresholdFen;
    return unitPriceFen >= threshold ? a::kFixed : a::kLowValue;
}

QString assetCodePrefix(const KindergartenSettings& s, const QString& campus, int year) {
    return QStringLiteral("%1-%2-").arg(s.assetCodePrefix(campus)).arg(year, 4, 10, QLatin1Char('0'));
}

QString assetCode(const KindergartenSettings& s, const QString& campus, int year, int number) {
    return assetCodePrefix(s, campus, year) + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

QString nextAssetCode(const KindergartenSettings& s, const QString& campus, int year, const QString& last) {
    const QString prefix = assetCodePrefix(s, campus, year);
    bool ok = false;
    const int n = last.startsWith(prefix) ? last.mid(prefix.size()).toInt(&ok) : 0;
    return assetCode(s, campus, year, ok ? n + 1 : 1);
}

QString nextAssetCodeFor(const RuleContext& c, const QString& campus, int year) {
    const QString last = c.lastWithPrefix ? c.lastWithPrefix(QStringLiteral("assets"), a::kCode,
                                                             assetCodePrefix(c.settings, campus, year))
                                          : QString();
    return nextAssetCode(c.settings, campus, year, last);
}

namespace {

QList<FilterDef> statusFilters() {
    using Op = Condition::Op;
    auto is = [](const QString& field, const QString& value) {
        return Condition{field, Op::Eq, [value](const RuleContext&) { return QVariant(value); }};
    };
    auto fen = [](qint64 KindergartenSettings::*member, Op op) {
        return Condition{a::kUnitPrice, op, [member](const RuleContext& c) {
                             return QVariant::fromValue<qint64>(c.settings.*member);
                         }};
    };
    const Condition special = is(a::kCategory, a::kSpecialEquipment);
    const Condition notSpecial{a::kCategory, Op::Ne,
                               [](const RuleContext&) { return QVariant(a::kSpecialEquipment); }};
    return {
        {QStringLiteral("in-register"),
         QT_TRANSLATE_NOOP("Fields", "Not written off"),
         {Condition{a::kStatus, Op::Ne, [](const RuleContext&) { return QVariant(a::kDisposed); }}}},
        {QStringLiteral("in-use"), QT_TRANSLATE_NOOP("Fields", "In service"), {is(a::kStatus, a::kInUse)}},
        {QStringLiteral("idle"), QT_TRANSLATE_NOOP("Fields", "Idle"), {is(a::kStatus, a::kIdle)}},
        {QStringLiteral("repairing"),
         QT_TRANSLATE_NOOP("Fields", "Under repair"),
         {is(a::kStatus, a::kRepairing)}},
        {QStringLiteral("lent"), QT_TRANSLATE_NOOP("Fields", "Lent out"), {is(a::kStatus, a::kLent)}},
        {QStringLiteral("disposed"),
         QT_TRANSLATE_NOOP("Fields", "Written off"),
         {is(a::kStatus, a::kDisposed)}},
        // The derived class as conditions, so that lists and counts agree with asset_class. With the
        // special threshold at or above the general one (Settings::validate): fixed = price >= general
        // and (not special or price >= special); low-value = price < special and (price < general or
        // special).
        {QStringLiteral("fixed-assets"),
         QT_TRANSLATE_NOOP("Fields", "Fixed assets"),
         {fen(&KindergartenSettings::fixedAssetThresholdFen, Op::Ge),
          Condition::anyOf({notSpecial, fen(&KindergartenSettings::specialEquipmentThresholdFen, Op::Ge)})}},
        {QStringLiteral("low-value"),
         QT_TRANSLATE_NOOP("Fields", "Low-value consumables"),
         {fen(&KindergartenSettings::specialEquipmentThresholdFen, Op::Lt),
          Condition::anyOf({fen(&KindergartenSettings::fixedAssetThresholdFen, Op::Lt), special})}},
    };
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("assets");
    k.table = QStringLiteral("assets");
    k.label = QT_TRANSLATE_NOOP("Fields", "Asset register");
    k.fields = {
        field::text(a::kCode, QT_TRANSLATE_NOOP("Fields", "Asset code"))
            .req()
            .maxLen(30)
            .matches(QStringLiteral("^\\S+$"), QT_TRANSLATE_NOOP("Fields", "a code without spaces"))
            .alias({QStringLiteral("资产编号"), QStringLiteral("资产编码")}),
        field::text(a::kName, QT_TRANSLATE_NOOP("Fields", "Asset name"))
            .req()
            .maxLen(100)
            .alias({QStringLiteral("资产名称")}),
        field::choice(
            a::kCategory, QT_TRANSLATE_NOOP("Fields", "Asset category"),
            {
                {QStringLiteral("general-equipment"),
                 QT_TRANSLATE_NOOP("Fields", "General equipment"),
                 {QStringLiteral("通用设备")}},
                {a::kSpecialEquipment,
                 QT_TRANSLATE_NOOP("Fields", "Special equipment"),
                 {QStringLiteral("专用设备")}},
                {QStringLiteral("furniture"),
                 QT_TRANSLATE_NOOP("Fields", "Furniture and fittings"),
                 {QStringLiteral("家具用具"), QStringLiteral("家具"),
                  QStringLiteral("家具、用具、装具及动植物")}},
                {QStringLiteral("teaching-aids"),
                 QT_TRANSLATE_NOOP("Fields", "Teaching aids and toys"),
                 {QStringLiteral("教玩具"), QStringLiteral("教具")}},
                {QStringLiteral("books"),
                 QT_TRANSLATE_NOOP("Fields", "Books and archives"),
                 {QStringLiteral("图书档案"), QStringLiteral("图书")}},
                {QStringLiteral("buildings"),
                 QT_TRANSLATE_NOOP("Fields", "Buildings and structures"),
                 {QStringLiteral("房屋及构筑物"), QStringLiteral("房屋")}},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .req()
            .carry()
            .alias({QStringLiteral("资产分类"), QStringLiteral("资产类别")}),
        field::text(a::kModel, QT_TRANSLATE_NOOP("Fields", "Model"))
            .maxLen(100)
            .alias({QStringLiteral("规格型号"), QStringLiteral("规格")}),
        field::text(a::kUnit, QT_TRANSLATE_NOOP("Fields", "Unit of count"))
            .maxLen(10)
            .carry()
            .alias({QStringLiteral("计量单位"), QStringLiteral("单位")}),
        field::integer(a::kQuantity, QT_TRANSLATE_NOOP("Fields", "Quantity"))
            .req()
            .range(1, 100000)
            .def(QVariant::fromValue<qint64>(1))
            .alias({QStringLiteral("数量")}),
        field::money(a::kUnitPrice, QT_TRANSLATE_NOOP("Fields", "Unit price"))
            .req()
            .range(0, 1e11)
            .unitText(QT_TRANSLATE_NOOP("Units", "yuan"))
            .alias({QStringLiteral("单价(元)"), QStringLiteral("单价")}),
        field::date(a::kAcquiredOn, QT_TRANSLATE_NOOP("Fields", "Acquired on"))
            .req()
            .alias({QStringLiteral("取得日期"), QStringLiteral("购置日期")}),
        field::choice(
            a::kSource, QT_TRANSLATE_NOOP("Fields", "Acquired by"),
            {
                {QStringLiteral("purchase"),
                 QT_TRANSLATE_NOOP("Fields", "Purchase"),
                 {QStringLiteral("购置"), QStringLiteral("购入"), QStringLiteral("采购")}},
                {QStringLiteral("donation"),
                 QT_TRANSLATE_NOOP("Fields", "Donation"),
                 {QStringLiteral("捐赠"), QStringLiteral("接受捐赠")}},
                {QStringLiteral("transfer"),
                 QT_TRANSLATE_NOOP("Fields", "Transfer in"),
                 {QStringLiteral("调拨"), QStringLiteral("调入")}},
                {QStringLiteral("self-made"),
                 QT_TRANSLATE_NOOP("Fields", "Self-made"),
                 {QStringLiteral("自制"), QStringLiteral("自建")}},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .carry()
            .alias({QStringLiteral("取得方式"), QStringLiteral("来源")}),
        field::campus(a::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus"))
            .req()
            .carry()
            .alias({QStringLiteral("校区")}),
        field::text(a::kLocation, QT_TRANSLATE_NOOP("Fields", "Location (room)"))
            .maxLen(50)
            .carry()
            .alias({QStringLiteral("存放地点"), QStringLiteral("存放位置")}),
        field::text(a::kDepartment, QT_TRANSLATE_NOOP("Fields", "Department"))
            .maxLen(50)
            .carry()
            .alias({QStringLiteral("使用部门"), QStringLiteral("使用单位")}),
        field::person(a::kCustodian, QT_TRANSLATE_NOOP("Fields", "Custodian"))
            .carry()
            .alias({QStringLiteral("保管人"), QStringLiteral("使用人")}),
        field::choice(a::kStatus, QT_TRANSLATE_NOOP("Fields", "Asset status"),
                      {
                          {a::kInUse, QT_TRANSLATE_NOOP("Fields", "In service"), {QStringLiteral("在用")}},
                          {a::kIdle, QT_TRANSLATE_NOOP("Fields", "Idle"), {QStringLiteral("闲置")}},
                          {a::kRepairing,
                           QT_TRANSLATE_NOOP("Fields", "Under repair"),
                           {QStringLiteral("维修中"), QStringLiteral("维修")}},
                          {a::kLent, QT_TRANSLATE_NOOP("Fields", "Lent out"), {QStringLiteral("借出")}},
                          {a::kDisposed,
                           QT_TRANSLATE_NOOP("Fields", "Written off"),
                           {QStringLiteral("报废"), QStringLiteral("已报废")}},
                      })
            .req()
            .def(a::kInUse)
            .alias({QStringLiteral("使用状态"), QStringLiteral("资产状态")}),
        field::text(a::kNote, QT_TRANSLATE_NOOP("Fields", "Note"))
            .maxLen(200)
            .alias({QStringLiteral("备注")}),
    };
    k.derived = {
        {field::choice(
             a::kAssetClass, QT_TRANSLATE_NOOP("Fields", "Asset class"),
             {
                 {a::kFixed, QT_TRANSLATE_NOOP("Fields", "Fixed asset"), {QStringLiteral("固定资产")}},
                 {a::kLowValue,
                  QT_TRANSLATE_NOOP("Fields", "Low-value consumable"),
                  {QStringLiteral("低值易耗品")}},
             })
             .alias({QStringLiteral("资产类型")}),
         [](const Record& r, const RuleContext& c) {
             if (r.isEmpty(a::kUnitPrice))
                 return QVariant();
             return QVariant(assetClass(r.value(a::kCategory).toString(), r.value(a::kUnitPrice).toLongLong(),
                                        c.settings));
         }},
        // 金额: an asset system's export carries it beside 数量 and 单价; on import it must agree with them.
        {field::money(a::kAmount, QT_TRANSLATE_NOOP("Fields", "Amount"))
             .unitText(QT_TRANSLATE_NOOP("Units", "yuan"))
             .alias({QStringLiteral("金额(元)"), QStringLiteral("金额")})
             .checkOnImport(),
         [](const Record& r, const RuleContext&) {
             if (r.isEmpty(a::kUnitPrice) || r.isEmpty(a::kQuantity))
                 return QVariant();
             return QVariant::fromValue<qint64>(r.value(a::kUnitPrice).toLongLong() *
                                                r.value(a::kQuantity).toLongLong());
         }},
    };
    k.listColumns = {a::kCode,       a::kName,      a::kCategory,   a::kModel,  a::kQuantity,
                     a::kUnitPrice,  a::kAmount,    a::kAssetClass, a::kCampus, a::kLocation,
                     a::kDepartment, a::kCustodian, a::kStatus};
    k.dateField = a::kAcquiredOn;
    k.defaultSort = a::kCode;
    k.defaultSortDescending = false;
    k.titleField = a::kCode;
    k.searchFields = {a::kCode, a::kName, a::kModel, a::kLocation, a::kDepartment, a::kCustodian};
    k.filters = statusFilters();
    k.constraints = {{QStringLiteral("UNIQUE constraint failed: assets.code"), a::kCode,
                      QT_TRANSLATE_NOOP("Constraints", "Another asset already has this code.")}};
    // The next code of the new record's campus (newRecord has set it: carried over, this computer's, or the
    // first) and of today's year. The form's extension (gui/assets) numbers it again when the campus or the
    // acquisition date changes while the code is still the one generated.
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        const QDate today = c.now.date();
        r.set(a::kAcquiredOn, today);
        const QString campus = r.value(a::kCampus).toString();
        if (campus.isEmpty())
            return;
        r.set(a::kCode, nextAssetCodeFor(c, campus, today.year()));
    };
    return k;
}

} // namespace

const RecordKind& assetsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
