#include "Commands.h"
#include "cli/TerminalProgress.h"
#include "cli/demo/DemoData.h"
#include "domain/KindRegistry.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {
class DemoDataCommand : public Command {
public:
    QString name() const override { return QStringLiteral("demo-data"); }
    bool writes(const QStringList&) const override { return true; }
    QString summary() const override {
        return QCoreApplication::translate(
            "Cli", "Fill an empty database with realistic sample records to explore.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        const QCommandLineOption years(
            QStringLiteral("years"),
            QCoreApplication::translate("Cli", "How many years of records (1 to 30; default 1)."),
            QStringLiteral("N"), QStringLiteral("1"));
        parser.addOption(years);
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        if (!parser.positionalArguments().isEmpty())
            return ctx.usage(
                QCoreApplication::translate("Cli", "demo-data takes no arguments besides --years."));
        bool ok = false;
        demo::Options options;
        // Chinese demo data for a Chinese kindergarten, even on an English system; English only on request.
        options.language =
            ctx.requestedLanguage == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
        options.years = parser.value(years).toInt(&ok);
        if (!ok || options.years < 1 || options.years > 30)
            return ctx.usage(
                QCoreApplication::translate("Cli", "--years must be a whole number from 1 to 30."));
        Database* db = ctx.writableDb(QCoreApplication::translate("Cli", "add demo data"));
        if (!db)
            return ctx.failure();
        if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "add demo data")); rc != kOk)
            return rc;
        std::optional<Result<demo::Summary>> generated;
        {
            TerminalProgress progress(ctx.err, QCoreApplication::translate("Cli", "Adding demo data…"));
            options.progress = progress.callback();
            generated = demo::generate(*db, options, ctx.actor());
        }
        auto& summary = *generated;
        if (!summary)
            return ctx.fail(summary.error());
        for (auto it = summary->begin(); it != summary->end(); ++it) {
            const RecordKind* kind = findKind(it.key());
            ctx.out << (kind ? kind->displayLabel() : it.key()) << '\t' << it.value() << '\n';
        }
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeDemoDataCommand() {
    return std::make_unique<DemoDataCommand>();
}

} // namespace houqin::cli
