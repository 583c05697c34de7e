// Every printout carries the audit trail's head in its footer (issue #13), as pdftotext reads it back, so a
// history rewritten after the paper was signed and filed no longer ends where the paper says.
#include "PdfText.h"
#include "TestSupport.h"
#include "domain/staff/StaffKind.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/AuditChain.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using houqin::test::pdfText;

TEST(ChainNoteTest, ReportsAndPrintedListsEndWithTheChainHead) {
    test::TempDb t;
    Record r = newRecord(staff::staffKind(), nullptr, t->ruleContext());
    r.set(QStringLiteral("name"), QStringLiteral("王丽"));
    r.set(QStringLiteral("post"), QStringLiteral("childcare"));
    r.set(QStringLiteral("status"), QStringLiteral("active"));
    ASSERT_TRUE(RecordRepository(t.db(), staff::staffKind()).insert(r, test::tester()).ok());
    auto head = AuditChain::head(t.db());
    ASSERT_TRUE(head.ok());
    const QString expected = QStringLiteral("Audit ") + AuditChain::shortForm(*head);
    auto list = reports::recordTable(t.db(), staff::staffKind(), {});
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->chainNote, expected);
    const reports::ReportDef* weekly = reports::findReport(QStringLiteral("food-samples-weekly"));
    ASSERT_NE(weekly, nullptr);
    auto doc = weekly->make(t.db(), reports::Period::isoWeek(QDate(2026, 9, 7)));
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->chainNote, expected);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("staff.pdf"));
    ASSERT_TRUE(reports::writePdf(*list, pdf).ok());
    EXPECT_TRUE(pdfText(pdf).contains(AuditChain::shortForm(*head))) << pdfText(pdf).toStdString();
}
