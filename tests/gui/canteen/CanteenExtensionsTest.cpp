#include "CanteenGuiTestSupport.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MealCommittee.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"
#include "gui/canteen/MutedRowDelegate.h"

#include <QAction>
#include <QClipboard>
#include <QSignalSpy>
#include <QTableView>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

Record pesticide(const QString& sample, double rate, const QString& handling = {}) {
    Record r;
    r.set(QStringLiteral("date"), kNow.date());
    r.set(QStringLiteral("sample"), sample);
    r.set(QStringLiteral("inhibition_pct"), rate);
    r.set(QStringLiteral("tester"), QStringLiteral("王老师"));
    if (!handling.isEmpty())
        r.set(QStringLiteral("handling"), handling);
    return r;
}

// The background of the row holding `sample` (in the kind's title column).
QColor background(gui::RecordTableModel& model, const QString& title) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.record(row).value(model.kind().titleField).toString() == title)
            return model.index(row, 0).data(Qt::BackgroundRole).value<QColor>();
    ADD_FAILURE() << "no row " << title.toStdString();
    return {};
}
} // namespace

class CanteenExtensionsTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
};

TEST_F(CanteenExtensionsTest, PositivesAreRedUntilHandled) {
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    test::insertOrFail(repo, pesticide(QStringLiteral("pass"), 49.9));
    test::insertOrFail(repo, pesticide(QStringLiteral("open"), 50.0));
    test::insertOrFail(repo, pesticide(QStringLiteral("done"), 62.0, QStringLiteral("returned")));
    gui::RecordTableModel model(t.db(), canteen::pesticideTestsKind());
    model.setQuery({});
    EXPECT_FALSE(background(model, QStringLiteral("pass")).isValid());
    EXPECT_EQ(background(model, QStringLiteral("open")), QColor(0xfd, 0xe2, 0xe1));
    EXPECT_FALSE(background(model, QStringLiteral("done")).isValid()); // handled: no alarm
}

TEST_F(CanteenExtensionsTest, UnfitWorkersAndExpiredCertificatesAreMarked) {
    RecordRepository checks(t.db(), canteen::morningChecksKind());
    for (double temp : {36.5, 37.3}) {
        Record r = newRecord(canteen::morningChecksKind(), nullptr, t->ruleContext());
        r.set(QStringLiteral("person"), temp < 37 ? QStringLiteral("fit") : QStringLiteral("fever"));
        r.set(QStringLiteral("temperature_c"), temp);
        r.set(QStringLiteral("checked_by"), QStringLiteral("王老师"));
        test::insertOrFail(checks, r);
    }
    gui::RecordTableModel checkModel(t.db(), canteen::morningChecksKind());
    checkModel.setQuery({});
    EXPECT_FALSE(background(checkModel, QStringLiteral("fit")).isValid());
    EXPECT_EQ(background(checkModel, QStringLiteral("fever")), QColor(0xfd, 0xe2, 0xe1));

    RecordRepository certificates(t.db(), canteen::healthCertificatesKind());
    auto certificate = [](const QString& person, QDate issued) {
        Record r;
        r.set(QStringLiteral("person"), person);
        r.set(QStringLiteral("certificate_no"), QStringLiteral("JK-") + person);
        r.set(QStringLiteral("issue_date"), issued);
        r.set(QStringLiteral("superseded"), false);
        return r;
    };
    test::insertOrFail(certificates, certificate(QStringLiteral("valid"), QDate(2026, 3, 1)));
    test::insertOrFail(certificates, certificate(QStringLiteral("expiring"), QDate(2025, 9, 30)));
    test::insertOrFail(certificates, certificate(QStringLiteral("expired"), QDate(2025, 9, 6)));
    gui::RecordTableModel certModel(t.db(), canteen::healthCertificatesKind());
    certModel.setQuery({});
    EXPECT_FALSE(background(certModel, QStringLiteral("valid")).isValid());
    EXPECT_EQ(background(certModel, QStringLiteral("expiring")), QColor(0xff, 0xf1, 0xc7));
    EXPECT_EQ(background(certModel, QStringLiteral("expired")), QColor(0xfd, 0xe2, 0xe1));
}

TEST_F(CanteenExtensionsTest, ARenewedCertificateIsGreyNotRed) {
    RecordRepository certificates(t.db(), canteen::healthCertificatesKind());
    Record old;
    old.set(QStringLiteral("person"), QStringLiteral("李师傅"));
    old.set(QStringLiteral("certificate_no"), QStringLiteral("JK-1"));
    old.set(QStringLiteral("issue_date"), QDate(2025, 8, 1));
    old.set(QStringLiteral("superseded"), false);
    const qint64 oldId = test::insertOrFail(certificates, old);
    Record renewed = old;
    renewed.set(QStringLiteral("certificate_no"), QStringLiteral("JK-2"));
    renewed.set(QStringLiteral("issue_date"), QDate(2026, 7, 25));
    const qint64 newId = test::insertOrFail(certificates, renewed); // supersedes the old one

    gui::RecordListPage page(t.db(), canteen::healthCertificatesKind());
    auto* delegate = qobject_cast<gui::canteen::MutedRowDelegate*>(page.tableView()->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    gui::RecordTableModel* model = page.model();
    ASSERT_EQ(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->record(row).id == oldId) {
            EXPECT_EQ(index.data(Qt::BackgroundRole).value<QColor>(), QColor(0xfd, 0xe2, 0xe1)); // expired
            EXPECT_TRUE(delegate->isMuted(index)); // ... but drawn grey
        } else {
            EXPECT_EQ(model->record(row).id, newId);
            EXPECT_FALSE(delegate->isMuted(index));
        }
    }
}

TEST_F(CanteenExtensionsTest, CopySummaryPutsTheSelectedVisitOnTheClipboard) {
    Record visit;
    visit.set(QStringLiteral("date"), QDate(2026, 9, 4));
    visit.set(QStringLiteral("parent"), QStringLiteral("刘女士"));
    visit.set(QStringLiteral("child_class"), QStringLiteral("大二班"));
    visit.set(QStringLiteral("inspect_food"), true);
    visit.set(QStringLiteral("eat_with_children"), true);
    visit.set(QStringLiteral("feedback"), QStringLiteral("饭菜偏咸"));
    visit.set(QStringLiteral("response"), QStringLiteral("已减少用盐"));
    RecordRepository repo(t.db(), canteen::mealCommitteeVisitsKind());
    const qint64 id = test::insertOrFail(repo, visit);

    gui::RecordListPage page(t.db(), canteen::mealCommitteeVisitsKind());
    auto* copy = page.findChild<QAction*>(QStringLiteral("copyVisitSummaryAction"));
    ASSERT_NE(copy, nullptr);
    QSignalSpy status(&page, &gui::RecordListPage::statusMessage);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    copy->trigger(); // nothing selected: nothing copied
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    ASSERT_EQ(status.count(), 1);

    page.selectRecord(id);
    copy->trigger();
    const QString expected = canteen::visitSummary(*repo.get(id), t->settings().name);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), expected);
    EXPECT_TRUE(expected.contains(QStringLiteral("大二班")));
    EXPECT_FALSE(expected.contains(QStringLiteral("刘女士")));
    EXPECT_EQ(status.count(), 2);
}

TEST_F(CanteenExtensionsTest, TheDayScreensAreOnTheirListsToolbars) {
    gui::RecordListPage tests(t.db(), canteen::pesticideTestsKind());
    EXPECT_NE(tests.findChild<QAction*>(QStringLiteral("pesticideDayAction")), nullptr);
    gui::RecordListPage checks(t.db(), canteen::morningChecksKind());
    EXPECT_NE(checks.findChild<QAction*>(QStringLiteral("morningCheckDayAction")), nullptr);
    EXPECT_EQ(checks.findChild<QAction*>(QStringLiteral("pesticideDayAction")), nullptr);
}
