#include "CanteenNotices.h"

#include "../RecordCells.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/CanteenCommon.h"
#include "domain/canteen/PesticideTests.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/canteen/CanteenAccountsSummary.h"

#include <QCoreApplication>

namespace houqin::reports::canteen {

namespace {

using namespace houqin::canteen;

QString yuan(qint64 fen) {
    return QString::number(double(fen) / 100.0, 'f', 2);
}

QString percent(std::optional<qint64> basisPoints) {
    return basisPoints ? QString::number(double(*basisPoints) / 100.0, 'f', 2) + QLatin1Char('%')
                       : QStringLiteral("—");
}

} // namespace

ReportDef pesticideNoticeReport() {
    ReportDef r;
    r.key = QStringLiteral("pesticide-notice");
    r.kinds = {QStringLiteral("pesticide-tests")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Pesticide test notice for the lobby board");
    r.period = Period::Kind::Day;
    r.build = buildPesticideNotice;
    return r;
}

Result<TableDocument> buildPesticideNotice(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid())
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate(
                               "Reports", "The pesticide test notice needs a day, such as 2026-09-01."),
                           QStringLiteral("buildPesticideNotice"));
    const RecordKind& kind = pesticideTestsKind();
    ListQuery q;
    q.from = period.from;
    q.to = period.to.isValid() ? period.to : period.from;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    const auto tests = RecordRepository(db, kind).list(q);
    if (!tests)
        return tests.error();

    const RuleContext ctx = db.ruleContext();
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "农药残留快速检测结果公示"
    doc.title = QCoreApplication::translate("Reports", "Pesticide residue rapid test results");
    doc.subtitleLines << db.settings().name << period.label();
    const QStringList keys{QStringLiteral("sample"), QStringLiteral("supplier"),
                           QStringLiteral("inhibition_pct"), QStringLiteral("result")};
    //: The first column of the notice: the row's number. zh_CN "序号"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "No."), 1, Qt::AlignHCenter};
    doc.columns << columnsFor(kind, keys);
    doc.columns[1].stretch = 3;
    doc.columns[2].stretch = 4; // supplier names are long
    // Parents read the board: a positive shows what was done with the batch beside its verdict.
    //: zh_CN "处理情况"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Handling"), 4,
                                         Qt::AlignLeft};
    const FieldDef& handling = *kind.field(QStringLiteral("handling"));
    const FieldDef& retest = *kind.field(QStringLiteral("retest_pct"));
    QStringList testers;
    int n = 0;
    for (const Record& t : *tests) {
        QString done;
        if (isPositive(t.value(QStringLiteral("inhibition_pct")).toDouble(), ctx.settings)) {
            done = t.isEmpty(handling.key) ? QCoreApplication::translate("Reports", "Being handled")
                                           : valuefmt::display(handling, t.value(handling.key));
            if (!t.isEmpty(retest.key)) {
                const double again = t.value(retest.key).toDouble();
                done += QCoreApplication::translate("Reports", "; retest %1% (%2)")
                            .arg(valuefmt::display(retest, again),
                                 isPositive(again, ctx.settings)
                                     ? QCoreApplication::translate("Reports", "fail")
                                     : QCoreApplication::translate("Reports", "pass"));
            }
        }
        doc.rows << (QStringList{QString::number(++n)} + rowCells(kind, t, keys, ctx) + QStringList{done});
        const QString tester = t.value(QStringLiteral("tester")).toString();
        if (!testers.contains(tester))
            testers << tester;
    }
    QStringList notes;
    if (doc.rows.isEmpty())
        notes << QCoreApplication::translate("Reports", "No tests were recorded for this day.");
    else
        notes << QCoreApplication::translate("Reports", "Tester: %1")
                     .arg(testers.join(QCoreApplication::translate("Reports", ", ")));
    //: zh_CN "检测方法：酶抑制率法（GB/T 5009.199-2003）；抑制率≥%1%为不合格。"
    notes << QCoreApplication::translate("Reports", "Method: enzyme inhibition (GB/T 5009.199-2003); an "
                                                    "inhibition rate of %1% or more fails.")
                 .arg(QString::number(ctx.settings.pesticideThresholdPct));
    doc.footnote = notes.join(QLatin1Char('\n'));
    doc.signatureLines << QCoreApplication::translate("Reports", "Tester (signature):");
    doc.fontScale = kNoticeFontScale;
    doc.fillPage = true;
    return doc;
}

ReportDef canteenAccountsNoticeReport() {
    ReportDef r;
    r.key = QStringLiteral("canteen-accounts-notice");
    r.kinds = {QStringLiteral("canteen-accounts")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly canteen account notice");
    r.period = Period::Kind::Month;
    r.build = buildCanteenAccountsNotice;
    return r;
}

Result<TableDocument> buildCanteenAccountsNotice(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid())
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate(
                               "Reports", "The canteen account notice needs a month, such as 2026-09."),
                           QStringLiteral("buildCanteenAccountsNotice"));
    const RecordKind& kind = canteenAccountsKind();
    const QDate month = firstOfMonth(period.from);
    ListQuery q;
    q.equals << qMakePair(QStringLiteral("month"), QVariant(month));
    const auto found = RecordRepository(db, kind).list(q);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Reports", "There is no canteen account for %1 yet.")
                               .arg(month.toString(QStringLiteral("yyyy-MM"))),
                           QStringLiteral("buildCanteenAccountsNotice"));
    const Record& account = found->first();
    const auto semester = semesterAccountsTo(db, month);
    if (!semester)
        return semester.error();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "幼儿伙食收支公示"
    doc.title = QCoreApplication::translate("Reports", "Children's meals: income and expenses");
    doc.subtitleLines << db.settings().name << Period::month(month.year(), month.month()).label();
    //: zh_CN "项目"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Item"), 3, Qt::AlignLeft};
    //: zh_CN "金额（元）"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Amount (yuan)"), 2,
                                         Qt::AlignRight};
    auto line = [&](const QString& key) {
        doc.rows << QStringList{kind.anyField(key)->displayLabel(), yuan(account.value(key).toLongLong())};
    };
    line(QStringLiteral("income"));
    for (const QString& key : expenseFields())
        line(key);
    doc.rows << QStringList{kind.anyField(QStringLiteral("total_expenses"))->displayLabel(),
                            yuan(totalExpenses(account))};
    doc.rows << QStringList{kind.anyField(QStringLiteral("balance"))->displayLabel(), yuan(balance(account))};
    doc.rows << QStringList{
        kind.anyField(QStringLiteral("balance_pct"))->displayLabel(),
        percent(balanceBasisPoints(balance(account), account.value(QStringLiteral("income")).toLongLong()))};

    const AccountsSummary& s = semester->summary;
    const QString tolerance = QString::number(db.settings().accountsTolerancePct);
    QStringList notes;
    //: %1 first month, %2 last month (yyyy-MM), %3 months. zh_CN "本学期累计（%1 至 %2，%3 个月）："
    notes << QCoreApplication::translate("Reports", "Semester to date (%1 to %2, %3 months):")
                 .arg(semester->from.toString(QStringLiteral("yyyy-MM")),
                      semester->to.toString(QStringLiteral("yyyy-MM")))
                 .arg(s.months);
    notes << QCoreApplication::translate("Reports", "income %1 yuan, expenses %2 yuan, balance %3 yuan (%4).")
                 .arg(yuan(s.income), yuan(s.expenses), yuan(s.balance), percent(s.basisPoints));
    notes << (s.withinTolerance
                  ? QCoreApplication::translate("Reports", "Within the ±%1% limit.").arg(tolerance)
                  : QCoreApplication::translate("Reports", "Outside the ±%1% limit: review the meal budget.")
                        .arg(tolerance));
    notes << QCoreApplication::translate("Reports", "Meal fees are used for the children's meals only.");
    doc.footnote = notes.join(QLatin1Char('\n'));
    const QDate published = account.value(QStringLiteral("published_on")).toDate();
    if (published.isValid())
        //: zh_CN "公示日期：%1"
        doc.subtitleLines
            << QCoreApplication::translate("Reports", "Published on %1").arg(Period::day(published).label());
    doc.signatureLines << QCoreApplication::translate("Reports", "Prepared by (signature):")
                       << QCoreApplication::translate("Reports", "Reviewer (signature):");
    doc.fontScale = 1.3; // two columns: larger for the board, still one page
    return doc;
}

} // namespace houqin::reports::canteen
