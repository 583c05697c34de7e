// Every registered report, and the printed list of every kind, printed by the real binary on a Chinese
// system (LANG=zh_CN.UTF-8, where fontconfig names WenQuanYi 文泉驿微米黑 and once made Qt embed Noto Sans
// CJK), and read back with poppler's pdftotext and pdffonts as an inspector would: the text layer holds the
// characters printed (no Kangxi radicals U+2E80–U+2FDF, the title and sample cells exactly), and the only
// font embedded is WenQuanYi Micro Hei.
#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "reports/ReportRegistry.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace houqin;

namespace {

struct Outcome {
    int code = -1;
    QString out, err;
};

Outcome run(const QString& program, const QStringList& args, bool chinese = true) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (chinese) {
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    }
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(120000)) << program.toStdString();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The zh_CN catalogue for the documents built in this process, removed again afterwards.
class ChineseCatalogue {
public:
    ChineseCatalogue() {
        m_ok = m_t.load(QStringLiteral(":/i18n/houqin_zh_CN.qm"));
        if (m_ok)
            QCoreApplication::installTranslator(&m_t);
    }
    ~ChineseCatalogue() {
        if (m_ok)
            QCoreApplication::removeTranslator(&m_t);
    }
    bool ok() const { return m_ok; }

private:
    QTranslator m_t;
    bool m_ok = false;
};

QString periodArgument(reports::Period::Kind kind, QDate day) {
    switch (kind) {
    case reports::Period::Kind::Day:
        return day.toString(Qt::ISODate);
    case reports::Period::Kind::Week: {
        int year = 0;
        const int week = day.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case reports::Period::Kind::Month:
        return day.toString(QStringLiteral("yyyy-MM"));
    case reports::Period::Kind::None:
        break;
    }
    return {};
}

QString periodOption(reports::Period::Kind kind) {
    switch (kind) {
    case reports::Period::Kind::Day:
        return QStringLiteral("--date");
    case reports::Period::Kind::Week:
        return QStringLiteral("--week");
    case reports::Period::Kind::Month:
        return QStringLiteral("--month");
    case reports::Period::Kind::None:
        break;
    }
    return {};
}

// Up to three short cells of the document, the kind pdftotext keeps on one line.
QStringList sampleCells(const reports::TableDocument& doc) {
    QStringList out;
    for (const QStringList& row : doc.rows)
        for (const QString& cell : row) {
            const QString c = cell.trimmed();
            if (c.isEmpty() || c.size() > 8 || c.contains(QLatin1Char('\n')) || out.contains(c))
                continue;
            out << c;
            if (out.size() == 3)
                return out;
        }
    return out;
}

void checkPdf(const QString& pdf, const QString& title, const QStringList& cells, const std::string& what) {
    const Outcome text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_EQ(text.code, 0) << what << text.err.toStdString();
    for (const QChar c : text.out)
        ASSERT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            << what << ": a Kangxi radical U+" << QString::number(c.unicode(), 16).toStdString()
            << " in the text layer";
    const QString flat = QString(text.out).remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(flat.contains(QString(title).remove(QRegularExpression(QStringLiteral("\\s")))))
        << what << ": title " << title.toStdString() << " not in\n"
        << text.out.left(400).toStdString();
    for (const QString& cell : cells)
        EXPECT_TRUE(flat.contains(QString(cell).remove(QRegularExpression(QStringLiteral("\\s")))))
            << what << ": cell " << cell.toStdString();

    const Outcome fonts = run(QStringLiteral("pdffonts"), {pdf});
    ASSERT_EQ(fonts.code, 0) << what;
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty()) << what << ": no font embedded";
    for (const QString& line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("WenQuanYiMicroHei")))
            << what << ": font " << line.toStdString();
}

} // namespace

TEST(AllReportsPdf, EveryReportAndListCopiesBackAsPrintedInWenQuanYi) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        GTEST_FAIL() << "poppler-utils (pdftotext, pdffonts) is in scripts/debian-packages.txt; install it";
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString bin = QStringLiteral(HOUQIN_BINARY);
    const Outcome demo =
        run(bin, {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                  QStringLiteral("demo-data"), QStringLiteral("--years"), QStringLiteral("1")});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();

    auto opened = Database::open(db);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& database = **opened;
    // The last full week and month before today, when the demo data is complete; a weekday for day reports.
    QDate day = database.now().date().addDays(-7);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    const QDate monthDay = QDate(day.year(), day.month(), 1).addDays(-1);

    ChineseCatalogue zh;
    ASSERT_TRUE(zh.ok());
    int printed = 0;
    for (const reports::ReportDef& report : reports::allReports()) {
        const reports::Period::Kind kind = report.period;
        QDate when = kind == reports::Period::Kind::Month ? monthDay : day;
        reports::Period period;
        Result<reports::TableDocument> doc = Error::make(Error::Code::Usage, QStringLiteral("not built"));
        // The demo data is random: a school day may have had no visitor. A day's report steps back to the
        // last school day with rows, at most two weeks, so that the test does not depend on the date it runs.
        for (int back = 0; back <= 14; ++back, when = when.addDays(-1)) {
            if (kind == reports::Period::Kind::Day && when.dayOfWeek() > 5)
                continue;
            if (kind != reports::Period::Kind::None) {
                auto parsed = reports::Period::parse(kind, periodArgument(kind, when));
                ASSERT_TRUE(parsed.ok()) << report.key.toStdString();
                period = *parsed;
            }
            doc = report.build(database, period);
            ASSERT_TRUE(doc.ok()) << report.key.toStdString() << ": " << doc.error().message.toStdString();
            if (kind != reports::Period::Kind::Day || !doc->rows.isEmpty())
                break;
        }
        EXPECT_FALSE(doc->rows.isEmpty()) << report.key.toStdString() << " has no data for the period";
        QStringList args{QStringLiteral("--db"),   db,
                         QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                         QStringLiteral("print"),  report.key};
        if (kind != reports::Period::Kind::None)
            args << periodOption(kind) << periodArgument(kind, when);
        const QString pdf = dir.filePath(report.key + QStringLiteral(".pdf"));
        args << QStringLiteral("-o") << pdf;
        const Outcome r = run(bin, args);
        ASSERT_EQ(r.code, 0) << report.key.toStdString() << ": " << r.err.toStdString();
        checkPdf(pdf, doc->title, sampleCells(*doc), report.key.toStdString());
        ++printed;
        if (report.blankable()) { // its blank form too (print --blank)
            auto blank = report.make(database, period, true);
            ASSERT_TRUE(blank.ok()) << report.key.toStdString() << ": "
                                    << blank.error().message.toStdString();
            const QString blankPdf = dir.filePath(report.key + QStringLiteral("-blank.pdf"));
            args.insert(args.size() - 2, QStringLiteral("--blank"));
            args.last() = blankPdf;
            const Outcome b = run(bin, args);
            ASSERT_EQ(b.code, 0) << report.key.toStdString() << " --blank: " << b.err.toStdString();
            checkPdf(blankPdf, blank->title, sampleCells(*blank), report.key.toStdString() + " --blank");
        }
    }
    EXPECT_EQ(printed, reports::allReports().size());

    // The generic printed list of every kind, for the month.
    for (const RecordKind* kind : allKinds()) {
        ListQuery q; // as `print KIND --month` asks
        q.from = QDate(monthDay.year(), monthDay.month(), 1);
        q.to = monthDay;
        auto doc = reports::recordTable(database, *kind, q);
        ASSERT_TRUE(doc.ok()) << kind->key.toStdString();
        const QString pdf = dir.filePath(kind->key + QStringLiteral(".pdf"));
        const Outcome r =
            run(bin, {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                      QStringLiteral("print"), kind->key, QStringLiteral("--month"),
                      monthDay.toString(QStringLiteral("yyyy-MM")), QStringLiteral("-o"), pdf});
        ASSERT_EQ(r.code, 0) << kind->key.toStdString() << ": " << r.err.toStdString();
        checkPdf(pdf, doc->title, sampleCells(*doc), kind->key.toStdString());
    }
}
