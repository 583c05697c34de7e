// The whole role × kind × action matrix against the real repository, CSV and print (issue #13): for every
// role and every declared kind, each action either goes through (or fails for another reason: an empty
// record is invalid, record 999999 does not exist) or is refused with Error::Code::Denied, exactly as
// domain/access/Roles.h declares. Nothing is mocked: a real file, the real repository, the real importer,
// exporter and printed list. (In the CLI tests because they link every layer below the GUI.)
#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/access/Roles.h"
#include "io/RecordCsv.h"
#include "reports/ReportRegistry.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace houqin;
using access::Action;

namespace {

bool denied(const Error& e) {
    return e.code == Error::Code::Denied;
}
template <typename R> bool refused(const R& result) {
    return !result.ok() && denied(result.error());
}

} // namespace

TEST(PermissionMatrixTest, EveryRoleKindAndActionIsAllowedOrRefusedAsDeclared) {
    test::TempDb t;
    int cells = 0;
    for (const access::RoleDef& role : access::roles()) {
        t->setSignedIn(SignedIn{QStringLiteral("用户-") + role.key, role.key, QStringLiteral("王丽")});
        for (const RecordKind* kind : allKinds()) {
            SCOPED_TRACE(role.key.toStdString() + " " + kind->key.toStdString());
            RecordRepository repo(t.db(), *kind);
            const auto expect = [&](Action a, bool wasRefused) {
                EXPECT_EQ(wasRefused, !access::allows(role.key, kind->key, a)) << "action " << int(a);
                ++cells;
            };
            expect(Action::View, refused(repo.list()));
            expect(Action::Create, refused(repo.insert(Record{}, Actor{role.key})));
            Record stranger;
            stranger.id = 999999;
            expect(Action::Edit, refused(repo.update(stranger, Actor{role.key})));
            expect(Action::Delete, refused(repo.remove(999999, Actor{role.key})));
            expect(Action::Import, refused(io::importCsv(repo, QByteArray("\xEF\xBB\xBF"), Actor{role.key})));
            expect(Action::Export, refused(io::exportCsv(repo, {})));
            expect(Action::Print, refused(reports::recordTable(t.db(), *kind, {})));
        }
    }
    EXPECT_EQ(cells, access::roles().size() * allKinds().size() * 7);
}

// Every report names the kinds it prints, and printing it needs the print permission on each: a guard
// prints the visitor register, not the hazard register; the clerk does not print morning checks.
TEST(PermissionMatrixTest, ReportsFollowThePrintPermissionOfTheKindsTheyPrint) {
    test::TempDb t;
    for (const reports::ReportDef& r : reports::allReports()) {
        EXPECT_FALSE(r.kinds.isEmpty()) << r.key.toStdString();
        for (const QString& k : r.kinds)
            EXPECT_NE(findKind(k), nullptr) << r.key.toStdString() << ": " << k.toStdString();
    }
    const auto refusedFor = [&](const QString& role, const QString& report) {
        t->setSignedIn(SignedIn{QStringLiteral("某人"), role, {}});
        const reports::ReportDef* r = reports::findReport(report);
        EXPECT_NE(r, nullptr) << report.toStdString();
        const bool mayPrint = r->mayPrint(t.db());
        auto doc = r->make(t.db(), reports::Period::month(2026, 9));
        const bool refused = !doc.ok() && doc.error().code == Error::Code::Denied;
        EXPECT_EQ(refused, !mayPrint) << report.toStdString();
        return refused;
    };
    EXPECT_FALSE(refusedFor(access::kGuard, QStringLiteral("visitor-register")));
    EXPECT_TRUE(refusedFor(access::kGuard, QStringLiteral("hazard-register")));
    EXPECT_TRUE(refusedFor(access::kClerk, QStringLiteral("morning-checks-monthly")));
    EXPECT_FALSE(refusedFor(access::kHealthTeacher, QStringLiteral("morning-checks-monthly")));
    EXPECT_FALSE(refusedFor(access::kClerk, QStringLiteral("safety-inspection-weekly")));
}

// Someone who sees only their own appraisals lists theirs and is refused another's by its number.
TEST(PermissionMatrixTest, StaffSeeOnlyTheirOwnAppraisals) {
    test::TempDb t;
    const RecordKind* appraisals = findKind(QStringLiteral("appraisals"));
    ASSERT_NE(appraisals, nullptr);
    QList<qint64> ids;
    for (const char* person : {"王丽", "李娜"}) {
        Record r = newRecord(*appraisals, nullptr, t->ruleContext());
        r.set(QStringLiteral("person"), QString::fromUtf8(person));
        r.set(QStringLiteral("month"), QDate(2026, 9, 1));
        for (Record& line : r.lines)
            line.set(QStringLiteral("score"), 90.0);
        auto id = RecordRepository(t.db(), *appraisals).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ids << *id;
    }
    t->setSignedIn(SignedIn{QStringLiteral("wangli"), access::kStaff, QStringLiteral("王丽")});
    RecordRepository repo(t.db(), *appraisals);
    auto mine = repo.list();
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->first().value(QStringLiteral("person")).toString(), QStringLiteral("王丽"));
    EXPECT_EQ(*repo.count(), 1);
    EXPECT_TRUE(repo.get(ids.at(0)).ok());
    auto theirs = repo.get(ids.at(1));
    ASSERT_FALSE(theirs.ok());
    EXPECT_TRUE(denied(theirs.error()));
    // An account without a staff record has no own records.
    t->setSignedIn(SignedIn{QStringLiteral("nobody"), access::kStaff, QString()});
    EXPECT_EQ(*RecordRepository(t.db(), *appraisals).count(), 0);
}

// Exports and printouts of sensitive kinds are audited (who, how many, how); other kinds are not.
TEST(PermissionMatrixTest, ExportsOfSensitiveKindsAreAudited) {
    test::TempDb t;
    t->setSignedIn(SignedIn{QStringLiteral("王文员"), access::kClerk, {}});
    const auto exports = [&] {
        Query q(t.db(), QStringLiteral(
                            "SELECT count(*) FROM audit_log WHERE action = 'export' AND actor = '王文员'"));
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    };
    RecordRepository hazards(t.db(), *findKind(QStringLiteral("hazards")));
    ASSERT_TRUE(io::exportCsv(hazards, {}).ok());
    ASSERT_TRUE(reports::recordTable(t.db(), hazards.kind(), {}).ok());
    EXPECT_EQ(exports(), 0);
    RecordRepository visitors(t.db(), *findKind(QStringLiteral("visitors")));
    ASSERT_TRUE(io::exportCsv(visitors, {}).ok());
    EXPECT_EQ(exports(), 1);
    ASSERT_TRUE(reports::recordTable(t.db(), visitors.kind(), {}).ok());
    EXPECT_EQ(exports(), 2);
}
