// Deliveries (two different signers, shelf life, the supplier's licence at the moment of entry) and
// weekly menus (Monday weeks, one line per day and meal, publication on time), each rule on both sides.
#include "CanteenTestSupport.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;
using houqin::test::ctxOn;
using houqin::test::hasErrorOn;
using houqin::test::hasWarningOn;
using houqin::test::recordOf;

namespace {
const QDate kDay(2026, 9, 8); // a Tuesday

Record line(const QString& item, double qty, const QString& unit, QVariant priceFen = {}, QDate useBy = {}) {
    Record l = recordOf(
        {{QStringLiteral("item"), item}, {QStringLiteral("quantity"), qty}, {QStringLiteral("unit"), unit}});
    if (!priceFen.isNull())
        l.set(QStringLiteral("unit_price_fen"), priceFen);
    if (useBy.isValid())
        l.set(QStringLiteral("shelf_life_date"), useBy);
    return l;
}

Record delivery(const QString& receivedBy = QStringLiteral("王芳"),
                const QString& checkedBy = QStringLiteral("李强")) {
    Record r = recordOf({{QStringLiteral("date"), kDay},
                         {QStringLiteral("direction"), QStringLiteral("in")},
                         {QStringLiteral("supplier"), QStringLiteral("绿源净菜")},
                         {QStringLiteral("documents_checked"), true},
                         {QStringLiteral("received_by"), receivedBy},
                         {QStringLiteral("checked_by"), checkedBy}});
    r.lines << line(QStringLiteral("大白菜"), 20, QStringLiteral("kg"), qint64(350));
    return r;
}

// The supplier register as a rule sees it through RuleContext::findRecord.
RuleContext withSupplier(QDate licenceExpiry) {
    RuleContext ctx = ctxOn(kDay);
    ctx.findRecord = [licenceExpiry](const QString& kind, const QString& field,
                                     const QVariant& value) -> std::optional<Record> {
        if (kind != QStringLiteral("suppliers") || field != QStringLiteral("name") ||
            value.toString() != QStringLiteral("绿源净菜"))
            return std::nullopt;
        Record s = recordOf({{QStringLiteral("name"), value}});
        if (licenceExpiry.isValid())
            s.set(QStringLiteral("licence_expiry"), licenceExpiry);
        return s;
    };
    return ctx;
}

Record menu(QDate monday) {
    Record m = recordOf({{QStringLiteral("week_start"), monday}});
    m.lines << recordOf({{QStringLiteral("weekday"), QStringLiteral("1")},
                         {QStringLiteral("meal"), QStringLiteral("lunch")},
                         {QStringLiteral("dishes"), QStringLiteral("米饭、番茄炒蛋、紫菜汤")}});
    return m;
}
} // namespace

TEST(Deliveries, TwoDifferentSignersAreAcceptedTheSamePersonTwiceIsRefused) {
    const RecordKind& k = deliveriesKind();
    EXPECT_FALSE(hasErrors(validateRecord(k, delivery(), withSupplier(kDay.addYears(1)))));
    EXPECT_TRUE(
        hasErrorOn(validateRecord(k, delivery(QStringLiteral("王芳"), QStringLiteral("王芳")), ctxOn(kDay)),
                   QStringLiteral("checked_by")));
    // Spaces and full-width letters do not make a second person.
    EXPECT_TRUE(hasErrorOn(
        validateRecord(k, delivery(QStringLiteral("Li Qiang"), QStringLiteral(" li qiang ")), ctxOn(kDay)),
        QStringLiteral("checked_by")));
}

TEST(Deliveries, AtLeastOneItemLine) {
    Record r = delivery();
    r.lines.clear();
    EXPECT_TRUE(hasErrorOn(validateRecord(deliveriesKind(), r, ctxOn(kDay)), kLinesIssueField));
}

TEST(Deliveries, LineFieldsAreCheckedAndNamedByLine) {
    Record r = delivery();
    r.lines << line(QStringLiteral("猪肉"), 0, QStringLiteral("kg"));
    const Issues issues = validateRecord(deliveriesKind(), r, ctxOn(kDay));
    EXPECT_TRUE(hasErrorOn(issues, lineIssueField(1, QStringLiteral("quantity"))));
    EXPECT_FALSE(hasErrorOn(issues, lineIssueField(0, QStringLiteral("quantity"))));
    r.lines[1].set(QStringLiteral("quantity"), 0.01);
    EXPECT_FALSE(hasErrors(validateRecord(deliveriesKind(), r, ctxOn(kDay))));
}

TEST(Deliveries, GoodsPastTheirShelfLifeOnTheDayAreRefused) {
    Record r = delivery();
    r.lines << line(QStringLiteral("牛奶"), 10, QStringLiteral("盒"), {}, kDay);
    EXPECT_FALSE(hasErrors(validateRecord(deliveriesKind(), r, ctxOn(kDay)))) << "use-by today is still fine";
    r.lines[1].set(QStringLiteral("shelf_life_date"), kDay.addDays(-1));
    EXPECT_TRUE(hasErrorOn(validateRecord(deliveriesKind(), r, ctxOn(kDay)),
                           lineIssueField(1, QStringLiteral("shelf_life_date"))));
}

TEST(Deliveries, IncomingNeedsASupplierOutgoingDoesNot) {
    Record r = delivery();
    r.set(QStringLiteral("supplier"), QVariant());
    EXPECT_TRUE(hasErrorOn(validateRecord(deliveriesKind(), r, ctxOn(kDay)), QStringLiteral("supplier")));
    r.set(QStringLiteral("direction"), QStringLiteral("out"));
    EXPECT_FALSE(hasErrors(validateRecord(deliveriesKind(), r, ctxOn(kDay))));
}

TEST(Deliveries, ExpiredSupplierLicenceWarnsAtEntry) {
    const RecordKind& k = deliveriesKind();
    EXPECT_FALSE(hasWarningOn(validateRecord(k, delivery(), withSupplier(kDay)), QStringLiteral("supplier")))
        << "a licence is valid on its expiry date";
    const Issues expired = validateRecord(k, delivery(), withSupplier(kDay.addDays(-1)));
    EXPECT_TRUE(hasWarningOn(expired, QStringLiteral("supplier")));
    EXPECT_FALSE(hasErrors(expired)) << "a warning: the goods may already be at the door";
}

TEST(Deliveries, UnknownSupplierAndUncheckedDocumentsWarn) {
    Record r = delivery();
    r.set(QStringLiteral("supplier"), QStringLiteral("无名商贩"));
    EXPECT_TRUE(hasWarningOn(validateRecord(deliveriesKind(), r, withSupplier(kDay.addYears(1))),
                             QStringLiteral("supplier")));
    r = delivery();
    r.set(QStringLiteral("documents_checked"), false);
    EXPECT_TRUE(hasWarningOn(validateRecord(deliveriesKind(), r, withSupplier(kDay.addYears(1))),
                             QStringLiteral("documents_checked")));
}

TEST(Deliveries, AmountsAndSummary) {
    Record r = delivery();
    r.lines << line(QStringLiteral("猪肉"), 2.5, QStringLiteral("kg"),
                    qint64(2599))                                   // 64.975 yuan → 6497.5 fen
            << line(QStringLiteral("葱"), 1, QStringLiteral("把")); // no price: no amount
    EXPECT_EQ(lineAmountFen(r.lines.at(0)).toLongLong(), 7000);
    EXPECT_EQ(lineAmountFen(r.lines.at(1)).toLongLong(), 6498);
    EXPECT_TRUE(lineAmountFen(r.lines.at(2)).isNull());
    EXPECT_EQ(deliveryTotalFen(r), 13498);
    EXPECT_EQ(itemsSummary(r, 2), QStringLiteral("大白菜 20kg、猪肉 2.5kg…"));
    EXPECT_EQ(itemsSummary(r, 3), QStringLiteral("大白菜 20kg、猪肉 2.5kg、葱 1把"));
}

TEST(Menus, AWeekStartsOnMonday) {
    EXPECT_FALSE(hasErrors(validateRecord(menusKind(), menu(QDate(2026, 9, 7)), ctxOn(kDay))));
    EXPECT_TRUE(hasErrorOn(validateRecord(menusKind(), menu(QDate(2026, 9, 8)), ctxOn(kDay)),
                           QStringLiteral("week_start")));
    EXPECT_EQ(weekMonday(QDate(2026, 9, 13)), QDate(2026, 9, 7)); // Sunday belongs to the week before
    EXPECT_EQ(weekMonday(QDate(2026, 9, 14)), QDate(2026, 9, 14));
}

TEST(Menus, OneLinePerDayAndMeal) {
    Record m = menu(QDate(2026, 9, 7));
    m.lines << m.lines.first();
    EXPECT_TRUE(
        hasErrorOn(validateRecord(menusKind(), m, ctxOn(kDay)), lineIssueField(1, QStringLiteral("meal"))));
    m.lines[1].set(QStringLiteral("weekday"), QStringLiteral("2"));
    EXPECT_FALSE(hasErrors(validateRecord(menusKind(), m, ctxOn(kDay))));
}

TEST(Menus, PublishedByItsMondayIsOnTimeTheDayAfterIsLate) {
    Record m = menu(QDate(2026, 9, 7));
    EXPECT_EQ(menuPublication(m), MenuPublication::Draft);
    m.set(QStringLiteral("published_on"), QDate(2026, 9, 7));
    EXPECT_EQ(menuPublication(m), MenuPublication::OnTime);
    m.set(QStringLiteral("published_on"), QDate(2026, 9, 8));
    EXPECT_EQ(menuPublication(m), MenuPublication::Late);
}

TEST(Menus, CellsSplitIntoDishes) {
    EXPECT_EQ(splitDishes(QStringLiteral("米饭、番茄炒蛋，紫菜汤\n 水果 ")),
              (QStringList{QStringLiteral("米饭"), QStringLiteral("番茄炒蛋"), QStringLiteral("紫菜汤"),
                           QStringLiteral("水果")}));
    Record m = menu(QDate(2026, 9, 7));
    EXPECT_EQ(menuDishes(m, 1, QStringLiteral("lunch")), QStringLiteral("米饭、番茄炒蛋、紫菜汤"));
    EXPECT_TRUE(menuDishes(m, 2, QStringLiteral("lunch")).isEmpty());
}
