#include "Commands.h"
#include "domain/KindRegistry.h"
#include "reports/HtmlExport.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace houqin::cli {

QString periodOption(reports::Period::Kind kind);

namespace {

// The keys of the reports that have a blank form, for the usage message.
QString blankableReports() {
    QStringList keys;
    for (const reports::ReportDef& r : reports::allReports())
        if (r.blankable())
            keys << r.key;
    return keys.join(QStringLiteral(", "));
}

class PrintCommand : public Command {
public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "Print a report to a PDF file.");
    }
    int run(Context& ctx, const QStringList& args) override {
        using Kind = reports::Period::Kind;
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("REPORT"),
                                     QCoreApplication::translate("Cli", "Report key (see: houqin reports)."));
        const QCommandLineOption date(QStringLiteral("date"),
                                      QCoreApplication::translate("Cli", "The day, e.g. 2026-09-01."),
                                      QStringLiteral("DATE"));
        const QCommandLineOption week(QStringLiteral("week"),
                                      QCoreApplication::translate("Cli", "The ISO week, e.g. 2026-W36."),
                                      QStringLiteral("WEEK"));
        const QCommandLineOption month(QStringLiteral("month"),
                                       QCoreApplication::translate("Cli", "The month, e.g. 2026-09."),
                                       QStringLiteral("MONTH"));
        const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("Cli", "The PDF file to write (a .html file: a web page)."),
            QStringLiteral("FILE"));
        const QCommandLineOption blank(
            QStringLiteral("blank"),
            QCoreApplication::translate("Cli", "The report's blank form, to fill in by hand (e.g. the weekly "
                                               "safety inspection sheet)."));
        parser.addOptions({date, week, month, output, blank});
        // Every report's own options (--campus, --room, --id…), each once; make() refuses one the chosen
        // report does not take.
        QList<QCommandLineOption> reportOptions;
        for (const reports::ReportDef& r : reports::allReports())
            for (const reports::ReportOption& o : r.options)
                if (std::none_of(
                        reportOptions.cbegin(), reportOptions.cend(),
                        [&](const QCommandLineOption& known) { return known.names().first() == o.key; }))
                    reportOptions << QCommandLineOption(
                        o.key, QCoreApplication::translate("Reports", o.description), o.key.toUpper());
        parser.addOptions(reportOptions);
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        const QStringList pos = parser.positionalArguments();
        if (pos.size() != 1)
            return ctx.usage(QCoreApplication::translate("Cli", "print needs exactly one REPORT."));
        if (!parser.isSet(output))
            return ctx.usage(QCoreApplication::translate("Cli", "print needs -o FILE.pdf (or FILE.html)."));
        int given = 0;
        Kind periodKind = Kind::None;
        QString periodText;
        for (const auto& [opt, k] :
             {std::pair{&date, Kind::Day}, std::pair{&week, Kind::Week}, std::pair{&month, Kind::Month}})
            if (parser.isSet(*opt)) {
                ++given;
                periodKind = k;
                periodText = parser.value(*opt);
            }
        if (given > 1)
            return ctx.usage(
                QCoreApplication::translate("Cli", "Give only one of --date, --week and --month."));

        const reports::ReportDef* report = reports::findReport(pos.first());
        const RecordKind* kind = report ? nullptr : findKind(pos.first());
        if (!report && !kind)
            return ctx.usage(
                QCoreApplication::translate("Cli", "Unknown report \"%1\" (see: houqin reports).")
                    .arg(pos.first()));
        if (parser.isSet(blank) && !(report && report->blankable()))
            return ctx.usage(QCoreApplication::translate("Cli", "%1 has no blank form; --blank is for: %2.")
                                 .arg(pos.first(), blankableReports()));
        if (report && report->period != Kind::None && given == 0)
            return ctx.usage(QCoreApplication::translate("Cli", "%1 needs %2.")
                                 .arg(report->key, periodOption(report->period)));
        if (report && report->period != Kind::None && periodKind != report->period &&
            !report->alsoFor.contains(periodKind))
            return ctx.usage(QCoreApplication::translate("Cli", "%1 is printed by %2.")
                                 .arg(report->key, periodOption(report->period)));

        reports::ReportOptions options;
        for (const QCommandLineOption& o : reportOptions)
            if (parser.isSet(o))
                options.insert(o.names().first(), parser.value(o));
        if (!options.isEmpty()) {
            QStringList taken;
            for (const reports::ReportOption& o : report ? report->options : QList<reports::ReportOption>{})
                taken << QStringLiteral("--") + o.key;
            for (auto it = options.cbegin(); it != options.cend(); ++it)
                if (!taken.contains(QStringLiteral("--") + it.key()))
                    //: zh_CN "%1 没有选项 --%2（它的选项：%3）。"
                    return ctx.usage(
                        QCoreApplication::translate("Cli", "%1 has no option --%2 (its options: %3).")
                            .arg(pos.first(), it.key(),
                                 taken.isEmpty() ? QStringLiteral("—") : taken.join(QStringLiteral(", "))));
        }
        reports::Period period;
        if (given == 1) {
            auto parsed = reports::Period::parse(periodKind, periodText);
            if (!parsed)
                return ctx.usage(parsed.error().message);
            period = *parsed;
        }
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        // A kind's printed list needs the print permission on it; a report checks the kinds it prints
        // (ReportDef::make).
        if (!report && !ctx.allows(kind->key, access::Action::Print))
            return ctx.refuse(kind->key, access::Action::Print);
        Result<reports::TableDocument> doc = [&]() -> Result<reports::TableDocument> {
            if (report)
                return report->make(*db, period, parser.isSet(blank), options);
            ListQuery q;
            q.from = period.from;
            q.to = period.to;
            return reports::recordTable(*db, *kind, q);
        }();
        if (!doc)
            return ctx.fail(doc.error());
        const QString file = parser.value(output);
        // A .html file is the report as a web page (the weekly menu for the website); else a PDF.
        if (file.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) ||
            file.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive)) {
            if (Status s = reports::writeHtml(*doc, file); !s)
                return ctx.fail(s.error());
            ctx.out << QCoreApplication::translate("Cli", "Wrote %1.").arg(file) << '\n';
            return kOk;
        }
        auto pages = reports::writePdf(*doc, parser.value(output));
        if (!pages)
            return ctx.fail(pages.error());
        ctx.out << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, *pages)
                       .arg(parser.value(output))
                << '\n';
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makePrintCommand() {
    return std::make_unique<PrintCommand>();
}

} // namespace houqin::cli
