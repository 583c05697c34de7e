// The assets module from the command line: the demo data (both campuses, hundreds of assets, loans with a
// few overdue, repairs in every state, a disposal), `attention --date` on both sides of each item, and the
// reports as real PDFs read back with pdftotext.
#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/assets/AssetKinds.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace houqin;
namespace a = houqin::assets::asset;
namespace l = houqin::assets::loan;
namespace rp = houqin::assets::repair;

namespace {

QList<Record> all(Database& db, const RecordKind& kind, const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    auto list = RecordRepository(db, kind).list(q);
    EXPECT_TRUE(list.ok());
    return list.ok() ? *list : QList<Record>{};
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(AssetsDemo, FillsBothCampusesWithAssetsLoansRepairsAndADisposal) {
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    auto summary = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const QList<Record> assets = all(t.db(), houqin::assets::assetsKind());
    EXPECT_GE(assets.size(), 200);
    EXPECT_EQ(assets.size(), summary->value(QStringLiteral("assets")));
    QSet<QString> campuses, prefixes;
    for (const Record& r : assets) {
        campuses << r.value(a::kCampus).toString();
        prefixes << r.value(a::kCode).toString().section(QLatin1Char('-'), 0, 0);
    }
    EXPECT_EQ(campuses.size(), 2);
    EXPECT_EQ(prefixes, (QSet<QString>{QStringLiteral("BH"), QStringLiteral("XG")}));
    EXPECT_GT(all(t.db(), houqin::assets::assetsKind(), QStringLiteral("disposed")).size(), 0);
    const qsizetype overdue = all(t.db(), houqin::assets::loansKind(), QStringLiteral("overdue")).size();
    EXPECT_GE(overdue, 1);
    EXPECT_LE(overdue, 3);
    for (const QString& state : {rp::kWaiting, rp::kRepairing, rp::kDone, rp::kAccepted})
        EXPECT_GT(all(t.db(), houqin::assets::repairsKind(), QStringLiteral("state-") + state).size(), 0)
            << state.toStdString();
    // Every record is valid as stored.
    for (const RecordKind* kind : {&houqin::assets::assetsKind(), &houqin::assets::loansKind(),
                                   &houqin::assets::repairsKind(), &houqin::assets::disposalsKind()}) {
        RecordRepository repo(t.db(), *kind);
        for (const Record& r : all(t.db(), *kind))
            ASSERT_FALSE(hasErrors(repo.validate(r))) << kind->key.toStdString() << " " << r.id;
    }
    EXPECT_TRUE(AttentionService(t.db())
                    .evaluate(*findAttentionItem(QStringLiteral("assets.urgent-repairs-waiting")))
                    ->raised);
}

TEST(AssetsCli, AttentionRaisesEachAssetsItemOnTheDayAfterItsBoundary) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    Record loan;
    loan.set(l::kItem, QStringLiteral("感统训练器材"));
    loan.set(l::kQuantity, QVariant::fromValue<qint64>(1));
    loan.set(l::kBorrowerType, QStringLiteral("class"));
    loan.set(l::kBorrower, QStringLiteral("中一班"));
    loan.set(l::kLentOn, QDate(2026, 11, 13));
    loan.set(l::kDueOn, QDate(2026, 11, 20));
    ASSERT_TRUE(RecordRepository(t.db(), houqin::assets::loansKind()).insert(loan, test::tester()).ok());
    Record repair;
    repair.set(rp::kReportedOn, QDate(2026, 11, 19));
    repair.set(rp::kReporter, QStringLiteral("张老师"));
    repair.set(rp::kPlace, QStringLiteral("中一班"));
    repair.set(rp::kDescription, QStringLiteral("水管漏水"));
    repair.set(rp::kPriority, rp::kUrgent);
    repair.set(rp::kState, rp::kWaiting);
    ASSERT_TRUE(RecordRepository(t.db(), houqin::assets::repairsKind()).insert(repair, test::tester()).ok());
    auto on = [&](const char* day) {
        const auto r = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                                     QStringLiteral("--date"), QString::fromLatin1(day)});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out;
    };
    const QString the20th = on("2026-11-20");
    EXPECT_FALSE(the20th.contains(QStringLiteral("assets.loans-overdue"))) << the20th.toStdString();
    EXPECT_FALSE(the20th.contains(QStringLiteral("assets.urgent-repairs-waiting"))); // one day
    const QString the21st = on("2026-11-21");
    EXPECT_TRUE(the21st.contains(QStringLiteral("assets.loans-overdue\t1\t"))) << the21st.toStdString();
    EXPECT_TRUE(the21st.contains(QStringLiteral("assets.urgent-repairs-waiting\t1\t")));
    EXPECT_FALSE(the21st.contains(QStringLiteral("assets.repairs-open-over-7-days")));
    EXPECT_FALSE(on("2026-11-26").contains(QStringLiteral("assets.repairs-open-over-7-days"))); // 7 days
    EXPECT_TRUE(on("2026-11-27").contains(QStringLiteral("assets.repairs-open-over-7-days\t1\t")));
}

TEST(AssetsCli, TheReportsPrintAsRealPdfs) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_FAIL() << "poppler-utils (pdftotext) is in scripts/debian-packages.txt; install it";
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    ASSERT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
    const QString dir = t.dir();
    auto print = [&](const QStringList& args, const QString& name) {
        const QString pdf = dir + QLatin1Char('/') + name;
        const auto r = test::runCli(QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("print")} +
                                    args + QStringList{QStringLiteral("-o"), pdf});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(QFile::exists(pdf)) << name.toStdString();
        return pdfText(pdf);
    };
    const QString reg =
        print({QStringLiteral("asset-register"), QStringLiteral("--date"), QStringLiteral("2026-11-24")},
              QStringLiteral("register.pdf"));
    EXPECT_TRUE(reg.contains(QStringLiteral("Asset register"))) << reg.left(400).toStdString();
    EXPECT_TRUE(reg.contains(QStringLiteral("BH-"))) << reg.left(400).toStdString();
    EXPECT_TRUE(reg.contains(QStringLiteral("XG-")));
    EXPECT_TRUE(reg.contains(QStringLiteral("finance ledger")));
    const QString loans =
        print({QStringLiteral("loans-outstanding"), QStringLiteral("--date"), QStringLiteral("2026-11-24")},
              QStringLiteral("loans.pdf"));
    EXPECT_TRUE(loans.contains(QStringLiteral("Loans outstanding"))) << loans.left(400).toStdString();
    EXPECT_TRUE(loans.contains(QStringLiteral("Days overdue")));
    const QString blank = print({QStringLiteral("repair-form"), QStringLiteral("--month"),
                                 QStringLiteral("2026-11"), QStringLiteral("--blank")},
                                QStringLiteral("blank.pdf"));
    EXPECT_TRUE(blank.contains(QStringLiteral("Repair request form"))) << blank.left(400).toStdString();
    EXPECT_TRUE(blank.contains(QStringLiteral("Urgent")));
    EXPECT_FALSE(blank.contains(QStringLiteral("No. ")));
    const QString filled =
        print({QStringLiteral("repair-form"), QStringLiteral("--month"), QStringLiteral("2026-11")},
              QStringLiteral("filled.pdf"));
    EXPECT_TRUE(filled.contains(QStringLiteral("No. "))) << filled.left(400).toStdString();
    EXPECT_TRUE(filled.contains(QStringLiteral("Accepted by")));
}
