// Health certificates and supplier licences: valid through the expiry date, a warning from N days before.
#include "CanteenTestSupport.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/Suppliers.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;
using houqin::test::hasErrorOn;
using houqin::test::hasWarningOn;

namespace {
const QDate kToday(2026, 9, 8);

Record certificate(QDate issued, QDate expiry = {}) {
    Record r = test::recordOf({{QStringLiteral("person"), QStringLiteral("李师傅")},
                               {QStringLiteral("certificate_no"), QStringLiteral("JK2026-001")},
                               {QStringLiteral("issue_date"), issued},
                               {QStringLiteral("superseded"), false}});
    if (expiry.isValid())
        r.set(QStringLiteral("expiry_date"), expiry);
    return r;
}

Record supplier(QDate expiry) {
    return test::recordOf({{QStringLiteral("name"), QStringLiteral("绿源净菜")},
                           {QStringLiteral("licence_no"), QStringLiteral("JY13301000001")},
                           {QStringLiteral("licence_expiry"), expiry},
                           {QStringLiteral("in_use"), true}});
}

QString validity(const Record& cert, QDate today, KindergartenSettings s = {}) {
    return test::derived(healthCertificatesKind(), cert, test::ctxOn(today, std::move(s)),
                         QStringLiteral("validity"));
}
} // namespace

TEST(HealthCertificates, ExpiryIsOneYearAfterIssueUnlessEntered) {
    EXPECT_EQ(certificateExpiry(certificate(QDate(2026, 3, 15))), QDate(2027, 3, 15));
    EXPECT_EQ(certificateExpiry(certificate(QDate(2024, 2, 29))), QDate(2025, 2, 28));
    EXPECT_EQ(certificateExpiry(certificate(QDate(2026, 3, 15), QDate(2026, 12, 31))), QDate(2026, 12, 31));
}

TEST(HealthCertificates, ValidOnItsExpiryDateAndInvalidTheDayAfter) {
    const Record cert = certificate(QDate(2025, 9, 8)); // expires 2026-09-08
    EXPECT_TRUE(certificateValidOn(cert, QDate(2026, 9, 8)));
    EXPECT_FALSE(certificateValidOn(cert, QDate(2026, 9, 9)));
    EXPECT_FALSE(certificateValidOn(cert, QDate(2025, 9, 7))); // not yet issued
    EXPECT_EQ(validity(cert, QDate(2026, 9, 8)), QStringLiteral("expiring"));
    EXPECT_EQ(validity(cert, QDate(2026, 9, 9)), QStringLiteral("expired"));
}

TEST(HealthCertificates, WarningStartsThirtyDaysBeforeExpiry) {
    const Record cert = certificate(QDate(2026, 1, 1), QDate(2026, 10, 8));
    EXPECT_EQ(validity(cert, QDate(2026, 10, 8).addDays(-31)), QStringLiteral("valid"));
    EXPECT_EQ(validity(cert, QDate(2026, 10, 8).addDays(-30)), QStringLiteral("expiring"));
    KindergartenSettings s;
    s.certificateWarningDays = 60;
    EXPECT_EQ(validity(cert, QDate(2026, 10, 8).addDays(-60), s), QStringLiteral("expiring"));
    EXPECT_EQ(validity(cert, QDate(2026, 10, 8).addDays(-61), s), QStringLiteral("valid"));
}

TEST(HealthCertificates, DaysLeftCountsToTheExpiryDate) {
    const Record cert = certificate(QDate(2026, 1, 1), QDate(2026, 10, 8));
    EXPECT_EQ(deriveValues(healthCertificatesKind(), cert, test::ctxOn(kToday))
                  .value(QStringLiteral("days_left"))
                  .toLongLong(),
              30);
}

TEST(HealthCertificates, ExpiryBeforeIssueAndFutureIssueAreRefused) {
    const auto ctx = test::ctxOn(kToday);
    EXPECT_TRUE(hasErrorOn(
        validateRecord(healthCertificatesKind(), certificate(QDate(2026, 3, 1), QDate(2026, 3, 1)), ctx),
        QStringLiteral("expiry_date")));
    EXPECT_FALSE(hasErrors(
        validateRecord(healthCertificatesKind(), certificate(QDate(2026, 3, 1), QDate(2026, 3, 2)), ctx)));
    EXPECT_TRUE(hasErrorOn(validateRecord(healthCertificatesKind(), certificate(kToday.addDays(1)), ctx),
                           QStringLiteral("issue_date")));
    EXPECT_FALSE(hasErrors(validateRecord(healthCertificatesKind(), certificate(kToday), ctx)));
}

TEST(HealthCertificates, AnExpiredCurrentCertificateWarnsASupersededOneDoesNot) {
    const auto ctx = test::ctxOn(kToday);
    Record old = certificate(QDate(2025, 1, 10));
    EXPECT_TRUE(
        hasWarningOn(validateRecord(healthCertificatesKind(), old, ctx), QStringLiteral("expiry_date")));
    old.set(QStringLiteral("superseded"), true);
    EXPECT_FALSE(
        hasWarningOn(validateRecord(healthCertificatesKind(), old, ctx), QStringLiteral("expiry_date")));
}

TEST(HealthCertificates, ExpiryFiltersSkipSupersededCertificates) {
    const RecordKind& k = healthCertificatesKind();
    for (const QString& key : {QStringLiteral("expiring"), QStringLiteral("expired")}) {
        const FilterDef* f = k.filter(key);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->conditions.first().field, QStringLiteral("superseded"));
    }
    const auto& expiring = k.filter(QStringLiteral("expiring"))->conditions;
    ASSERT_EQ(expiring.size(), 3);
    EXPECT_EQ(expiring[1].value(test::ctxOn(kToday)).toDate(), kToday);
    EXPECT_EQ(expiring[2].value(test::ctxOn(kToday)).toDate(), kToday.addDays(30));
}

TEST(Suppliers, LicenceValidityFollowsTheWarningSetting) {
    const auto at = [](QDate expiry, QDate today, int days = 30) {
        KindergartenSettings s;
        s.licenceWarningDays = days;
        return validityKey(licenceValidity(supplier(expiry), test::ctxOn(today, s)));
    };
    EXPECT_EQ(at(kToday.addDays(31), kToday), QStringLiteral("valid"));
    EXPECT_EQ(at(kToday.addDays(30), kToday), QStringLiteral("expiring"));
    EXPECT_EQ(at(kToday, kToday), QStringLiteral("expiring"));
    EXPECT_EQ(at(kToday.addDays(-1), kToday), QStringLiteral("expired"));
    EXPECT_EQ(at(kToday.addDays(45), kToday, 45), QStringLiteral("expiring"));
    EXPECT_EQ(validityKey(licenceValidity(test::recordOf({{QStringLiteral("name"), QStringLiteral("x")}}),
                                          test::ctxOn(kToday))),
              QStringLiteral("missing"));
}

TEST(Suppliers, AnExpiredLicenceWarnsWhileTheSupplierIsInUse) {
    const auto ctx = test::ctxOn(kToday);
    Record s = supplier(kToday.addDays(-1));
    const Issues issues = validateRecord(suppliersKind(), s, ctx);
    EXPECT_FALSE(hasErrors(issues));
    EXPECT_TRUE(hasWarningOn(issues, QStringLiteral("licence_expiry")));
    EXPECT_FALSE(hasWarningOn(validateRecord(suppliersKind(), supplier(kToday), ctx),
                              QStringLiteral("licence_expiry")));
    s.set(QStringLiteral("in_use"), false);
    EXPECT_FALSE(hasWarningOn(validateRecord(suppliersKind(), s, ctx), QStringLiteral("licence_expiry")));
}

TEST(Suppliers, PhoneMustBeDigits) {
    Record s = supplier(kToday.addYears(1));
    s.set(QStringLiteral("phone"), QStringLiteral("call me"));
    EXPECT_TRUE(hasErrorOn(validateRecord(suppliersKind(), s, test::ctxOn(kToday)), QStringLiteral("phone")));
    s.set(QStringLiteral("phone"), QStringLiteral("0571-86001234"));
    EXPECT_FALSE(hasErrors(validateRecord(suppliersKind(), s, test::ctxOn(kToday))));
}
